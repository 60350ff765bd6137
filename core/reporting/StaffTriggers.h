#pragma once

#include "domain/Period.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace redress {

class Database;

// Members of staff named in complaints, counted over a rolling 12 months against the trigger
// point the council sets (Administration, `redress-cli settings staff-threshold`). One member
// of staff is the same name and job title, compared case-insensitively with spaces trimmed
// from both ends, on every complaint that names them.
struct StaffNamedCount
{
    QString name;     // as the most recent complaint spells it
    QString jobTitle; // likewise
    qint64 complaints = 0;
    QList<qint64> caseIds; // the complaints counted, ascending
};

class StaffTriggers
{
public:
    // The 12 months ending on `last`, both ends included.
    static Period window(QDate last);

    // Everyone named in a complaint (stage 1 requested) in the 12 months to `last`, most named
    // first, each with the complaints naming them.
    static Result<QList<StaffNamedCount>> counts(Database& database, QDate last);

    // Those at or over the council's trigger point in the 12 months to `last`, by complaint:
    // for each case naming one of them, who and how many.
    static Result<QHash<qint64, QList<StaffNamedCount>>> reached(Database& database, QDate last);

    // "Named in 4 complaints in 12 months: Jo Bloggs (Social worker)", one line per person.
    static QString describe(const QList<StaffNamedCount>& people);
};

} // namespace redress
