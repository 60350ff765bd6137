#include "DemoCommand.h"

#include "demo/DemoDataGenerator.h"

#include <QElapsedTimer>

namespace redress::cli {

namespace {

std::optional<qint64> number(const QString& text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"),
              tr("Add invented demo cases of every kind, with their histories"))
{}

int DemoCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption casesOption(
        QStringLiteral("cases"), tr("How many cases to add (required)."), QStringLiteral("n"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"), tr("Financial years they span, ending with this one (default 3)."),
        QStringLiteral("k"), QStringLiteral("3"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("Seed: the same seed and day give the same cases (default 1)."),
        QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({casesOption, yearsOption, seedOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(casesOption))
        return usageError(tr("Say how many cases to add with --cases N"));
    const auto cases = number(parser.value(casesOption));
    if (!cases || *cases < 1 || *cases > 10'000'000)
        return usageError(tr("--cases needs a whole number from 1 to 10000000, not \"%1\"")
                              .arg(parser.value(casesOption)));
    const auto years = number(parser.value(yearsOption));
    if (!years || *years < 1 || *years > 30)
        return usageError(tr("--years needs a whole number from 1 to 30, not \"%1\"")
                              .arg(parser.value(yearsOption)));
    const auto seed = number(parser.value(seedOption));
    if (!seed || *seed < 0 || *seed > 0xFFFFFFFFLL)
        return usageError(tr("--seed needs a whole number from 0 to 4294967295, not \"%1\"")
                              .arg(parser.value(seedOption)));

    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    DemoDataGenerator generator(*database, quint32(*seed));
    QElapsedTimer timer;
    timer.start();
    const Status made = generator.generate(int(*cases), int(*years), [this](int done, int total) {
        if (showProgress())
            err() << '\r' << tr("Added %1 of %2 cases…").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (showProgress())
        err() << Qt::endl;
    if (!made)
        return failure(made.error());

    const QMap<CaseKind, int> byKind = generator.createdByKind();
    qsizetype width = 0;
    for (CaseKind kind : allCaseKinds())
        width = std::max(width, caseKindLabel(kind).size());
    for (CaseKind kind : allCaseKinds())
        out() << caseKindLabel(kind).leftJustified(width + 2)
              << QString::number(byKind.value(kind)).rightJustified(8) << u'\n';
    out() << tr("Demo cases added to %1: %2 in %3 s")
                 .arg(database->location().describe())
                 .arg(generator.created())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
