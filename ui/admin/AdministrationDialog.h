#pragma once

#include "storage/ReferenceData.h"

#include <QDialog>

class QTabWidget;

namespace redress {

class Database;

// Tools > Administration: one tab per kind of reference data. Every save goes through
// ReferenceData, which audits it under `actor`.
class AdministrationDialog : public QDialog
{
    Q_OBJECT

public:
    AdministrationDialog(Database& database, const QString& actor, QWidget* parent = nullptr);
    ~AdministrationDialog() override;

    QTabWidget* tabs() const { return m_tabs; }

signals:
    // A change of the calendar or timescales recomputed the open cases' deadlines: the
    // queue should reload its calendar and rows.
    void deadlineRulesChanged();

private:
    ReferenceData m_reference;
    QTabWidget* m_tabs = nullptr;
};

} // namespace redress
