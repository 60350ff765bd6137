#pragma once

#include "domain/CaseKind.h"
#include "procedure/ProcedureProfile.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace redress {

// Where a complaint stands against the time limit (from when the matter arose to receipt).
struct TimeLimitStanding
{
    enum class Kind
    {
        NotKnown,     // no date for the matter, or no receipt date
        Within,       // received on or before the last day
        Late,         // needs a waiver reason
        AfterReceipt, // the matter cannot arise after the complaint came in
    };

    Kind kind = Kind::NotKnown;
    int months = 0;   // the limit applied
    QDate lastDay;    // the last day a complaint is in time
    int daysLate = 0; // Late only

    bool needsWaiver() const { return kind == Kind::Late; }
    // One line for the form: "Within the 12-month time limit (last day 02/11/2021)".
    QString describe() const;
};

// The complaints time limit: the procedure profile's months where it sets one, else the usual
// 12 months. Agrees with CaseWorkflow's check at logging: exactly the limit is in time.
class TimeLimitCheck
{
public:
    static constexpr int defaultMonths = 12;

    explicit TimeLimitCheck(ProcedureCatalog procedures);

    // The months for a complaint under `procedure` received on `receivedOn`.
    int monthsFor(Procedure procedure, QDate receivedOn) const;
    TimeLimitStanding check(Procedure procedure, QDate matterArose, QDate receivedOn) const;
    // Refuses a late complaint without a waiver reason, and a matter after receipt.
    Status accept(const TimeLimitStanding& standing, const QString& waiverReason) const;

    static TimeLimitStanding standing(int months, QDate matterArose, QDate receivedOn);

private:
    ProcedureCatalog m_procedures;
};

} // namespace redress
