#include "ImportCommand.h"

#include "import/Importer.h"
#include "session/Session.h"

#include <QFileInfo>

namespace redress::cli {

namespace {

// "log.csv:2:D: Service Area: "CASS" is not a known team — 304 rows (2, 3, …): advice", where
// the file, row and column are the first cell with the problem, for an editor to jump to.
QString groupText(const QString& fileName, const import::ImportProblemGroup& group)
{
    const import::ImportProblem& first = group.first;
    if (first.row <= 0)
        return QStringLiteral("%1: %2").arg(fileName, group.toText());
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(first.row)
        .arg(first.column, group.toText());
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
              tr("Import a legacy complaint log (CSV, XLSX, ODS, XLS), all or nothing"))
{}

int ImportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The sheet to import (default: the first)."),
                                         QStringLiteral("name"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("A mapping file (docs/import-mapping.md); without one the mapping is guessed."),
        QStringLiteral("file"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Check every row and report; write nothing."));
    const QCommandLineOption saveOption(
        QStringLiteral("save-mapping"),
        tr("Save the mapping used (or guessed) to a file, to confirm, edit and reuse."),
        QStringLiteral("file"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), tr("Replace the --save-mapping file if it exists already."));
    const QCommandLineOption allProblemsOption(
        QStringLiteral("all-problems"),
        tr("List every problem, one line per cell, instead of grouping the same problem in "
           "many rows."));
    const QCommandLineOption addMissingOption(
        QStringLiteral("add-missing"),
        tr("Add the teams, list values and kinds of feedback the log has and Redress does "
           "not, as part of the import (administrators only)."));
    parser.addOptions({sheetOption, mappingOption, dryRunOption, saveOption, forceOption,
                       allProblemsOption, addMissingOption});
    if (auto stop = parse(parser, arguments, {QStringLiteral("FILE")}))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return failure(tr("%1 is not a file").arg(path));

    // The mapping file is checked before anything is read, so a slip of the keyboard
    // (--save-mapping naming the database or the log itself) stops here.
    const QString mappingTarget = parser.value(saveOption);
    const bool overwrite = parser.isSet(forceOption);
    if (parser.isSet(saveOption)) {
        QStringList inputs{path};
        if (parser.isSet(mappingOption))
            inputs << parser.value(mappingOption);
        if (Status allowed =
                safeoutput::checkTarget(mappingTarget, outputRules(parser, overwrite, inputs));
            !allowed)
            return failure(allowed.error());
    }

    import::ImportOptions options;
    options.sheet = parser.value(sheetOption);
    options.dryRun = parser.isSet(dryRunOption);
    options.addMissing = parser.isSet(addMissingOption);
    if (parser.isSet(mappingOption)) {
        auto mapping = import::ImportMapping::load(parser.value(mappingOption));
        if (!mapping)
            return failure(mapping.error());
        options.mapping = mapping.value();
    }
    if (showProgress())
        options.progress = [this](double fraction) {
            err() << tr("Importing… %1%").arg(int(fraction * 100)) << u'\r';
            err().flush();
            return true;
        };

    const QString name = QFileInfo(path).fileName();
    const bool allProblems = parser.isSet(allProblemsOption);
    if (allProblems) // as they are found: the result keeps only the first of each kind
        options.eachProblem = [this, &name](const import::ImportProblem& problem) {
            err() << problem.toText(name) << u'\n';
        };

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto result = session->importLog(path, options);
    if (options.progress) // the progress line ends in a carriage return: finish it
        err() << Qt::endl;
    if (!result)
        return failure(result.error());
    if (parser.isSet(saveOption)) {
        const Status saved =
            safeoutput::writeThrough(mappingTarget, overwrite, [&](const QString& file) -> Status {
                return result->mapping.save(file);
            });
        if (!saved)
            return failure(saved.error());
        out() << tr("Mapping saved to %1").arg(mappingTarget) << Qt::endl;
    }
    for (const QString& note : result->notes + result->leftEmpty)
        out() << note << Qt::endl;
    if (!allProblems)
        for (const import::ImportProblemGroup& group : result->problemGroups)
            err() << groupText(name, group) << u'\n';
    err().flush();
    if (!result->problems.isEmpty()) {
        out() << tr("%1: %2 rows read, %3 problems of %n kind(s); nothing was imported", nullptr,
                    int(result->problemGroups.size()))
                     .arg(name)
                     .arg(result->rows)
                     .arg(result->problemCount)
              << Qt::endl;
        return ExitFailure;
    }
    for (const QString& added : result->added)
        out() << (options.dryRun ? tr("Would add %1").arg(added) : tr("Added %1").arg(added))
              << Qt::endl;
    for (const QString& stage : result->stagesAdded)
        out() << (options.dryRun ? tr("Would add %1 to the case in Redress").arg(stage)
                                 : tr("Added %1 to the case in Redress").arg(stage))
              << Qt::endl;
    if (options.dryRun) {
        out() << tr("%1: %2 rows read, no problems; %3 would be imported, %4 are already there "
                    "(dry run: nothing was written)")
                     .arg(name)
                     .arg(result->rows)
                     .arg(result->imported)
                     .arg(result->skipped)
              << Qt::endl;
        return ExitSuccess;
    }
    out() << tr("%1: %2 rows read; %3 cases imported as batch %4, %5 already there and skipped "
                "(undo with \"redress-cli import undo %4\")")
                 .arg(name)
                 .arg(result->rows)
                 .arg(result->imported)
                 .arg(result->batchId)
                 .arg(result->skipped)
          << Qt::endl;
    return ExitSuccess;
}

ImportUndoCommand::ImportUndoCommand()
    : Command(QStringLiteral("import undo"),
              tr("Remove every case one import batch added, in one step"))
{}

int ImportUndoCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments, {QStringLiteral("BATCH")}))
        return *stop;
    bool ok = false;
    const qint64 batch = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || batch <= 0)
        return usageError(
            tr("\"%1\" is not a batch number").arg(parser.positionalArguments().constFirst()));
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto removed = session->undoImport(batch);
    if (!removed)
        return failure(removed.error());
    out() << tr("Import batch %1 undone: %2 cases removed").arg(batch).arg(removed.value())
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
