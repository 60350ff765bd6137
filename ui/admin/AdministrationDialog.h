#pragma once

#include <QDialog>

class QTabWidget;

namespace redress {

class Session;

// Tools > Administration: one tab per kind of reference data. Every save goes through the
// session's ReferenceData, audited as the person signed in; a change of the calendar or
// timescales reaches every view through the session.
class AdministrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdministrationDialog(Session& session, QWidget* parent = nullptr);
    ~AdministrationDialog() override;

    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs = nullptr;
};

} // namespace redress
