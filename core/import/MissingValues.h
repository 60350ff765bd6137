#pragma once

#include "import/ImportVocabulary.h"
#include "storage/CaseKindStore.h"
#include "storage/ReferenceData.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace redress::import {

// Adds the values of open lists a log has and Redress does not (`import --add-missing`), in
// the import's own transaction, so that a refused import adds nothing. A new list value gets
// a code made from its wording; a new kind of feedback is the council's own (no response
// clock, counted as other feedback); a new team goes under the service area "Not known" (made,
// under the first portfolio, the first time it is needed), and a new service area under the
// first portfolio, for an administrator to move.
// Each is written with its audit entry as the person importing; until the import writes
// (a dry run, or once a row has had a problem) they are only learnt, not written.
class MissingValues
{
public:
    MissingValues(Database& database, const QString& actor);

    // The code `value` now has in `field`'s list.
    Result<QString> add(ImportVocabulary& vocabulary, const ImportField& field,
                        const QString& value, bool write);

    // What was added, as the summary lists it: "Team: CASS", "Category: Bogus".
    const QStringList& added() const { return m_added; }

private:
    Result<QString> addTerm(ImportVocabulary& vocabulary, const ImportField& field,
                            const QString& value, bool write);
    Result<QString> addKind(ImportVocabulary& vocabulary, const ImportField& field,
                            const QString& value, bool write);
    Result<QString> addTeam(ImportVocabulary& vocabulary, const QString& value, bool write);
    Result<QString> addServiceArea(ImportVocabulary& vocabulary, const QString& value, bool write);
    Result<qint64> firstPortfolio(ImportVocabulary& vocabulary, bool write);
    Result<qint64> notKnownServiceArea(ImportVocabulary& vocabulary, bool write);
    Result<OrgUnit> addUnit(ImportVocabulary& vocabulary, OrgUnit unit, bool write);

    ReferenceData m_reference;
    CaseKindStore m_kinds;
    QStringList m_added;
    qint64 m_provisional = 0; // ids of units learnt but not written: -1, -2…
};

} // namespace redress::import
