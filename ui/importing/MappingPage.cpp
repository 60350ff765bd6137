#include "MappingPage.h"

#include "ConditionsEditor.h"
#include "common/FileDialog.h"
#include "import/CellValue.h"
#include "import/ImportField.h"
#include "import/ImportValidator.h"
#include "importing/ImportSession.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

namespace {

enum ValueColumn
{
    ValueField,
    ValueSource,
    ValueCode
};

// Whether a column, a condition or a default of the mapping fills the field.
bool fills(const import::ImportMapping& mapping, const QString& code)
{
    if (mapping.columns.contains(code) || mapping.defaults.contains(code))
        return true;
    for (const import::ImportCondition& condition : mapping.when)
        if (condition.columns.contains(code))
            return true;
    return false;
}

// Whether, on this row, a condition that holds gives the column another field.
bool claimedOn(const import::ImportMapping& mapping, const QStringList& headings,
               const QVariantList& row, const QString& heading)
{
    for (const import::ImportCondition& condition : mapping.when) {
        const qsizetype tested = headings.indexOf(condition.column);
        if (tested < 0 || !condition.holdsFor(import::cell::text(row.value(tested))))
            continue;
        for (const QString& claimed : condition.columns)
            if (import::normalisedHeading(claimed) == import::normalisedHeading(heading))
                return true;
        return false; // the first condition that holds is the one that applies
    }
    return false;
}

bool isCoded(const import::ImportField& field)
{
    return field.type == import::FieldType::Code || field.type == import::FieldType::CodeList ||
           field.type == import::FieldType::Team;
}

QTableWidget* table(const QString& name, const QString& accessible, const QStringList& headers,
                    QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab moves through the drop-downs in the rows rather than from cell to cell.
    widget->setTabKeyNavigation(false);
    return widget;
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

MappingPage::MappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the log to Redress"));
    setSubTitle(tr("Check which column fills which Redress field, and which of the log's values "
                   "means which Redress code. Save the mapping to reuse it for next year's log."));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingName"));
    m_name->setAccessibleName(tr("Name of the mapping"));
    form->addRow(tr("Mapping &name:"), m_name);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("mappingDateOrder"));
    m_dateOrder->setAccessibleName(tr("How the log writes dates"));
    m_dateOrder->addItem(tr("Day first (UK: 31/01/2021)"), int(import::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (US: 01/31/2021)"), int(import::DateOrder::MonthFirst));
    form->addRow(tr("&Dates:"), m_dateOrder);
    m_closeResponded = new QCheckBox(tr("&Close cases whose last stage has a response date"), this);
    m_closeResponded->setObjectName(QStringLiteral("mappingCloseResponded"));
    m_closeResponded->setAccessibleName(tr("Close responded cases"));
    form->addRow(QString(), m_closeResponded);
    m_stageSuffix = new QLineEdit(this);
    m_stageSuffix->setObjectName(QStringLiteral("mappingStageSuffix"));
    m_stageSuffix->setAccessibleName(tr("How a later stage's reference ends"));
    m_stageSuffix->setAccessibleDescription(
        tr("A regular expression for the end of a stage 2 or 3 row's reference, after its "
           "complaint's reference: /S[1-3]$ for 2020/014/S2, -S[1-3]$ for 2020/014-S2, "
           "\\s*STAGE\\s*[1-3]$ for 2020/014 stage 2. Capitals or not, either matches."));
    m_stageSuffix->setToolTip(m_stageSuffix->accessibleDescription());
    m_stageSuffix->setPlaceholderText(import::ImportMapping::defaultStageSuffix());
    connect(m_stageSuffix, &QLineEdit::textChanged, this, [this] {
        // Said as it is typed, and taken back once it reads again.
        const QString error = stageSuffixError();
        if (!error.isEmpty())
            showMessage(error, true);
        else if (m_message->text().startsWith(tr("The stage suffix")))
            m_message->hide();
    });
    form->addRow(tr("Stage &suffix of references:"), m_stageSuffix);
    layout->addLayout(form);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* columnsBox = new QWidget(splitter);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columns = table(QStringLiteral("mappingColumns"), tr("Columns of the log and their fields"),
                      {tr("Column in the log"), tr("Redress field")}, columnsBox);
    auto* columnsCaption = new QLabel(tr("Co&lumns:"), columnsBox);
    columnsCaption->setBuddy(m_columns);
    columnsLayout->addWidget(columnsCaption);
    columnsLayout->addWidget(m_columns);

    m_conditions = new ConditionsEditor(splitter);
    connect(m_conditions, &ConditionsEditor::changed, this, [this] {
        collectSampleValues();
        fillValues();
    });

    auto* valuesBox = new QWidget(splitter);
    auto* valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    auto* valuesHeader = new QHBoxLayout;
    m_valueTable =
        table(QStringLiteral("mappingValues"), tr("Values of the log and their Redress codes"),
              {tr("Field"), tr("Value in the log"), tr("Redress code")}, valuesBox);
    auto* valuesCaption = new QLabel(tr("&Values:"), valuesBox);
    valuesCaption->setBuddy(m_valueTable);
    m_unmappedOnly = new QCheckBox(tr("Show &only values not yet mapped"), valuesBox);
    m_unmappedOnly->setObjectName(QStringLiteral("mappingUnmappedOnly"));
    m_unmappedOnly->setAccessibleName(tr("Show only values not yet mapped"));
    m_unmappedCount = new QLabel(valuesBox);
    m_unmappedCount->setObjectName(QStringLiteral("mappingUnmappedCount"));
    m_unmappedCount->setAccessibleName(tr("How many values are not yet mapped"));
    valuesHeader->addWidget(valuesCaption);
    valuesHeader->addStretch();
    valuesHeader->addWidget(m_unmappedCount);
    valuesHeader->addWidget(m_unmappedOnly);
    valuesLayout->addLayout(valuesHeader);
    valuesLayout->addWidget(m_valueTable);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setAccessibleName(tr("Message about the mapping"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    auto* loadButton = new QPushButton(tr("L&oad a saved mapping…"), this);
    loadButton->setObjectName(QStringLiteral("loadMapping"));
    loadButton->setAccessibleName(tr("Load a saved mapping"));
    auto* saveButton = new QPushButton(tr("S&ave the mapping…"), this);
    saveButton->setObjectName(QStringLiteral("saveMapping"));
    saveButton->setAccessibleName(tr("Save the mapping"));
    buttons->addWidget(loadButton);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(loadButton, &QPushButton::clicked, this, &MappingPage::load);
    connect(saveButton, &QPushButton::clicked, this, &MappingPage::saveAs);
    connect(m_unmappedOnly, &QCheckBox::toggled, this, &MappingPage::updateUnmapped);
}

QString MappingPage::mappingFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(tr("Redress mappings"));
}

void MappingPage::initializePage()
{
    showMapping();
}

void MappingPage::showMapping()
{
    const import::ImportMapping& mapping = m_session.mapping;
    m_name->setText(mapping.name);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(mapping.dateOrder)));
    m_closeResponded->setChecked(mapping.closeResponded);
    m_stageSuffix->setText(mapping.stageSuffix);
    m_values = mapping.values;
    // The values still to be mapped are those the sample holds; the collecting below finds
    // them again and drops any it does not.
    m_sampled.clear();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            if (value->isEmpty())
                m_sampled.insert(it.key() + QChar(0x1f) + value.key());
    m_conditions->setConditions(mapping.when, m_session.headings());
    fillColumns();
    collectSampleValues();
    fillValues();
}

void MappingPage::fillColumns()
{
    const QStringList headings = m_session.headings();
    m_columns->setRowCount(0);
    for (qsizetype c = 0; c < headings.size(); ++c) {
        const QString& heading = headings.at(c);
        if (heading.trimmed().isEmpty())
            continue;
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        auto* item = readOnlyItem(import::columnLetter(int(c)) + QStringLiteral(": ") + heading);
        item->setData(Qt::UserRole, heading);
        m_columns->setItem(row, 0, item);
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QString(QStringLiteral("fieldFor_") + import::columnLetter(int(c))));
        field->setAccessibleName(
            tr("Redress field for column %1, %2").arg(import::columnLetter(int(c)), heading));
        field->addItem(tr("(not imported)"), QString());
        for (const import::ImportField& f : import::importFields())
            field->addItem(f.header, f.code);
        // A log of one row per stage: which stage a row is, and the row before it.
        for (const import::ImportField& f : import::stageRowFields())
            field->addItem(f.code == u"stage" ? tr("Stage (one row per stage)")
                                              : tr("Linked reference (the row before it)"),
                           f.code);
        for (auto it = m_session.mapping.columns.begin(); it != m_session.mapping.columns.end();
             ++it)
            if (import::normalisedHeading(it.value()) == import::normalisedHeading(heading))
                field->setCurrentIndex(field->findData(it.key()));
        m_columns->setCellWidget(row, 1, field);
        connect(field, &QComboBox::currentIndexChanged, this, [this] {
            collectSampleValues();
            fillValues();
        });
    }
    m_columns->resizeColumnToContents(0);
}

