#include "CodeReportCommands.h"

#include "reporting/CodeReport.h"
#include "reporting/CodeReportAssessment.h"
#include "reporting/ReportHtml.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace redress::cli {

namespace {

const QStringList reportFormats{QStringLiteral("json"), QStringLiteral("html"),
                                QStringLiteral("pdf"), QStringLiteral("odt")};

QString writtenMessage(const QString& path)
{
    return QCoreApplication::translate("CodeReportCommand", "Wrote %1")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

} // namespace

CodeReportCommand::CodeReportCommand()
    : Command(QStringLiteral("report code"),
              tr("The Complaint Handling Code's annual complaints performance and service "
                 "improvement report for a financial year"))
{}

int CodeReportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The financial year, e.g. 2026/27."), QStringLiteral("year"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("json, html, pdf or odt (default: json)."),
                                          QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("The file to write (json and html: standard output if not given)."),
        QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the --out file if it exists already."));
    parser.addOptions({yearOption, formatOption, outOption, forceOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(yearOption))
        return usageError(tr("Name the financial year with --year, e.g. --year 2026/27"));
    auto year = Period::parseFinancialYear(parser.value(yearOption));
    if (!year)
        return usageError(year.error());
    const QString format = parser.value(formatOption).toLower();
    if (!reportFormats.contains(format))
        return usageError(
            tr("Unknown format \"%1\": use %2")
                .arg(parser.value(formatOption), reportFormats.join(QStringLiteral(", "))));
    const QString outPath = parser.value(outOption);
    const bool document = format == u"pdf" || format == u"odt";
    if (document && outPath.isEmpty())
        return usageError(tr("A %1 report needs a file: add --out FILE").arg(format.toUpper()));
    const bool overwrite = parser.isSet(forceOption);
    if (!outPath.isEmpty())
        if (Status allowed = safeoutput::checkTarget(outPath, outputRules(parser, overwrite));
            !allowed)
            return failure(allowed.error());
    if (document && !m_documentWriter)
        return failure(tr("This redress-cli was built without the desktop libraries, so it "
                          "cannot write %1. Use --format html, or the desktop app.")
                           .arg(format.toUpper()));

    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    auto report = CodeReport::produce(*database, *year);
    if (!report)
        return failure(report.error());

    if (document) {
        const Status written =
            safeoutput::writeThrough(outPath, overwrite, [&](const QString& path) -> Status {
                return m_documentWriter(report->report(), format, path);
            });
        if (!written)
            return failure(written.error());
        err() << writtenMessage(outPath) << Qt::endl;
        return ExitSuccess;
    }
    const QByteArray bytes = format == u"json"
                                 ? QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented)
                                 : reportToHtml(report->report()).toUtf8();
    if (outPath.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return ExitSuccess;
    }
    if (Status written = safeoutput::writeBytes(outPath, overwrite, bytes); !written)
        return failure(written.error());
    err() << writtenMessage(outPath) << Qt::endl;
    return ExitSuccess;
}

CodeAssessmentCommand::CodeAssessmentCommand(Kind kind)
    : Command(kind == Kind::Show ? QStringLiteral("code-assessment show")
                                 : QStringLiteral("code-assessment set"),
              kind == Kind::Show
                  ? tr("A year's self-assessment against the Complaint Handling Code")
                  : tr("Record an item of a year's self-assessment against the Complaint "
                       "Handling Code, or the governing body's response")),
      m_kind(kind)
{}

int CodeAssessmentCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The financial year, e.g. 2026/27."), QStringLiteral("year"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the self-assessment as JSON."));
    const QCommandLineOption itemOption(QStringLiteral("item"),
                                        tr("The item to record (code-assessment show lists them)."),
                                        QStringLiteral("item"));
    const QCommandLineOption complianceOption(
        QStringLiteral("compliance"), tr("complies, partly or does_not_comply; none clears it."),
        QStringLiteral("compliance"));
    const QCommandLineOption explanationOption(
        QStringLiteral("explanation"), tr("Why: the evidence, or what is being done about it."),
        QStringLiteral("text"));
    const QCommandLineOption responseOption(QStringLiteral("response"),
                                            tr("The governing body's response to the year's "
                                               "report (replaces the one recorded)."),
                                            QStringLiteral("text"));
    parser.addOption(yearOption);
    if (m_kind == Kind::Show)
        parser.addOption(jsonOption);
    else
        parser.addOptions({itemOption, complianceOption, explanationOption, responseOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(yearOption))
        return usageError(tr("Name the financial year with --year, e.g. --year 2026/27"));
    auto year = Period::parseFinancialYear(parser.value(yearOption));
    if (!year)
        return usageError(year.error());

    std::optional<CodeItem> item;
    std::optional<CodeCompliance> compliance;
    bool clear = false;
    if (m_kind == Kind::Set) {
        if (!parser.isSet(itemOption) && !parser.isSet(responseOption))
            return usageError(tr("Give an --item with its --compliance, or a --response"));
        if (parser.isSet(itemOption)) {
            item = codeItem(parser.value(itemOption));
            if (!item)
                return usageError(tr("The self-assessment has no item \"%1\"; "
                                     "code-assessment show lists them")
                                      .arg(parser.value(itemOption)));
            clear = parser.value(complianceOption) == u"none";
            compliance = codeComplianceFromCode(parser.value(complianceOption));
            if (!clear && !compliance)
                return usageError(tr("Give --compliance complies, partly, does_not_comply or "
                                     "none for the item \"%1\"")
                                      .arg(item->code));
        } else if (parser.isSet(complianceOption) || parser.isSet(explanationOption)) {
            return usageError(tr("--compliance and --explanation need the --item they are for"));
        }
    }

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    CodeAssessmentStore store = CodeAssessmentStore::forSession(*session);
    auto assessment = store.load(*year);
    if (!assessment)
        return failure(assessment.error());

    if (m_kind == Kind::Set) {
        if (item) {
            if (clear)
                assessment->answers.remove(item->code);
            else
                assessment->answers.insert(
                    item->code,
                    {*compliance, parser.isSet(explanationOption)
                                      ? parser.value(explanationOption)
                                      : assessment->answers.value(item->code).explanation});
        }
        if (parser.isSet(responseOption))
            assessment->governingBodyResponse = parser.value(responseOption);
        if (Status saved = store.save(*assessment); !saved)
            return failure(saved.error());
        err() << tr("The self-assessment for %1 is saved.").arg(financialYearLabel(*year))
              << Qt::endl;
        return ExitSuccess;
    }

    if (parser.isSet(jsonOption)) {
        out() << QString::fromUtf8(QJsonDocument(assessment->toJson()).toJson());
        out().flush();
        return ExitSuccess;
    }
    out() << tr("Complaint Handling Code self-assessment, %1").arg(financialYearLabel(*year))
          << Qt::endl;
    const QList<CodeItem> items = codeItems();
    for (const CodeSection& section : codeSections()) {
        out() << Qt::endl << section.title << Qt::endl;
        for (const CodeItem& each : items) {
            if (each.section != section.code)
                continue;
            const auto answer = assessment->answers.constFind(each.code);
            const bool answered = answer != assessment->answers.constEnd();
            out() << QStringLiteral("  %1  %2").arg(each.code, each.text) << Qt::endl
                  << QStringLiteral("      %1")
                         .arg(answered ? codeComplianceLabel(answer->compliance)
                                       : tr("Not yet assessed"))
                  << Qt::endl;
            if (answered && !answer->explanation.isEmpty())
                out() << QStringLiteral("      %1").arg(answer->explanation) << Qt::endl;
        }
    }
    out() << Qt::endl
          << tr("The governing body's response:") << Qt::endl
          << (assessment->governingBodyResponse.isEmpty() ? tr("None recorded yet.")
                                                          : assessment->governingBodyResponse)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
