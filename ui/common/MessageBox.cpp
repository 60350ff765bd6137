#include "MessageBox.h"

namespace redress {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastName;
QString lastMessage;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    nextAnswer = button;
}

QString MessageBox::lastObjectName()
{
    return lastName;
}

QString MessageBox::lastText()
{
    return lastMessage;
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget* parent,
                                            const QString& objectName, const QString& title,
                                            const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        lastName = objectName;
        lastMessage = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(objectName);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& objectName,
                                                 const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, objectName, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& objectName, const QString& title,
                         const QString& text)
{
    ask(QMessageBox::Warning, parent, objectName, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& objectName, const QString& title,
                             const QString& text)
{
    ask(QMessageBox::Information, parent, objectName, title, text, QMessageBox::Ok,
        QMessageBox::Ok);
}

} // namespace redress
