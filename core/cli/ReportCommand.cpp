#include "ReportCommand.h"

#include "reporting/ReportCsv.h"
#include "reporting/ReportEngine.h"
#include "reporting/ReportHtml.h"
#include "reporting/ReportSettings.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace redress::cli {

namespace {

const QStringList formats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"),
                          QStringLiteral("pdf"), QStringLiteral("odt")};

} // namespace

ReportCommand::ReportCommand(Kind kind)
    : Command(kind == Kind::Annual ? QStringLiteral("report annual")
                                   : QStringLiteral("report quarterly"),
              kind == Kind::Annual
                  ? tr("The statutory annual report for a financial year")
                  : tr("The quarterly summary for one quarter of a financial year")),
      m_kind(kind)
{}

int ReportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The financial year, e.g. 2020/21."), QStringLiteral("year"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"),
                                           tr("The quarter, 1 (April-June) to 4 (January-March)."),
                                           QStringLiteral("n"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        tr("The financial year to compare with (default: the year before), or \"none\"."),
        QStringLiteral("year"));
    const QCommandLineOption procedureOption(
        QStringLiteral("procedure"),
        tr("Only complaints under this procedure: statutory or corporate (default: both)."),
        QStringLiteral("procedure"));
    const QCommandLineOption basisOption(
        QStringLiteral("basis"),
        tr("What the by_category table counts: received (the categories of complaints received "
           "in the period) or concluded (the nature of those concluded in it). Without it, the "
           "council's default set in Administration."),
        QStringLiteral("basis"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("json, csv, html, pdf or odt (default: json)."),
                                          QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("The file to write (json, csv and html: standard output if not given)."),
        QStringLiteral("file"));
    const QCommandLineOption tableOption(QStringLiteral("table"),
                                         tr("Only this table (its id, e.g. by_service_area)."),
                                         QStringLiteral("id"));
    const QCommandLineOption casesOption(
        QStringLiteral("cases-behind"),
        tr("Instead of the report, the cases behind one figure, as CSV: TABLE/ROW/COLUMN, "
           "e.g. outcomes_by_stage/upheld/stage1_count."),
        QStringLiteral("figure"));
    const QCommandLineOption everyTableOption(
        QStringLiteral("every-table"),
        tr("Print every table in the PDF or ODT: a quarter's, not only the summary's few "
           "pages; a year's, with the breakdowns of stage 3 and of the Ombudsman's enquiries."));
    const QCommandLineOption weekOption(
        QStringLiteral("week"),
        tr("Instead of a quarter, the open complaints from children and young people at the end "
           "of the week (Monday to Sunday) holding this day, e.g. 2026-11-30 or 30/11/2026."),
        QStringLiteral("day"));
    const QCommandLineOption monthOption(
        QStringLiteral("month"),
        tr("Instead of a quarter, the same list at the end of a month, e.g. 2026-11."),
        QStringLiteral("month"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the --out file if it exists already."));
    parser.addOptions({yearOption, formatOption, outOption, forceOption, compareOption,
                       procedureOption, basisOption, tableOption, casesOption, everyTableOption});
    if (m_kind == Kind::Quarterly)
        parser.addOptions({quarterOption, weekOption, monthOption});
    if (auto stop = parse(parser, arguments))
        return *stop;

    std::optional<Period> listPeriod;
    if (m_kind == Kind::Quarterly && (parser.isSet(weekOption) || parser.isSet(monthOption))) {
        auto period = shortPeriod(parser.isSet(weekOption), parser.value(weekOption),
                                  parser.isSet(monthOption), parser.value(monthOption),
                                  parser.isSet(quarterOption) || parser.isSet(yearOption));
        if (!period)
            return usageError(period.error());
        listPeriod = period.value();
    }
    if (!listPeriod && !parser.isSet(yearOption))
        return usageError(tr("Name the financial year with --year, e.g. --year 2020/21"));
    auto year = listPeriod ? Result<int>(financialYearOf(listPeriod->first))
                           : Period::parseFinancialYear(parser.value(yearOption));
    if (!year)
        return usageError(year.error());
    int quarter = 0;
    if (m_kind == Kind::Quarterly && !listPeriod) {
        bool isNumber = false;
        quarter = parser.value(quarterOption).toInt(&isNumber);
        if (!parser.isSet(quarterOption) || !isNumber || quarter < 1 || quarter > 4)
            return usageError(tr("Name the quarter with --quarter 1, 2, 3 or 4 (1 is April to "
                                 "June)"));
    }
    std::optional<int> compareWith = *year - 1;
    if (parser.isSet(compareOption)) {
        if (parser.value(compareOption) == u"none") {
            compareWith.reset();
        } else {
            auto other = Period::parseFinancialYear(parser.value(compareOption));
            if (!other)
                return usageError(other.error());
            compareWith = *other;
        }
    }
    std::optional<Procedure> procedure;
    if (parser.isSet(procedureOption)) {
        procedure = procedureFromCode(parser.value(procedureOption));
        if (!procedure ||
            (*procedure != Procedure::Statutory && *procedure != Procedure::Corporate))
            return usageError(tr("Unknown procedure \"%1\": use statutory or corporate")
                                  .arg(parser.value(procedureOption)));
    }
    std::optional<Basis> chosenBasis;
    if (parser.isSet(basisOption)) {
        const std::optional<Basis> basis = basisFromCode(parser.value(basisOption));
        if (!basis || (*basis != Basis::Received && *basis != Basis::Concluded))
            return usageError(tr("Unknown basis \"%1\" for the category table: use received or "
                                 "concluded")
                                  .arg(parser.value(basisOption)));
        chosenBasis = *basis;
    }
    const QString format = parser.value(formatOption).toLower();
    if (!formats.contains(format))
        return usageError(tr("Unknown format \"%1\": use %2")
                              .arg(parser.value(formatOption), formats.join(QStringLiteral(", "))));
    const QString outPath = parser.value(outOption);
    if ((format == u"pdf" || format == u"odt") && outPath.isEmpty())
        return usageError(tr("A %1 report needs a file: add --out FILE").arg(format.toUpper()));
    m_overwrite = parser.isSet(forceOption);
    if (!outPath.isEmpty())
        if (Status allowed = safeoutput::checkTarget(outPath, outputRules(parser, m_overwrite));
            !allowed)
            return failure(allowed.error());

    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    // Without --basis, the council's own choice (Administration).
    auto councilBasis = councilCategoryBasis(ReferenceData(*database));
    if (!chosenBasis && !councilBasis)
        return failure(councilBasis.error());
    const Basis categoryBasis = chosenBasis ? *chosenBasis : *councilBasis;
    // What the person running the command may see: no staff table for an officer.
    auto viewer = Session::attach(*database);
    if (!viewer)
        return failure(viewer.error());
    ReportEngine engine = viewer.value()->reports();
    engine.setProcedure(procedure);
    engine.setCategoryBasis(categoryBasis);
    auto quarterScope = [&] {
        ReportScope scope(Period::quarter(*year, quarter),
                          compareWith
                              ? std::optional<Period>(Period::quarter(*compareWith, quarter))
                              : std::nullopt,
                          procedure);
        scope.categoryBasis = categoryBasis;
        // The overdue table lists cases: restricted ones only for whoever they are open to.
        scope.viewer = viewer.value()->actor();
        return scope;
    };
    // A list names cases: it leaves out restricted ones not open to whoever runs it.
    auto listScope = [&]() -> Result<ReportScope> {
        auto session = Session::attach(*database);
        if (!session)
            return Error{session.error()};
        ReportScope scope(*listPeriod, std::nullopt, procedure);
        scope.categoryBasis = categoryBasis;
        scope.viewer = session.value()->actor();
        return scope;
    };
    Result<Report> report = fail(QString());
    if (listPeriod) {
        auto scope = listScope();
        if (!scope)
            return failure(scope.error());
        report = engine.report(*scope);
    } else {
        report = m_kind == Kind::Annual ? engine.annual(*year, compareWith)
                                        : engine.report(quarterScope());
    }
    if (!report)
        return failure(report.error());

    if (parser.isSet(casesOption))
        return writeFigureCases(*database, *report, parser.value(casesOption), outPath);

    if (parser.isSet(tableOption)) {
        const ReportTable* only = report->table(parser.value(tableOption));
        if (!only)
            return usageError(tr("This report has no table \"%1\"; its tables are: %2")
                                  .arg(parser.value(tableOption),
                                       (m_kind == Kind::Annual ? ReportEngine::annualTableIds()
                                        : listPeriod           ? ReportEngine::shortPeriodTableIds()
                                                               : ReportEngine::quarterlyTableIds())
                                           .join(QStringLiteral(", "))));
        Report single(report->scope());
        single.setProducedOn(report->producedOn());
        single.addTable(*only);
        report = std::move(single);
    }

    if (format == u"pdf" || format == u"odt") {
        if (!parser.isSet(tableOption) && !parser.isSet(everyTableOption) && !listPeriod)
            report = report->withTables(m_kind == Kind::Quarterly
                                            ? ReportEngine::quarterlySummaryTableIds()
                                            : ReportEngine::annualPrintTableIds());
        // The cover names the council and shows its logo (Administration, "council set").
        auto council = ReferenceData(*database).councilIdentity();
        if (!council)
            return failure(council.error());
        report->setCouncil(council.value());
        if (!m_documentWriter)
            return failure(tr("This redress-cli was built without the desktop libraries, so it "
                              "cannot write %1. Use --format html, or the desktop app.")
                               .arg(format.toUpper()));
        const Status written =
            safeoutput::writeThrough(outPath, m_overwrite, [&](const QString& path) -> Status {
                return m_documentWriter(*report, format, path);
            });
        if (!written)
            return failure(written.error());
        err() << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath()))
              << Qt::endl;
        return ExitSuccess;
    }
    if (format == u"json")
        return writeText(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented), outPath);
    if (format == u"html")
        return writeText(reportToHtml(*report).toUtf8(), outPath);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = parser.isSet(tableOption)
                               ? reportcsv::writeTable(report->tables().constFirst(), buffer)
                               : reportcsv::writeReport(*report, buffer);
    if (!written)
        return failure(written.error());
    return writeText(buffer.data(), outPath);
}

