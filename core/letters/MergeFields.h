#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace redress {

class Session;

namespace letters {

// A merge field a template may use, written {{name}}.
struct MergeField
{
    QString name;        // "case.reference"
    QString description; // what it is filled with, as the guide and Administration show it
};

// The merge fields Redress fills, and their values for one case on one day. The one list:
// the user guide's table, the Letters page and the check of a new template all read it.
class MergeFields
{
    Q_DECLARE_TR_FUNCTIONS(MergeFields)

public:
    static const QList<MergeField>& all();
    static bool isKnown(const QString& name);

    // Every field's value for `record` as it stands today; a field with nothing to say is
    // left out (the letter then lists it as missing).
    static Result<QHash<QString, QString>> valuesFor(Session& session, const Case& record);
};

} // namespace letters
} // namespace redress
