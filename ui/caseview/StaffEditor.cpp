#include "StaffEditor.h"

#include <QFormLayout>
#include <QLineEdit>

namespace redress {

StaffEditor::StaffEditor(QWidget* parent)
    : PartListEditor(QStringLiteral("caseStaff"), tr("Staff named"), {tr("Name"), tr("Job title")},
                     tr("Ne&w person named"), tr("Remove person named"), parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_name->setAccessibleName(tr("Name of the member of staff"));
    m_jobTitle = new QLineEdit(this);
    m_jobTitle->setObjectName(QStringLiteral("staffJobTitle"));
    m_jobTitle->setAccessibleName(tr("Job title"));
    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("&Job title:"), m_jobTitle);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const int row = currentRow(); row >= 0 && !filling()) {
            m_staff[row].name = text.trimmed();
            edited();
        }
    });
    connect(m_jobTitle, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const int row = currentRow(); row >= 0 && !filling()) {
            m_staff[row].jobTitle = text.trimmed();
            edited();
        }
    });
}

void StaffEditor::setCase(const Case& record)
{
    m_staff = record.staffNamed;
    reset();
}

QStringList StaffEditor::cells(int row) const
{
    return {m_staff.at(row).name, m_staff.at(row).jobTitle};
}

void StaffEditor::fillForm(int row)
{
    m_name->setText(m_staff.at(row).name);
    m_jobTitle->setText(m_staff.at(row).jobTitle);
}

void StaffEditor::appendNew()
{
    m_staff.append(StaffNamed{});
}

void StaffEditor::removeAt(int row)
{
    m_staff.removeAt(row);
}

QWidget* StaffEditor::firstField() const
{
    return m_name;
}

QString StaffEditor::problem() const
{
    for (qsizetype i = 0; i < m_staff.size(); ++i)
        if (m_staff.at(i).name.isEmpty())
            return tr("Person named %1 has no name: type it, or remove the person.").arg(i + 1);
    return {};
}

} // namespace redress
