#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace redress {

struct ImportSession;

// Step 1: the log to import. Shows its format and sheets, or why it cannot be read.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    FilePage(ImportSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;

private:
    void choose();
    void open(const QString& path);

    ImportSession& m_session;
    QLineEdit* m_path = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    bool m_opened = false;
};

} // namespace redress
