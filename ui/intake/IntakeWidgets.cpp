#include "IntakeWidgets.h"

#include "common/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace redress::intake {

namespace {
template <typename W>
W* named(W* widget, const QString& objectName, const QString& name, const QString& description)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(QString(name).remove(u'&'));
    widget->setAccessibleDescription(description);
    widget->setToolTip(description);
    return widget;
}
} // namespace

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& name,
                    const QString& description)
{
    auto* edit = named(new QLineEdit(parent), objectName, name, description);
    edit->setClearButtonEnabled(true);
    return edit;
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& objectName, const QString& name,
                         const QString& description)
{
    auto* edit = named(new QPlainTextEdit(parent), objectName, name, description);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setMaximumHeight(90);
    return edit;
}

QCheckBox* checkBox(QWidget* parent, const QString& objectName, const QString& text,
                    const QString& description)
{
    return named(new QCheckBox(text, parent), objectName, text, description);
}

QComboBox* termCombo(QWidget* parent, const QString& objectName, const QString& name,
                     const QString& description, const QList<TaxonomyTerm>& terms,
                     const QString& placeholder)
{
    auto* combo = named(new QComboBox(parent), objectName, name, description);
    if (!placeholder.isEmpty())
        combo->addItem(placeholder, QString());
    for (const TaxonomyTerm& term : terms)
        combo->addItem(term.label, term.code);
    return combo;
}

DateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& name,
                   const QString& description, QDate value)
{
    auto* edit = named(new DateEdit(value, parent), objectName, name, description);
    edit->setNotAfterToday();
    return edit;
}

QString termLabel(const QList<TaxonomyTerm>& terms, const QString& code)
{
    for (const TaxonomyTerm& term : terms)
        if (term.code == code)
            return term.label;
    return code;
}

} // namespace redress::intake