void MappingPage::collectSampleValues()
{
    const QStringList headings = m_session.headings();
    const QList<QVariantList> rows = m_session.rowsBelowHeadings();
    const import::ImportMapping mapping = currentMapping();
    // The values of a column a condition names are those of the rows it holds for; they are
    // mapped with the mapping's own values, which the condition's fall back on.
    QList<std::tuple<QString, QString, const import::ImportCondition*>> filled;
    QHash<QString, QSet<QString>> seen; // field -> the values its columns hold in the sample
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        filled.append({it.key(), it.value(), nullptr});
    for (const import::ImportCondition& condition : mapping.when)
        for (auto it = condition.columns.begin(); it != condition.columns.end(); ++it)
            filled.append({it.key(), it.value(), &condition});
    for (const auto& [code, heading, condition] : filled) {
        const import::ImportField* field = import::importField(code);
        const qsizetype column = headings.indexOf(heading);
        if (!field || !isCoded(*field) || column < 0)
            continue;
        const qsizetype tested = condition ? headings.indexOf(condition->column) : -1;
        QMap<QString, QString>& map = m_values[field->code];
        for (const QVariantList& row : rows) {
            if (condition &&
                (tested < 0 || !condition->holdsFor(import::cell::text(row.value(tested)))))
                continue;
            if (!condition && claimedOn(mapping, headings, row, heading))
                continue;
            const QString raw = import::cell::text(row.value(column));
            const QStringList parts = field->type == import::FieldType::CodeList
                                          ? raw.split(u';', Qt::SkipEmptyParts)
                                          : QStringList{raw};
            for (const QString& part : parts) {
                const QString value = part.trimmed();
                if (value.isEmpty())
                    continue;
                seen[field->code].insert(value);
                if (!map.contains(value)) {
                    map.insert(value,
                               m_session.vocabulary.resolve(*field, value).value_or(QString()));
                    m_sampled.insert(field->code + QChar(0x1f) + value);
                }
            }
        }
    }
    // A value still to be mapped that this collecting found before and the field no longer
    // reads (a rule gave its column another field on those rows) is not asked for; one
    // already mapped, loaded, or brought here from the check page stays.
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        for (auto value = it->begin(); value != it->end();) {
            const QString key = it.key() + QChar(0x1f) + value.key();
            const bool gone = value->isEmpty() && m_sampled.contains(key) &&
                              !seen.value(it.key()).contains(value.key());
            if (gone)
                m_sampled.remove(key);
            value = gone ? it->erase(value) : std::next(value);
        }
}

