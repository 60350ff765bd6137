#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace redress {

struct ImportSession;

// Step 1: the log to import. Shows its format and sheets, or why it cannot be read; for a CSV
// file, what its text encoding is taken to be, with a picker to say it outright.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    FilePage(ImportSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void choose();
    void open(const QString& path);
    void chooseEncoding();
    void showEncoding();

    ImportSession& m_session;
    QLineEdit* m_path = nullptr;
    QLabel* m_encodingCaption = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    bool m_opened = false;
};

} // namespace redress
