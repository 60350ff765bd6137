#include "FilePage.h"

#include "common/FileDialog.h"
#include "importing/ImportSession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redress {

namespace {

QString encodingLabel(const QString& name)
{
    if (name == u"UTF-8")
        return FilePage::tr("UTF-8");
    if (name == u"Windows-1252")
        return FilePage::tr("Windows-1252 (Excel on Windows, Western European)");
    if (name == u"UTF-16LE")
        return FilePage::tr("UTF-16, little-endian");
    if (name == u"UTF-16BE")
        return FilePage::tr("UTF-16, big-endian");
    return name;
}

} // namespace

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

    auto* encodingRow = new QHBoxLayout;
    m_encodingCaption = new QLabel(tr("Text &encoding:"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Text encoding of the CSV file"));
    m_encoding->addItem(tr("Automatic (UTF-8, or else Windows-1252, said below)"), QString());
    for (const QString& name : spreadsheet::textEncodingNames())
        m_encoding->addItem(encodingLabel(name), name);
    m_encodingCaption->setBuddy(m_encoding);
    encodingRow->addWidget(m_encodingCaption);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch();
    layout->addLayout(encodingRow);
    showEncoding();

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
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FilePage::chooseEncoding);
}

bool FilePage::isComplete() const
{
    return m_opened;
}

void FilePage::showEvent(QShowEvent* event)
{
    // A mapping loaded later in the wizard may have named the encoding.
    const QSignalBlocker blocker(m_encoding);
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(m_session.encoding)));
    QWizardPage::showEvent(event);
}

void FilePage::chooseEncoding()
{
    if (m_session.encoding == m_encoding->currentData().toString())
        return;
    m_session.encoding = m_encoding->currentData().toString();
    // The headings may read differently now: the mapping is guessed again from them.
    m_session.mappingBasis.clear();
    m_session.checked.reset();
    open(m_path->text());
}

void FilePage::showEncoding()
{
    // Only a CSV file has an encoding to choose; a spreadsheet says its own.
    const QString path = m_path ? m_path->text() : QString();
    const auto format = QFileInfo(path).isFile() ? spreadsheet::detectFormat(path)
                                                 : Result<spreadsheet::Format>(Error{});
    const bool csv = format && format.value() == spreadsheet::Format::Csv;
    m_encodingCaption->setVisible(csv);
    m_encoding->setVisible(csv);
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
    showEncoding();
    if (!QFileInfo(path).isFile()) {
        if (!path.trimmed().isEmpty()) {
            m_summary->setText(tr("There is no file %1.").arg(path));
        }
        emit completeChanged();
        return;
    }
    auto workbook = spreadsheet::Workbook::open(path, {}, m_session.encoding);
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
    QString summary =
        tr("%1 file, %n sheet(s): %2", nullptr, int(sheets.size()))
            .arg(spreadsheet::formatName(m_session.format), sheets.join(QStringLiteral(", ")));
    for (const QString& note : workbook.value()->notes())
        summary += QStringLiteral("\n\n") + note;
    m_summary->setText(summary);
    m_opened = true;
    emit completeChanged();
}

} // namespace redress