void MappingPage::fillValues()
{
    const import::ImportMapping mapping = currentMapping();
    m_valueTable->setRowCount(0);
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        const import::ImportField* field = import::importField(it.key());
        if (!field || !fills(mapping, field->code))
            continue;
        for (auto value = it->begin(); value != it->end(); ++value) {
            const int row = m_valueTable->rowCount();
            m_valueTable->insertRow(row);
            auto* fieldItem = readOnlyItem(field->header);
            fieldItem->setData(Qt::UserRole, field->code);
            m_valueTable->setItem(row, ValueField, fieldItem);
            m_valueTable->setItem(row, ValueSource, readOnlyItem(value.key()));
            auto* code = new QComboBox(m_valueTable);
            code->setObjectName(QStringLiteral("valueCode"));
            code->setAccessibleName(
                tr("Redress code for %1 \"%2\"").arg(field->header, value.key()));
            code->addItem(tr("(not mapped yet)"), QString());
            code->addItem(tr("(leave empty)"), import::ImportMapping::ignored());
            for (const QString& label : m_session.vocabulary.knownValues(*field))
                code->addItem(label, m_session.vocabulary.resolve(*field, label).value_or(label));
            if (!value.value().isEmpty() && code->findData(value.value()) < 0)
                code->addItem(tr("%1 (not in Redress's list)").arg(value.value()), value.value());
            code->setCurrentIndex(qMax(0, code->findData(value.value())));
            m_valueTable->setCellWidget(row, ValueCode, code);
            const QString fieldCode = field->code;
            const QString source = value.key();
            connect(code, &QComboBox::currentIndexChanged, this, [this, code, fieldCode, source] {
                m_values[fieldCode][source] = code->currentData().toString();
                updateUnmapped();
            });
        }
    }
    m_valueTable->resizeColumnToContents(ValueField);
    m_valueTable->resizeColumnToContents(ValueSource);
    updateUnmapped();
}

