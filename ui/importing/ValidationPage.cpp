#include "ValidationPage.h"

#include "common/BackgroundTask.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "import/ImportField.h"
#include "import/ImportProblems.h"
#include "importing/ImportSession.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "util/Csv.h"
#include "util/UkFormat.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

namespace redress {

namespace {

enum ProblemColumn
{
    ProblemRow,
    ProblemColumnLetter,
    ProblemHeading,
    ProblemField,
    ProblemRows,
    ProblemMessage
};

constexpr int problemIndexRole = Qt::UserRole + 1;

QTableView* tableView(const QString& name, const QString& accessible, QStandardItemModel* model,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

bool isTaxonomy(const QString& vocabulary)
{
    return !vocabulary.isEmpty() && vocabulary != u"kind" && vocabulary != u"procedure" &&
           vocabulary != u"state";
}

} // namespace

ValidationPage::ValidationPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importValidationPage"));
    setTitle(tr("Check every row"));
    setSubTitle(tr("Every row is checked before anything is written. Fix each problem (in the "
                   "mapping, or in the log) and check again."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setAccessibleName(tr("Result of the check"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("validationNotes"));
    m_notes->setAccessibleName(tr("How the file was read"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4a3a00; padding: 6px; }"));
    m_notes->hide();
    layout->addWidget(m_notes);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* problemsBox = new QWidget(splitter);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemModel = new QStandardItemModel(this);
    m_problems = tableView(QStringLiteral("validationProblems"), tr("Problems found"),
                           m_problemModel, problemsBox);
    // A problem says what to do after what is wrong: wrapped in full, never cut off.
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* problemsCaption = new QLabel(tr("&Problems:"), problemsBox);
    problemsCaption->setBuddy(m_problems);
    problemsLayout->addWidget(problemsCaption);
    problemsLayout->addWidget(m_problems);
    auto* previewBox = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewModel = new QStandardItemModel(this);
    m_preview = tableView(QStringLiteral("validationPreview"),
                          tr("The rows as they will be imported"), m_previewModel, previewBox);
    m_previewCaption = new QLabel(tr("Rows as they will be &imported:"), previewBox);
    m_previewCaption->setObjectName(QStringLiteral("validationPreviewCaption"));
    m_previewCaption->setBuddy(m_preview);
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_preview);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, const QString& accessible) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        buttons->addWidget(b);
        return b;
    };
    auto* again =
        button(tr("Check &again"), QStringLiteral("validateAgain"), tr("Check every row again"));
    m_mapValue = button(tr("&Map this value…"), QStringLiteral("mapProblemValue"),
                        tr("Map the unknown value in the mapping"));
    m_addValue = button(tr("A&dd it to Redress's list…"), QStringLiteral("addProblemValue"),
                        tr("Add the unknown value to Redress's list"));
    m_addAll = button(tr("Add all new values…"), QStringLiteral("addAllNewValues"),
                      tr("Add every unknown team and list value as part of the import"));
    m_save = button(tr("&Save the problems as CSV…"), QStringLiteral("saveProblems"),
                    tr("Save the problems as CSV"));
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(again, &QPushButton::clicked, this, [this] {
        if (Status checked = check(); !checked)
            m_summary->setText(checked.error());
    });
    connect(m_mapValue, &QPushButton::clicked, this, [this] {
        const int index = selectedProblem();
        const QString value = selectedUnknownValue();
        if (index >= 0 && !value.isEmpty())
            emit mapValueRequested(m_session.checked->problemGroups.at(index).first.field, value);
    });
    connect(m_addValue, &QPushButton::clicked, this, &ValidationPage::addSelectedValueToList);
    connect(m_addAll, &QPushButton::clicked, this, &ValidationPage::addAllNewValues);
    connect(m_save, &QPushButton::clicked, this, &ValidationPage::saveProblems);
    connect(m_problems->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ValidationPage::updateActions);
    updateActions();
}

void ValidationPage::initializePage()
{
    if (Status checked = check(); !checked)
        m_summary->setText(checked.error());
}

bool ValidationPage::isComplete() const
{
    return m_session.checked && m_session.checked->problems.isEmpty();
}

Status ValidationPage::check()
{
    m_session.checked.reset();
    m_cells.clear();
    const Session& application = *m_session.application;
    const QString path = m_session.path;
    const int sheet = m_session.sheet;
    const QString encoding = m_session.encoding;
    import::ImportOptions options;
    options.sheet = m_session.sheetName();
    options.mapping = m_session.mappingToRun();
    options.dryRun = true;
    options.addMissing = m_session.addMissing;
    options.keepRows = ImportSession::sampleRows; // the preview shows the first rows only
    std::optional<import::ImportResult> result;
    QHash<QPair<qint64, int>, QString> cells;
    const Status status = BackgroundTask::run(
        this, tr("Checking every row of %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress& progress) -> Status {
            auto worker = application.openWorker();
            if (!worker)
                return Error{worker.error()};
            import::ImportOptions run = options;
            run.progress = [&](double fraction) {
                return progress(qint64(fraction * 1000), 1000);
            };
            auto checked = worker.value()->importLog(path, run);
            if (!checked)
                return Error{checked.error()};
            // The cells of coded fields at fault, to offer mapping their values.
            QList<QPair<qint64, int>> wanted;
            for (const import::ImportProblemGroup& group : checked->problemGroups) {
                const import::ImportProblem& problem = group.first;
                const import::ImportField* field = import::importField(problem.field);
                const int column = columnIndex(problem.column);
                const bool coded = field && (!field->vocabulary.isEmpty() ||
                                             field->type == import::FieldType::Team);
                if (coded && column >= 0 && problem.row > 0)
                    wanted.append({problem.row, column});
            }
            auto read = readCells(path, sheet, wanted, encoding);
            if (!read)
                return Error{read.error()};
            cells = read.value();
            result = std::move(checked).value();
            return {};
        });
    if (status) {
        m_session.checked = std::move(result);
        m_cells = cells;
    }
    showResult();
    emit completeChanged();
    return status;
}

void ValidationPage::showResult()
{
    showProblems();
    showPreview();
    updateActions();
    m_notes->hide();
    if (!m_session.checked) {
        m_summary->clear();
        return;
    }
    const import::ImportResult& result = *m_session.checked;
    QStringList notes;
    if (!result.notes.isEmpty())
        notes << result.notes.join(u'\n') + u'\n' +
                     tr("To read it another way, choose its text encoding on the first page.");
    notes << result.leftEmpty;
    if (!notes.isEmpty()) {
        m_notes->setText(notes.join(u'\n'));
        m_notes->show();
    }
    if (result.problems.isEmpty()) {
        QString text = tr("%1: %n row(s) checked, no problems. %2 will be imported; %3 are "
                          "already in Redress and will be skipped.",
                          nullptr, int(result.rows))
                           .arg(result.fileName)
                           .arg(result.imported)
                           .arg(result.skipped);
        if (!result.added.isEmpty())
            text += u' ' + tr("The import will add these new values: %1.")
                               .arg(result.added.join(QStringLiteral("; ")));
        m_summary->setText(text);
    } else {
        m_summary->setText(tr("%1: %2 rows checked, %n problem(s), each kind listed once with "
                              "the rows it is in. Nothing can be imported until every problem "
                              "is fixed.",
                              nullptr, int(qMin<qint64>(result.problemCount, INT_MAX)))
                               .arg(result.fileName)
                               .arg(result.rows));
    }
}

void ValidationPage::showProblems()
{
    m_problems->setSortingEnabled(false);
    m_problemModel->clear();
    m_problemModel->setHorizontalHeaderLabels(
        {tr("Row"), tr("Column"), tr("Heading"), tr("Field"), tr("Rows"), tr("Problem")});
    if (m_session.checked) {
        const QList<import::ImportProblemGroup>& groups = m_session.checked->problemGroups;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const import::ImportProblemGroup& group = groups.at(i);
            const import::ImportProblem& problem = group.first;
            auto* row = new QStandardItem;
            row->setData(problem.row, Qt::DisplayRole);
            row->setData(int(i), problemIndexRole);
            auto* rows = new QStandardItem(problem.row > 0 ? group.rowsText() : QString());
            rows->setData(group.count, Qt::UserRole);
            // The message and what to do about it, in full: the view wraps it.
            const QString text =
                problem.advice.isEmpty()
                    ? problem.message
                    : problem.message + u'\n' + tr("What to do: %1").arg(problem.advice);
            auto* message = new QStandardItem(text);
            message->setToolTip(text);
            const import::ImportField* field = import::importField(problem.field);
            m_problemModel->appendRow(
                {row, new QStandardItem(problem.column), new QStandardItem(problem.heading),
                 new QStandardItem(field ? field->header : problem.field), rows, message});
        }
    }
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(ProblemRow, Qt::AscendingOrder);
    for (int column = ProblemRow; column < ProblemMessage; ++column)
        m_problems->resizeColumnToContents(column);
}

void ValidationPage::showPreview()
{
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels({tr("Row"), tr("Reference"), tr("Kind"),
                                               tr("Received"), tr("Stages"), tr("Outcome"),
                                               tr("State")});
    m_previewCaption->setText(tr("Rows as they will be &imported:"));
    if (!m_session.checked)
        return;
    const import::ImportResult& result = *m_session.checked;
    if (result.candidates.size() < result.rows && result.problems.isEmpty())
        m_previewCaption->setText(tr("Rows as they will be &imported (the first %1 of %2):")
                                      .arg(result.candidates.size())
                                      .arg(result.rows));
    for (const import::ImportCandidate& candidate : result.candidates) {
        const Case& record = candidate.record;
        auto* row = new QStandardItem;
        row->setData(candidate.row, Qt::DisplayRole);
        auto* received = new QStandardItem(ukDate(record.receivedOn));
        received->setData(record.receivedOn, Qt::UserRole);
        auto* stages = new QStandardItem;
        stages->setData(int(record.stages.size()), Qt::DisplayRole);
        const Stage* last = record.currentStage();
        m_previewModel->appendRow(
            {row,
             new QStandardItem(record.reference.isEmpty() ? record.sourceReference
                                                          : record.reference),
             new QStandardItem(caseKindLabel(record.kind)), received, stages,
             new QStandardItem(last ? last->outcomeCode : QString()),
             new QStandardItem(caseStateLabel(record.state))});
    }
    m_preview->resizeColumnsToContents();
}

int ValidationPage::selectedProblem() const
{
    const QModelIndexList rows = m_problems->selectionModel()->selectedRows(ProblemRow);
    if (rows.isEmpty() || !m_session.checked)
        return -1;
    return rows.constFirst().data(problemIndexRole).toInt();
}

QString ValidationPage::selectedUnknownValue() const
{
    const int index = selectedProblem();
    if (index < 0)
        return {};
    const import::ImportProblem& problem = m_session.checked->problemGroups.at(index).first;
    const QString cell = m_cells.value({problem.row, columnIndex(problem.column)});
    return m_session.unknownValues(problem, cell).value(0);
}

int ValidationPage::newValueCount() const
{
    if (!m_session.checked)
        return 0;
    int count = 0;
    for (const import::ImportProblemGroup& group : m_session.checked->problemGroups)
        count += group.first.addable ? 1 : 0; // a group is one value of one column
    return count;
}

void ValidationPage::updateActions()
{
    const QString value = selectedUnknownValue();
    m_mapValue->setEnabled(!value.isEmpty());
    m_addValue->setEnabled(!value.isEmpty());
    const int newValues = newValueCount();
    m_addAll->setText(tr("Add all %n new value(s)…", nullptr, newValues));
    m_addAll->setEnabled(newValues > 0);
    m_save->setEnabled(m_session.checked && !m_session.checked->problems.isEmpty());
}

void ValidationPage::addSelectedValueToList()
{
    const int index = selectedProblem();
    const QString value = selectedUnknownValue();
    if (index < 0 || value.isEmpty())
        return;
    const import::ImportField* field =
        import::importField(m_session.checked->problemGroups.at(index).first.field);
    if (!field)
        return;
    if (!isTaxonomy(field->vocabulary)) {
        MessageBox::information(
            this, QStringLiteral("listIsFixed"), tr("Add to Redress's list"),
            field->type == import::FieldType::Team
                ? tr("Teams are added in Administration. Ask an administrator to add \"%1\", or "
                     "map it to the team it is now.")
                      .arg(value)
                : tr("Redress's %1 values are fixed: map \"%2\" to one of them.")
                      .arg(field->header, value));
        return;
    }
    QString code = value.toLower();
    code.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    code.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (MessageBox::question(
            this, QStringLiteral("confirmAddToList"), tr("Add to Redress's list"),
            tr("Add \"%1\" to Redress's list of %2 values (code \"%3\")? Everyone will be able to "
               "choose it, and undoing the import does not remove it.")
                .arg(value, field->header, code)) != QMessageBox::Yes)
        return;
    ReferenceData reference = m_session.application->referenceData();
    auto terms = reference.terms(field->vocabulary);
    if (!terms) {
        m_summary->setText(terms.error());
        return;
    }
    TaxonomyTerm term;
    term.taxonomy = field->vocabulary;
    term.code = code;
    term.label = value;
    for (const TaxonomyTerm& existing : terms.value())
        term.sortOrder = qMax(term.sortOrder, existing.sortOrder + 1);
    if (Status saved = reference.saveTerm(term); !saved) {
        m_summary->setText(saved.error());
        return;
    }
    auto vocabulary = import::ImportVocabulary::load(m_session.application->database());
    if (vocabulary)
        m_session.vocabulary = vocabulary.value();
    if (Status checked = check(); !checked)
        m_summary->setText(checked.error());
}

// The values are added by the import itself, in its one transaction: a cancelled or refused
// import adds none of them.
void ValidationPage::addAllNewValues()
{
    if (!m_session.checked)
        return;
    QStringList values;
    for (const import::ImportProblemGroup& group : m_session.checked->problemGroups)
        if (group.first.addable) {
            const import::ImportField* field = import::importField(group.first.field);
            values << tr("%1: %2").arg(field ? field->header : group.first.field,
                                       group.first.value);
        }
    if (values.isEmpty())
        return;
    if (MessageBox::question(
            this, QStringLiteral("confirmAddAllValues"), tr("Add all new values"),
            tr("When you import, add these to Redress's lists (new teams go under the service "
               "area \"Not known\", for an administrator to move)? Everyone will be able to "
               "choose them, and undoing the import does not remove them.\n\n%1")
                .arg(values.join(u'\n'))) != QMessageBox::Yes)
        return;
    m_session.addMissing = true;
    if (Status checked = check(); !checked) {
        m_session.addMissing = false; // refused (an officer): nothing is to be added
        m_summary->setText(checked.error());
    }
}

Status ValidationPage::saveProblemsTo(const QString& path) const
{
    if (!m_session.checked)
        return fail(tr("There is no check to save."));
    return m_session.saveChosenFile(path, [&](const QString& temporary) -> Status {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        CsvWriter csv(file);
        csv.writeRecord({tr("Row"), tr("Column"), tr("Heading"), tr("Field"), tr("Rows"),
                         tr("Problem"), tr("What to do")});
        for (const import::ImportProblemGroup& group : m_session.checked->problemGroups) {
            const import::ImportProblem& problem = group.first;
            csv.writeRecord({QString::number(problem.row), problem.column, problem.heading,
                             problem.field, QString::number(group.count), problem.message,
                             problem.advice});
        }
        if (!csv.ok())
            return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return {};
    });
}

void ValidationPage::saveProblems()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(m_session.path).completeBaseName() + tr(" problems.csv"));
    const QString path =
        FileDialog::saveFileName(this, tr("Save the problems"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveProblemsTo(path); !saved)
        m_summary->setText(saved.error());
}

} // namespace redress
