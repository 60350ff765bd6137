#pragma once

#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace redress {

class DateEdit;
class Session;

// Every field of the cases received between two dates, to CSV or XLSX, written on a worker
// thread. The file imports back into Redress unchanged.
class ExportCasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportCasesDialog(Session& session, QWidget* parent = nullptr);

    // Writes the file the dialog names; how many cases went into it.
    Result<qint64> exportNow();

private:
    void browse();
    void formatChanged();
    void showStatus(const QString& text, bool isError);

    Session& m_session;
    QCheckBox* m_allDates = nullptr;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace redress
