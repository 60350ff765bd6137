#pragma once

#include "storage/CaseRepository.h"

#include <QDialog>

class QTableView;
class QStandardItemModel;

namespace redress {

// The cases behind one report figure: a row each, Enter opens one, and the list can be
// saved as CSV for checking in a spreadsheet.
class CaseListDialog : public QDialog
{
    Q_OBJECT

public:
    CaseListDialog(const QString& title, const QList<CaseSummary>& cases,
                   QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

signals:
    void openCaseRequested(qint64 caseId);

private:
    void saveCsv();

    QList<CaseSummary> m_cases;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace redress
