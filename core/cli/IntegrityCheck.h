#pragma once

#include "domain/Case.h"
#include "util/Result.h"
#include "workflow/CaseWorkflow.h"

#include <QList>
#include <QString>
#include <optional>

namespace redress::cli {

struct Problem
{
    QString reference; // the case, or "database" for the storage itself
    QString message;
};

// Finds what should never be there: a damaged SQLite file, broken foreign keys, and cases
// whose state, stages, dates or stored deadlines contradict each other or the rules. Reads
// cases a thousand at a time, so it runs in flat memory on any size of database.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(Database& database) : m_database(database) {}

    Result<QList<Problem>> run();
    int casesChecked() const { return m_casesChecked; }

    // The problems of one case, given the rules its deadlines come from.
    static QStringList problemsOf(const Case& record, const CaseWorkflow::Rules& rules,
                                  QDate today);

private:
    Status checkStorage(QList<Problem>& problems);
    Status checkCases(QList<Problem>& problems);
    Status checkDerivedData(QList<Problem>& problems);

    Database& m_database;
    int m_casesChecked = 0;
};

} // namespace redress::cli
