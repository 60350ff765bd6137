#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace redress {

struct ImportSession;

// Step 2: which sheet, and which of its rows holds the headings, with the first rows shown.
class SheetPage : public QWizardPage
{
    Q_OBJECT

public:
    SheetPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadSheet(int sheet);
    void showPreview();

    ImportSession& m_session;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_error = nullptr;
    bool m_loaded = false;
};

} // namespace redress
