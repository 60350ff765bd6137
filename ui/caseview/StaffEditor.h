#pragma once

#include "caseview/PartListEditor.h"
#include "domain/Case.h"

class QLineEdit;

namespace redress {

// The staff a complaint names, each with their name and job title.
class StaffEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit StaffEditor(QWidget* parent = nullptr);

    // Shows the case's staff named, discarding any edits.
    void setCase(const Case& record);
    QList<StaffNamed> staff() const { return m_staff; }
    // Empty when the list may be saved; otherwise what is missing and where.
    QString problem() const;

protected:
    int count() const override { return int(m_staff.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    QList<StaffNamed> m_staff;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_jobTitle = nullptr;
};

} // namespace redress
