#pragma once

// The complaint stages of a report read once, with every column the tables group them by, so
// that the tables count them in C++ rather than each scanning the stages and their cases with
// its own statement. The figures' sources stay the SQL populations (complaintStages() and
// on()): drill-down runs those, and the tests check that they find what was counted here.

#include "reporting/ReportEngine_p.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace redress::reporting {

// One complaint stage: dates as Julian day numbers, text as codes into the population's texts
// (code 0 is '', what SQL's COALESCE(…, '') makes of a value not recorded).
struct PopulationStage
{
    qint64 caseId = 0;
    qint32 started = 0; // the stage's request; 0 when not recorded
    qint32 ended = 0;   // its response, or the case's closing without one; 0 while open
    quint32 firstChild = 0;
    quint16 childCount = 0; // the case's children: childStatus(firstChild …)
    quint16 procedure = 0;
    quint16 outcome = 0;
    quint16 channel = 0;
    quint16 role = 0; // the complainant's role
    quint16 unit = 0; // unitKey()
    quint8 number = 0;
    bool advocate = false;    // an advocate for the complainant or a child concerned
    bool outcomeNull = false; // no outcome at all: not even '' (outcome is then 0 too)
    bool roleNull = false;    // no complainant role at all, likewise
};

class StagePopulation
{
public:
    // The population of the report's period and its comparison, read once per report and
    // shared by every table.
    static Result<std::shared_ptr<const StagePopulation>> of(const Context& context);

    const QList<PopulationStage>& stages() const { return m_stages; }
    // Whether every member of every basis in `period` was read.
    bool covers(const Period& period) const;
    static bool in(const PopulationStage& stage, Basis basis, const Period& period);

    const QString& text(quint16 code) const { return m_texts.at(code); }
    // The code of `value`, or -1 when no stage has it.
    int codeOf(const QString& value) const { return m_codes.value(value, -1); }
    quint16 childStatus(quint32 index) const { return m_childStatuses.at(index); }
    // Whether a child the stage's case is about has the status `code`.
    bool hasChildOf(const PopulationStage& stage, int code) const;

    using Filter = std::function<bool(const PopulationStage&)>;
    using KeyOf = std::function<quint16(const PopulationStage&)>;
    // For each period, the stages on `basis` in it that `include` admits, counted by the text
    // of their key: what measureBy() with a countIf() per period returns (keys of no stage in
    // a period are absent or 0, which every table treats alike).
    QList<QHash<QString, qint64>> count(Basis basis, const QList<Period>& periods,
                                        const Filter& include, const KeyOf& keyOf) const;
    // The same by the status of each child of the case: `distinctCases` counts each case once
    // under each status of its children (a case with none under ''), else each child is one.
    QList<QHash<QString, qint64>> countByChildStatus(Basis basis, const QList<Period>& periods,
                                                     const Filter& include,
                                                     bool distinctCases) const;
    // How many distinct cases have a stage on `basis` in each period that `include` admits.
    QList<qint64> countCases(Basis basis, const QList<Period>& periods,
                             const Filter& include) const;

private:
    // The children of the population's cases: their statuses, and whether one has an advocate.
    Status loadChildren(const Context& context);
    quint16 intern(const QString& value);

    Period m_span;
    QList<PopulationStage> m_stages;
    QList<quint16> m_childStatuses;
    QStringList m_texts;
    QHash<QString, quint16> m_codes;
};

// The complaint stages received, concluded or worked on in `span`: every member of every
// basis in every period within it.
Query spanning(Query stages, const Period& span);

// A filter admitting the stages of one number (0: any) and procedure (none: any).
StagePopulation::Filter stageFilter(const StagePopulation& population, int number,
                                    std::optional<Procedure> procedure = std::nullopt);

// Counted columns as group() and fill() take them: the counts of `counts`, their total the sum
// of the groups, the query and key what drill-down runs for each figure.
Grouped groupedFrom(const QHash<QString, qint64>& counts, const Query& query, const Key& key);

} // namespace redress::reporting