Result<Period> ReportCommand::shortPeriod(bool week, const QString& day, bool month,
                                          const QString& monthText, bool quarterChosen)
{
    if (week && month)
        return fail(tr("Choose --week or --month, not both"));
    if (quarterChosen)
        return fail(tr("--week and --month choose their own period: leave out --year and "
                       "--quarter"));
    if (week) {
        QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(day, QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            return fail(
                tr("--week takes a day, e.g. 2026-11-30 or 30/11/2026, not \"%1\"").arg(day));
        return Period::week(date);
    }
    const QDate first = QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return fail(tr("--month takes a year and month, e.g. 2026-11, not \"%1\"").arg(monthText));
    return Period::month(first.year(), first.month());
}

int ReportCommand::writeFigureCases(Database& database, const Report& report, const QString& figure,
                                    const QString& outPath)
{
    const QStringList parts = figure.split(u'/');
    if (parts.size() != 3)
        return usageError(tr("--cases-behind takes TABLE/ROW/COLUMN, e.g. "
                             "outcomes_by_stage/upheld/stage1_count"));
    // The cases as the person running the command may see them: restricted ones left out.
    auto session = Session::attach(database);
    if (!session)
        return failure(session.error());
    ReportEngine engine = session.value()->reports();
    engine.setProcedure(report.scope().procedure);
    auto ids = engine.casesBehind(parts.at(0), parts.at(1), parts.at(2), report.scope());
    if (!ids)
        return failure(ids.error());
    auto cases = session.value()->cases().listByIds(*ids);
    if (!cases)
        return failure(cases.error());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto written = reportcsv::writeCases(*cases, buffer); !written)
        return failure(written.error());
    return writeText(buffer.data(), outPath);
}

int ReportCommand::writeText(const QByteArray& bytes, const QString& outPath)
{
    if (outPath.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return ExitSuccess;
    }
    // All or nothing: the file appears only once every byte is on disk.
    if (Status written = safeoutput::writeBytes(outPath, m_overwrite, bytes); !written)
        return failure(written.error());
    err() << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath()))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