void MappingPage::updateUnmapped()
{
    int unmapped = 0;
    for (int row = 0; row < m_valueTable->rowCount(); ++row) {
        const auto* code = qobject_cast<QComboBox*>(m_valueTable->cellWidget(row, ValueCode));
        const bool missing = code && code->currentData().toString().isEmpty();
        unmapped += missing ? 1 : 0;
        m_valueTable->setRowHidden(row, m_unmappedOnly->isChecked() && !missing);
        for (int column : {ValueField, ValueSource})
            m_valueTable->item(row, column)
                ->setData(Qt::BackgroundRole,
                          missing ? QVariant(QColor(0xfd, 0xe7, 0xe9)) : QVariant());
    }
    m_unmappedCount->setText(unmapped == 0 ? tr("Every value is mapped.")
                                           : tr("%n value(s) not yet mapped", nullptr, unmapped));
}

import::ImportMapping MappingPage::currentMapping() const {
    import::ImportMapping mapping = m_session.mapping;
mapping.name = m_name->text().trimmed();
mapping.dateOrder = import::DateOrder(m_dateOrder->currentData().toInt());
mapping.closeResponded = m_closeResponded->isChecked();
mapping.stageSuffix = m_stageSuffix->text().trimmed();
mapping.sheet = m_session.sheetName();
mapping.headerRow = m_session.headerRow;
mapping.encoding = m_session.encoding;
// The columns shown are decided here; a mapped heading the log lacks stays, so the
// check reports it.
for (int row = 0; row < m_columns->rowCount(); ++row) {
    const QString heading = m_columns->item(row, 0)->data(Qt::UserRole).toString();
    for (auto it = mapping.columns.begin(); it != mapping.columns.end();)
        it = import::normalisedHeading(it.value()) == import::normalisedHeading(heading)
                 ? mapping.columns.erase(it)
                 : std::next(it);
}
for (int row = 0; row < m_columns->rowCount(); ++row) {
    const auto* field = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
    const QString code = field ? field->currentData().toString() : QString();
    if (!code.isEmpty())
        mapping.columns.insert(code, m_columns->item(row, 0)->data(Qt::UserRole).toString());
}
mapping.when = m_conditions->conditions();
mapping.values = m_values;
for (auto it = mapping.values.begin(); it != mapping.values.end();)
    it = fills(mapping, it.key()) ? std::next(it) : mapping.values.erase(it);
return mapping;
} // namespace redress

