#include "FilePage.h"

#include "common/FileDialog.h"
#include "importing/ImportSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redress {

FilePage::FilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the log to import"));
    setSubTitle(tr("A CSV file or a spreadsheet (XLSX, ODS or XLS). Nothing is written until the "
                   "last step."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* caption = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setAccessibleName(tr("File to import"));
    caption->setBuddy(m_path);
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("chooseImportFile"));
    browse->setAccessibleName(tr("Choose the file to import"));
    row->addWidget(caption);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importFileSummary"));
    m_summary->setAccessibleName(tr("What the file holds"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setAccessibleName(tr("Why the file cannot be imported"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &FilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, &FilePage::open);
}

bool FilePage::isComplete() const
{
    return m_opened;
}

void FilePage::choose()
{
    const QString start = m_path->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path->text()).absolutePath();
    const QString path = FileDialog::openFileName(
        this, tr("Choose the log to import"), start,
        tr("Spreadsheets and CSV (*.csv *.xlsx *.ods *.xls);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void FilePage::open(const QString& path)
{
    m_opened = false;
    m_summary->clear();
    m_error->hide();
    if (!QFileInfo(path).isFile()) {
        if (!path.trimmed().isEmpty()) {
            m_summary->setText(tr("There is no file %1.").arg(path));
        }
        emit completeChanged();
        return;
    }
    auto workbook = spreadsheet::Workbook::open(path);
    if (!workbook) {
        m_error->setText(tr("This file cannot be imported: %1").arg(workbook.error()));
        m_error->show();
        emit completeChanged();
        return;
    }
    const QStringList sheets = workbook.value()->sheetNames();
    if (sheets.isEmpty()) {
        m_error->setText(tr("This file has no sheets to import."));
        m_error->show();
        emit completeChanged();
        return;
    }
    if (m_session.path != path) {
        m_session.checked.reset();
        m_session.imported.reset();
        m_session.mappingBasis.clear();
    }
    m_session.path = path;
    m_session.format = workbook.value()->format();
    m_session.sheets = sheets;
    m_session.sheet = qBound(0, m_session.sheet, int(sheets.size()) - 1);
    m_summary->setText(
        tr("%1 file, %n sheet(s): %2", nullptr, int(sheets.size()))
            .arg(spreadsheet::formatName(m_session.format), sheets.join(QStringLiteral(", "))));
    m_opened = true;
    emit completeChanged();
}

} // namespace redress
