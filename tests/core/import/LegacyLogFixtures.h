#pragma once

// A team's legacy log as the import tests write it, and the mapping an administrator confirms
// for it: shared by the import tests so that each builds its own files the same way.

#include "TestSupport.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>

namespace redress::test {

using namespace redress::import;

inline const QDate today(2021, 6, 30);

inline const QString legacyHeadings = QStringLiteral(
    "Complaint Ref,Date Received,Type,Service Area,Category,How received,Date acknowledged,"
    "Extended (Y/N),Stage 1 Response,Outcome,Date escalated,Stage 2 response,Stage 2 outcome,"
    "Complainant");

// A team's log as they kept it: UK dates in several forms, "Partly upheld", Y/N, and a team
// under the name it had before a restructure.
inline const QStringList legacyRows{
    QStringLiteral("2020/001,03/06/2020,Complaint,Family Support North Team,Communication,Email,"
                   "04/06/2020,N,15/06/2020,Partly upheld,,,,Alex Example"),
    QStringLiteral("2020/002,10-Jun-20,Complaint,Assessment team,Staff conduct or attitude,"
                   "Telephone,11/06/2020,Y,01/07/2020,Not upheld,,,,Sam Sample"),
    QStringLiteral("2020/003,1 September 2020,Complaint,Fostering,Communication; Delay or failure "
                   "to act,Letter,02/09/2020,N,2020-09-14,Upheld,21/09/2020,12/11/2020,Upheld,"
                   "Alex Example"),
};

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

inline QString legacyLog(const QTemporaryDir& dir, const QStringList& rows = legacyRows,
                         const QString& name = QStringLiteral("log.csv"))
{
    return writeFile(dir, name, legacyHeadings + u'\n' + rows.join(u'\n') + u'\n');
}

// The guessed mapping as the administrator confirms it: the old team name mapped.
inline ImportMapping confirmedMapping(Database& db, const QString& path)
{
    Importer importer(db, QStringLiteral("admin"));
    ImportOptions options;
    options.dryRun = true;
    auto guessed = importer.run(path, options);
    if (!guessed)
        qFatal("%s", qPrintable(guessed.error()));
    ImportMapping mapping = guessed->mapping;
    mapping.values[QStringLiteral("team")][QStringLiteral("Family Support North Team")] =
        QStringLiteral("family_support_north");
    return mapping;
}

inline qint64 count(Database& db, const char* statement)
{
    return sql::scalar(db.sql(), QString::fromLatin1(statement)).value().toLongLong();
}

inline Result<ImportResult> importWith(Database& db, const QString& path,
                                       const ImportMapping& mapping)
{
    ImportOptions options;
    options.mapping = mapping;
    return Importer(db, QStringLiteral("admin")).run(path, options);
}

inline QString problemsText(const ImportResult& result)
{
    QStringList lines;
    for (const ImportProblem& problem : result.problems)
        lines << problem.toText(result.fileName);
    return lines.join(u'\n');
}

} // namespace redress::test