// What is wrong with the stage suffix typed, or nothing.
QString MappingPage::stageSuffixError() const
{
    const QRegularExpression pattern(m_stageSuffix->text().trimmed());
    if (pattern.isValid())
        return {};
    return tr("The stage suffix \"%1\" is not a pattern Redress can read (%2): correct it, or "
              "clear it for the usual suffixes")
        .arg(m_stageSuffix->text().trimmed(), pattern.errorString());
}

bool MappingPage::validatePage()
{
    if (const QString error = stageSuffixError(); !error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    m_session.mapping = currentMapping();
    m_session.checked.reset();
    return true;
}

void MappingPage::cleanupPage()
{
    // Going back to the sheet keeps what was decided here.
    m_session.mapping = currentMapping();
}

Status MappingPage::saveMappingTo(const QString& path)
{
    import::ImportMapping mapping = currentMapping();
    if (mapping.name.isEmpty())
        mapping.name = QFileInfo(path).completeBaseName();
    if (Status saved = m_session.saveChosenFile(
            path, [&](const QString& temporary) { return mapping.save(temporary); });
        !saved)
        return saved;
    m_session.mapping = mapping;
    m_name->setText(mapping.name);
    showMessage(tr("Mapping saved to %1").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

Status MappingPage::loadMappingFrom(const QString& path)
{
    auto loaded = import::ImportMapping::load(path);
    if (!loaded)
        return Error{loaded.error()};
    m_session.mapping = loaded.value();
    // A mapping that names the file's encoding decides it, as it does for redress-cli.
    if (!m_session.mapping.encoding.isEmpty())
        m_session.encoding = m_session.mapping.encoding;
    // The sheet and heading row are the ones just chosen for this file.
    m_session.mapping.sheet = m_session.sheetName();
    m_session.mapping.headerRow = m_session.headerRow;
    showMapping();
    showMessage(tr("Mapping \"%1\" loaded from %2")
                    .arg(m_session.mapping.name, QDir::toNativeSeparators(path)),
                false);
    return {};
}

void MappingPage::saveAs()
{
    QDir().mkpath(mappingFolder());
    QString name = m_name->text().trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path = FileDialog::saveFileName(
        this, tr("Save the mapping"),
        QDir(mappingFolder())
            .filePath((name.isEmpty() ? tr("mapping") : name) + QStringLiteral(".json")),
        tr("Redress mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveMappingTo(path); !saved)
        showMessage(saved.error(), true);
}

void MappingPage::load()
{
    const QString path = FileDialog::openFileName(this, tr("Load a saved mapping"), mappingFolder(),
                                                  tr("Redress mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Status loaded = loadMappingFrom(path); !loaded)
        showMessage(loaded.error(), true);
}

void MappingPage::selectValue(const QString& fieldCode, const QString& value)
{
    QMap<QString, QString>& map = m_values[fieldCode];
    bool found = false;
    for (auto it = map.begin(); it != map.end() && !found; ++it)
        found = import::normalisedHeading(it.key()) == import::normalisedHeading(value);
    if (!found)
        map.insert(value, QString());
    fillValues();
    for (int row = 0; row < m_valueTable->rowCount(); ++row) {
        if (m_valueTable->item(row, ValueField)->data(Qt::UserRole).toString() != fieldCode ||
            import::normalisedHeading(m_valueTable->item(row, ValueSource)->text()) !=
                import::normalisedHeading(value))
            continue;
        m_valueTable->setRowHidden(row, false);
        m_valueTable->selectRow(row);
        m_valueTable->scrollToItem(m_valueTable->item(row, ValueSource));
        if (QWidget* code = m_valueTable->cellWidget(row, ValueCode))
            code->setFocus();
        showMessage(tr("Choose the Redress code for \"%1\".").arg(value), false);
        return;
    }
}

void MappingPage::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }")
                : QString());
    m_message->show();
}

} // namespace redress
