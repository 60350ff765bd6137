// The deadline command's cases, as data: the rules every council's officers check by hand.
#include "CliRun.h"

#include <QTest>

namespace redress::test {

void addDeadlineRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("due");
    auto row = [](const char* name, const char* procedure, int stage, const char* from,
                  bool extended, const char* due) {
        QStringList arguments{QStringLiteral("--procedure"), QLatin1String(procedure),
                              QStringLiteral("--stage"),     QString::number(stage),
                              QStringLiteral("--from"),      QLatin1String(from)};
        if (extended)
            arguments << QStringLiteral("--extended");
        QTest::newRow(name) << arguments << QString::fromLatin1(due);
    };
    row("statutory 1 over Christmas", "statutory", 1, "2020-12-21", false, "2021-01-07");
    row("statutory 1 extended: the 20th working day", "statutory", 1, "2020-12-21", true,
        "2021-01-21");
    // Day 1 is the Monday after the Saturday of receipt, as if received on the Friday.
    row("statutory 1 from a Saturday", "statutory", 1, "2020-12-19", false, "2021-01-06");
    row("statutory 1 typed as in the UK", "statutory", 1, "21/12/2020", false, "2021-01-07");
    row("statutory 2 across Easter and early May", "statutory", 2, "2021-03-29", false,
        "2021-05-06");
    row("statutory 3: the panel", "statutory", 3, "2021-01-04", false, "2021-02-15");
    row("corporate 1", "corporate", 1, "2020-12-21", false, "2021-01-07");
    row("corporate 2 across Easter", "corporate", 2, "2021-03-29", false, "2021-04-28");
    row("corporate 1 under the Code", "corporate", 1, "2026-04-01", false, "2026-04-17");
    row("concern across VE day 2020", "concern", 1, "2020-05-04", false, "2020-05-12");
}

void addDeadlineRefusalRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString from = QStringLiteral("--from");
    const QString procedure = QStringLiteral("--procedure");
    const QString stage = QStringLiteral("--stage");
    QTest::newRow("unknown procedure")
        << QStringList{procedure, QStringLiteral("welsh"),     stage, QStringLiteral("1"),
                       from,      QStringLiteral("2021-01-04")}
        << 1 << QStringLiteral("There is no procedure \"welsh\"");
    QTest::newRow("no such stage")
        << QStringList{procedure, QStringLiteral("corporate"), stage, QStringLiteral("3"),
                       from,      QStringLiteral("2021-01-04")}
        << 1 << QStringLiteral("has no stage 3");
    QTest::newRow("no deadline") << QStringList{procedure, QStringLiteral("compliment"),
                                                stage,     QStringLiteral("1"),
                                                from,      QStringLiteral("2021-01-04")}
                                 << 1 << QStringLiteral("has no response deadline");
    QTest::newRow("stage not a number")
        << QStringList{procedure, QStringLiteral("statutory"), stage, QStringLiteral("two"),
                       from,      QStringLiteral("2021-01-04")}
        << 2 << QStringLiteral("--stage needs a stage number");
    QTest::newRow("ISO impossible date")
        << QStringList{procedure, QStringLiteral("statutory"), stage, QStringLiteral("1"),
                       from,      QStringLiteral("2021-02-31")}
        << 2 << QStringLiteral("2021-02-31 is not a real date (expected YYYY-MM-DD)");
    QTest::newRow("UK impossible date")
        << QStringList{procedure, QStringLiteral("statutory"), stage, QStringLiteral("1"),
                       from,      QStringLiteral("31/02/2021")}
        << 2 << QStringLiteral("2021-02-31 is not a real date (expected YYYY-MM-DD)");
    QTest::newRow("not a date") << QStringList{procedure, QStringLiteral("statutory"),
                                               stage,     QStringLiteral("1"),
                                               from,      QStringLiteral("soon")}
                                << 2 << QStringLiteral("\"soon\" is not a date");
    QTest::newRow("no procedure") << QStringList{stage, QStringLiteral("1"), from,
                                                 QStringLiteral("2021-01-04")}
                                  << 2 << QStringLiteral("--procedure");
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("--db"),
                       QStringLiteral("/nonexistent/redress.sqlite"),
                       procedure,
                       QStringLiteral("statutory"),
                       stage,
                       QStringLiteral("1"),
                       from,
                       QStringLiteral("2021-01-04")}
        << 1 << QStringLiteral("There is no Redress database at /nonexistent/redress.sqlite");
}

} // namespace redress::test
