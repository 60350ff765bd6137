#include "SheetPage.h"

#include "common/BackgroundTask.h"
#include "import/CellValue.h"
#include "import/ImportValidator.h"
#include "importing/ImportSession.h"
#include "session/Session.h"
#include "util/UkFormat.h"

#include <QComboBox>
#include <QFont>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int previewRows = 30;
constexpr int headerSearchRows = 10;

QString previewText(const QVariant& cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return ukDate(cell.toDate());
    if (cell.typeId() == QMetaType::QDateTime)
        return ukDate(cell.toDateTime().date()) + u' ' +
               cell.toDateTime().time().toString(QStringLiteral("HH:mm"));
    return import::cell::text(cell);
}

} // namespace

SheetPage::SheetPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importSheetPage"));
    setTitle(tr("Choose the sheet and its headings"));
    setSubTitle(tr("The row of headings is guessed; change it if the log has title rows above "
                   "its headings."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setAccessibleName(tr("Sheet to import"));
    form->addRow(tr("&Sheet:"), m_sheet);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setAccessibleName(tr("Row that holds the headings"));
    m_headerRow->setRange(1, 1'000'000);
    form->addRow(tr("&Headings in row:"), m_headerRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importSheetError"));
    m_error->setAccessibleName(tr("Why the sheet cannot be read"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("importSheetPreview"));
    m_preview->setAccessibleName(tr("The first rows of the sheet"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* previewCaption = new QLabel(tr("&First rows of the sheet:"), this);
    previewCaption->setBuddy(m_preview);
    layout->addWidget(previewCaption);
    layout->addWidget(m_preview, 1);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, &SheetPage::loadSheet);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        m_session.headerRow = row;
        showPreview();
        emit completeChanged();
    });
}

void SheetPage::initializePage()
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(m_session.sheets);
    m_sheet->setCurrentIndex(m_session.sheet);
    loadSheet(m_session.sheet);
}

bool SheetPage::isComplete() const
{
    return m_loaded && !m_session.headings().isEmpty();
}

void SheetPage::loadSheet(int sheet)
{
    if (sheet < 0)
        return;
    m_session.sheet = sheet;
    m_loaded = false;
    m_error->hide();
    m_session.leadingRows.clear();
    const QString path = m_session.path;
    const QString encoding = m_session.encoding;
    QList<spreadsheet::SheetRow> rows;
    const Status read = BackgroundTask::run(
        this, tr("Reading %1…").arg(m_session.sheetName()),
        [&](const BackgroundTask::Progress&) -> Status {
            auto leading = readLeadingRows(path, sheet, ImportSession::sampleRows, encoding);
            if (!leading)
                return Error{leading.error()};
            rows = leading.value();
            return {};
        });
    if (!read) {
        m_error->setText(read.error());
        m_error->show();
    } else if (rows.isEmpty()) {
        m_error->setText(tr("The sheet %1 is empty.").arg(m_session.sheetName()));
        m_error->show();
    } else {
        m_session.leadingRows = rows;
        m_loaded = true;
    }
    QList<QVariantList> leading;
    for (qsizetype i = 0; i < rows.size() && i < headerSearchRows; ++i)
        leading.append(rows.at(i).cells);
    const int guessed = import::ImportMapping::guessHeaderRow(leading) - 1;
    m_session.headerRow = guessed < rows.size() ? int(rows.at(guessed).number) : 1;
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setValue(m_session.headerRow);
    }
    showPreview();
    emit completeChanged();
}

void SheetPage::showPreview()
{
    m_model->clear();
    int columns = 0;
    QStringList rowNumbers;
    for (qsizetype i = 0; i < m_session.leadingRows.size() && i < previewRows; ++i) {
        const spreadsheet::SheetRow& row = m_session.leadingRows.at(i);
        QList<QStandardItem*> items;
        for (const QVariant& cell : row.cells) {
            auto* item = new QStandardItem(previewText(cell));
            if (row.number == m_session.headerRow) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            items << item;
        }
        columns = qMax(columns, int(items.size()));
        m_model->appendRow(items);
        rowNumbers << QString::number(row.number);
    }
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << import::columnLetter(c);
    m_model->setHorizontalHeaderLabels(letters);
    m_model->setVerticalHeaderLabels(rowNumbers);
}

bool SheetPage::validatePage()
{
    if (m_session.mappingBasis == m_session.basis())
        return true;
    auto vocabulary = import::ImportVocabulary::load(m_session.application->database());
    if (!vocabulary) {
        m_error->setText(vocabulary.error());
        m_error->show();
        return false;
    }
    m_session.vocabulary = vocabulary.value();
    m_session.mapping = import::ImportMapping::guess(
        m_session.headings(), m_session.rowsBelowHeadings(), m_session.vocabulary);
    m_session.mapping.sheet = m_session.sheetName();
    m_session.mapping.headerRow = m_session.headerRow;
    m_session.mappingBasis = m_session.basis();
    return true;
}

} // namespace redress
