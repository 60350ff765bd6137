#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace redress {

// Every decision Redress asks in a message box goes through here, so a test can answer the
// next question in advance, as the person at the desk would (setNextAnswer), and a modal flow
// runs without anyone there. Each box has an object name tests and screen readers find it by.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& objectName, const QString& title,
                        const QString& text);
    static void information(QWidget* parent, const QString& objectName, const QString& title,
                            const QString& text);

    // The next box is not shown: it is answered with `button` (for a warning or information,
    // any button dismisses it). One answer answers one box.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // The object name and text of the last box answered in advance, for tests to check.
    static QString lastObjectName();
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent,
                                           const QString& objectName, const QString& title,
                                           const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace redress
