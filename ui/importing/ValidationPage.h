#pragma once

#include "util/Result.h"

#include <QHash>
#include <QPair>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace redress {

struct ImportSession;

// Step 4: every row checked on a worker thread, nothing written. Lists each problem with its
// row and column and previews the rows as they will be imported; Next waits for no problems.
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    ValidationPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    Status check();
    Status saveProblemsTo(const QString& path) const;
    // The unknown value of the selected problem ("" when it is not an unknown code).
    QString selectedUnknownValue() const;

signals:
    void mapValueRequested(const QString& fieldCode, const QString& value);

private:
    void showResult();
    void showProblems();
    void showPreview();
    void updateActions();
    void saveProblems();
    void addSelectedValueToList();
    void addAllNewValues();
    int newValueCount() const;
    int selectedProblem() const;

    ImportSession& m_session;
    QHash<QPair<qint64, int>, QString> m_cells; // the cells problems point at
    QLabel* m_summary = nullptr;
    QLabel* m_notes = nullptr; // what the reader decided (a CSV read as Windows-1252)
    QTableView* m_problems = nullptr;
    QStandardItemModel* m_problemModel = nullptr;
    QLabel* m_previewCaption = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QPushButton* m_mapValue = nullptr;
    QPushButton* m_addValue = nullptr;
    QPushButton* m_addAll = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace redress
