#pragma once

#include "TestSupport.h"
#include "cli/CommandRunner.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace redress::test {

// What one in-process run of redress-cli printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs redress-cli in this process with its output captured; PDF and ODT reports need the
// program's document writer (ReportDocument::write), which the core tests do without.
inline CliRun runCli(const QStringList& arguments, const ReportDocumentWriter& writer = {})
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CommandRunner runner;
    runner.setStreams(&out, &err);
    if (writer)
        runner.setReportDocumentWriter(writer);
    run.code = runner.run(QStringList{QStringLiteral("redress-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

// The --db or --db-url arguments that name a test database.
inline QStringList databaseArguments(const DatabaseLocation& location)
{
    if (location.isSqlite())
        return {QStringLiteral("--db"), location.filePath};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(location.host);
    url.setPort(location.port);
    url.setUserName(location.user);
    url.setPassword(location.password);
    url.setPath(u'/' + location.databaseName);
    if (!location.options.isEmpty())
        url.setQuery(QString(location.options).replace(u';', u'&'));
    return {QStringLiteral("--db-url"), url.toString()};
}

// Rows for TestCli::deadline and TestCli::deadlineRefusals (DeadlineRows.cpp).
void addDeadlineRows();
void addDeadlineRefusalRows();

} // namespace redress::test
