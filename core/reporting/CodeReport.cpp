#include "CodeReport.h"

#include "reporting/CodeReportAssessment.h"
#include "reporting/ReportEngine.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "util/Clock.h"

namespace redress {

namespace {

const QString stageFiguresId = QStringLiteral("code_stage_figures");
const QString improvementsId = QStringLiteral("code_service_improvements");
const QString selfAssessmentId = QStringLiteral("code_self_assessment");
const QString responseId = QStringLiteral("code_governing_body_response");
const QString breakdownPrefix = QStringLiteral("breakdown_");

// The engine's tables the report shows as they are.
const QStringList engineTables{QStringLiteral("ombudsman"),
                               QStringLiteral("ombudsman_recommendations"),
                               QStringLiteral("learning")};

qint64 countOf(const ReportTable& table, const QString& row, const QString& column)
{
    return table.cell(row, column).toLongLong();
}

} // namespace

QStringList CodeReport::tableIds()
{
    return QStringList{stageFiguresId} + engineTables +
           QStringList{improvementsId, selfAssessmentId, responseId};
}

Result<CodeReport> CodeReport::produce(Database& database, int financialYear)
{
    ReportEngine engine(database);
    const ReportScope scope(Period::financialYear(financialYear));
    auto ids = engine.tableIds(scope);
    if (!ids)
        return Error{ids.error()};

    CodeReport result;
    result.m_report = Report(scope);
    result.m_report.setTitle(
        tr("Complaint Handling Code: annual complaints performance and service improvement "
           "report, %1")
            .arg(financialYearLabel(financialYear)));
    result.m_report.setProducedOn(Clock::today());

    // Each stage of each procedure, from the stage's breakdown (received) and the timescales
    // table (concluded, responded to, and within the stage's own deadline).
    auto timescales = engine.table(QStringLiteral("timescales_by_stage"), scope);
    if (!timescales)
        return Error{timescales.error()};
    ReportTable figures(stageFiguresId, tr("Complaints at each stage"), Basis::Mixed);
    figures.addColumn(QStringLiteral("label"), tr("Procedure and stage"), ColumnKind::Label);
    figures.addColumn(QStringLiteral("received"), tr("Received"), ColumnKind::Count).basis =
        Basis::Received;
    figures.addColumn(QStringLiteral("concluded"), tr("Concluded"), ColumnKind::Count).basis =
        Basis::Concluded;
    figures.addColumn(QStringLiteral("responded"), tr("Responded to"), ColumnKind::Count).basis =
        Basis::Concluded;
    figures.addColumn(QStringLiteral("within_timescale"), tr("Within timescale"), ColumnKind::Count)
        .basis = Basis::Concluded;
    figures.addColumn(QStringLiteral("within_timescale_percent"), tr("% within timescale"),
                      ColumnKind::Percent);
    for (const QString& id : *ids) {
        if (!id.startsWith(breakdownPrefix) || id == u"breakdown_ombudsman")
            continue;
        auto breakdown = engine.table(id, scope);
        if (!breakdown)
            return Error{breakdown.error()};
        const QString key = id.mid(breakdownPrefix.size()); // "statutory_stage1"
        const QString total = key + u":total";
        const qint64 concluded = countOf(*timescales, total, QStringLiteral("count"));
        const qint64 responded =
            concluded - countOf(*timescales, key + u":no_response", QStringLiteral("count"));
        const qint64 within = countOf(*timescales, total, QStringLiteral("met_deadline"));
        figures.addRow(key, breakdown->title());
        figures.setCell(
            key, u"received",
            countOf(*breakdown, QStringLiteral("caseload:received"), QStringLiteral("count")));
        figures.setCell(key, u"concluded", concluded);
        figures.setCell(key, u"responded", responded);
        figures.setCell(key, u"within_timescale", within);
        figures.setCell(key, u"within_timescale_percent", ReportTable::percent(within, responded));
    }
    figures.setNote(
        tr("Each stage of each procedure in the year: complaints received at the stage, those "
           "concluded (responded to, or withdrawn or closed without a response), those "
           "responded to, and of those the responses sent within the stage's own timescale "
           "(extended where an extension was agreed), as the annual report's stage breakdowns "
           "and timescales table count them."));
    result.m_report.addTable(std::move(figures));

    for (const QString& id : engineTables) {
        auto table = engine.table(id, scope);
        if (!table)
            return Error{table.error()};
        result.m_report.addTable(std::move(table).value());
    }

    // Implemented in the year, each with what was done. A restricted case's actions are left
    // out: their descriptions may say what the case is about.
    ReportTable improvements(improvementsId, tr("Service improvements from complaints"),
                             Basis::Concluded);
    improvements.addColumn(QStringLiteral("label"), tr("What was improved"), ColumnKind::Label);
    improvements.addColumn(QStringLiteral("theme"), tr("Theme"), ColumnKind::Text);
    improvements.addColumn(QStringLiteral("completed_on"), tr("Implemented on"), ColumnKind::Date);
    // Read before the actions: another statement on the connection while their rows are being
    // read would cut them short on PostgreSQL.
    auto themes = ReferenceData(database).terms(QStringLiteral("learning_theme"));
    if (!themes)
        return Error{themes.error()};
    auto actions =
        sql::exec(database.sql(),
                  QStringLiteral("SELECT la.id, la.description, la.theme, la.completed_on "
                                 "FROM learning_action la WHERE la.status = 'implemented' "
                                 "AND la.completed_on >= ? AND la.completed_on <= ? "
                                 "AND NOT EXISTS (SELECT 1 FROM case_restriction r "
                                 "WHERE r.case_id = la.case_id) ORDER BY la.completed_on, la.id"),
                  {sql::date(scope.period.first), sql::date(scope.period.last)});
    if (!actions)
        return Error{actions.error()};
    while (actions->next()) {
        const QString key = QStringLiteral("action:%1").arg(actions->value(0).toLongLong());
        const QString themeCode = actions->value(2).toString();
        QString theme;
        for (const TaxonomyTerm& term : *themes)
            if (term.code == themeCode)
                theme = term.label;
        improvements.addRow(key, actions->value(1).toString().simplified());
        improvements.setCell(key, u"theme", theme);
        improvements.setCell(key, u"completed_on", sql::toDate(actions->value(3)));
    }
    improvements.setNote(
        tr("The learning actions implemented in the year (completed between its first and last "
           "day), with what was done and the theme it was recorded under; the learning table "
           "before it counts every action by theme and status."));
    result.m_report.addTable(std::move(improvements));

    auto assessment = CodeAssessmentStore(database, QString()).load(financialYear);
    if (!assessment)
        return Error{assessment.error()};
    result.m_assessment = std::move(assessment).value();

    ReportTable checklist(selfAssessmentId, tr("Self-assessment against the Code"), Basis::Figures);
    checklist.addColumn(QStringLiteral("label"), tr("Section and requirement"), ColumnKind::Label);
    checklist.addColumn(QStringLiteral("compliance"), tr("Assessment"), ColumnKind::Text);
    checklist.addColumn(QStringLiteral("explanation"), tr("Explanation"), ColumnKind::Text);
    const QList<CodeItem> items = codeItems();
    for (const CodeSection& section : codeSections()) {
        checklist.addRow(u"section:" + section.code, section.title);
        for (const CodeItem& item : items) {
            if (item.section != section.code)
                continue;
            const QString key = u"item:" + item.code;
            checklist.addRow(key, item.text, RowRole::Item, 1);
            const auto answer = result.m_assessment.answers.constFind(item.code);
            if (answer == result.m_assessment.answers.constEnd()) {
                checklist.setCell(key, u"compliance", tr("Not yet assessed"));
                continue;
            }
            checklist.setCell(key, u"compliance", codeComplianceLabel(answer->compliance));
            checklist.setCell(key, u"explanation", answer->explanation);
        }
    }
    checklist.setNote(tr("The council's own assessment for the year of how far it complies with "
                         "each section of the Ombudsman's Complaint Handling Code, as the "
                         "complaints manager recorded it, with the reasons."));
    result.m_report.addTable(std::move(checklist));

    ReportTable response(responseId, tr("The governing body's response"), Basis::Figures);
    response.addColumn(QStringLiteral("label"), tr("Response"), ColumnKind::Label);
    int paragraph = 0;
    for (const QString& text : result.m_assessment.governingBodyResponse.split(u'\n'))
        if (!text.trimmed().isEmpty())
            response.addRow(QStringLiteral("paragraph:%1").arg(++paragraph), text.trimmed());
    if (paragraph == 0)
        response.addRow(QStringLiteral("none"), tr("No response has been recorded yet."));
    response.setNote(tr("The response of the council's governing body to this report and to "
                        "the self-assessment, as recorded for the year."));
    result.m_report.addTable(std::move(response));
    return result;
}

QJsonObject CodeReport::toJson() const
{
    QJsonObject json = m_report.toJson();
    json.insert(QStringLiteral("report"), QStringLiteral("code"));
    json.insert(QStringLiteral("title"), m_report.title());
    json.insert(QStringLiteral("selfAssessment"), m_assessment.toJson());
    return json;
}

} // namespace redress
