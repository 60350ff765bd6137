#pragma once

#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

struct CouncilKind;

// The timescales of one stage, in working days. Every deadline in Redress comes from one of
// these and the working-day calendar; none is a literal in code.
struct StageRule
{
    enum class ClockStart
    {
        Receipt,                    // day 0 is the day the stage was requested (received)
        Acknowledgement,            // day 0 is the acknowledgement (corporate, LGSCO Code)
        StatementAgreedElseRequest, // statutory stage 2
    };

    int number = 1;
    QString name;
    ClockStart clockStart = ClockStart::Receipt;
    int acknowledgementDays = 0; // due this many working days after the request; 0 = none
    int responseDays = 0;        // 0 = no response deadline (compliments, comments)
    int maxResponseDays = 0;     // the most an extension may allow in total; == responseDays: none
    // Working days after the previous stage's response within which the complainant may ask
    // for this stage; nullopt = no limit.
    std::optional<int> escalationWindowDays;
    // Statutory stage 3: panel within panelDays of the request, its report within
    // panelReportDays of the panel, and the response within responseDays of the report.
    int panelDays = 0;
    int panelReportDays = 0;

    bool isExtendable() const { return maxResponseDays > responseDays; }
    bool hasPanel() const { return panelDays > 0; }
};

// A procedure's timescales from the date they take effect: "statutory", "corporate",
// "concern", and one per enquiry kind.
struct ProcedureProfile
{
    QString code;
    QString name;
    QDate effectiveFrom;
    bool applyClosureDays = false; // local closure days stop the clock only if the council says so
    // A request received on a non-working day is treated as received on the next working
    // day, which is then day 0 (and so for every clock start). Off, day 1 is the first working
    // day after the day of receipt, whatever day that was, as the regulations read.
    bool receivedOnNextWorkingDay = false;
    int timeLimitMonths = 0; // complaints older than this need a waiver; 0 = no limit
    QList<StageRule> stages;

    // A case has at most three stages (the statutory procedure's); a council may run its
    // corporate procedure with one, two or three.
    static constexpr int maxStages = 3;

    int stageCount() const { return int(stages.size()); }
    const StageRule* stage(int number) const;
    // Whether a council may change how many stages this procedure has: the statutory stages
    // are set by the regulations and every other kind of case has one.
    bool stagesCanChange() const;
    // Removes stages from the end, or adds ones modelled on the last stage's timescales.
    // Refused, changing nothing, when stagesCanChange() is false or `count` is not 1 to 3.
    Status setStageCount(int count);

    QJsonObject toJson() const;
    // `where` names the source in messages, e.g. "procedures.json: profiles[2]".
    static Result<ProcedureProfile> fromJson(const QJsonObject& json, const QString& where);
};

// Every version of every profile; picks the one in force on a date.
class ProcedureCatalog
{
public:
    ProcedureCatalog() = default;
    explicit ProcedureCatalog(QList<ProcedureProfile> profiles);

    // {"profiles":[ … ]}; refused with the profile, stage and field that are wrong.
    static Result<ProcedureCatalog> fromJson(const QByteArray& json, const QString& sourceName);
    // The defaults shipped in :/profiles/procedures.json.
    static ProcedureCatalog defaults();

    QByteArray toJson() const;
    const QList<ProcedureProfile>& profiles() const { return m_profiles; }
    QStringList codes() const;

    // The version of `code` in force on `date` (the latest effectiveFrom <= date; for a date
    // before every version, the earliest). Refused for an unknown code.
    // A council's own kind of feedback has no profile stored: its one stage's clock is the
    // kind's days, on the same calendar and receipt rule as every profile's default.
    Result<ProcedureProfile> profileFor(const QString& code, QDate date) const;
    static ProcedureProfile councilKindProfile(const CouncilKind& kind);

private:
    QList<ProcedureProfile> m_profiles;
};

} // namespace redress
