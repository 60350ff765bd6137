#include "CasesListCommand.h"

#include "cli/TextTable.h"
#include "storage/CaseRepository.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress::cli {

namespace {

QJsonValue isoDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

CasesListCommand::CasesListCommand()
    : Command(QStringLiteral("cases list"), tr("List cases, soonest due first"))
{}

int CasesListCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption openOption(QStringLiteral("open"), tr("Only cases still open."));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"),
                                           tr("Only open cases whose next deadline has passed."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("JSON (an array of objects) instead of a table."));
    parser.addOptions({openOption, overdueOption, jsonOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;

    CaseFilter filter;
    filter.openOnly = parser.isSet(openOption);
    filter.overdueOnly = parser.isSet(overdueOption);
    filter.asOf = Clock::today();
    auto rows = session->cases().list(filter);
    if (!rows)
        return failure(rows.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const CaseSummary& row : rows.value()) {
            array.append(QJsonObject{
                {QStringLiteral("reference"), row.reference},
                {QStringLiteral("kind"), caseKindCode(row.kind)},
                {QStringLiteral("procedure"), procedureCode(row.procedure)},
                {QStringLiteral("stage"), row.stage},
                {QStringLiteral("state"), caseStateCode(row.state)},
                {QStringLiteral("received"), isoDate(row.receivedOn)},
                {QStringLiteral("due"), isoDate(row.dueOn)},
                {QStringLiteral("complainant"), row.complainantName},
                {QStringLiteral("team"), row.teamName},
                {QStringLiteral("officer"), row.officer},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitSuccess;
    }

    TextTable table({tr("Reference"), tr("Kind"), tr("Procedure/stage"), tr("State"),
                     tr("Received"), tr("Due"), tr("Complainant")});
    for (const CaseSummary& row : rows.value()) {
        const QString procedure =
            row.procedure == Procedure::None
                ? QString()
                : tr("%1 stage %2").arg(procedureLabel(row.procedure)).arg(row.stage);
        table.addRow({row.reference, caseKindLabel(row.kind), procedure, caseStateLabel(row.state),
                      ukDate(row.receivedOn), ukDate(row.dueOn), row.complainantName});
    }
    table.print(out());
    out() << tr("Cases: %1").arg(rows->size()) << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
