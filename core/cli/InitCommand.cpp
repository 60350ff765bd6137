#include "InitCommand.h"

#include "storage/Schema.h"

namespace redress::cli {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"),
              tr("Create a database, or upgrade one to this version's schema"))
{}

int InitCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments))
        return *stop;
    auto where = location(parser);
    if (!where)
        return usageError(where.error());

    // Read the version before migrating, to say what init did. Opening unmigrated refuses a
    // file that is not a database without touching it.
    int before = 0;
    {
        auto existing = Database::openUnmigrated(where.value());
        if (!existing)
            return failure(existing.error());
        auto version = (*existing)->schemaVersion();
        if (!version)
            return failure(version.error());
        before = version.value();
    }
    auto database = Database::open(where.value(), Database::Mode::CreateOrUpgrade);
    if (!database)
        return failure(database.error());
    auto after = (*database)->schemaVersion();
    if (!after)
        return failure(after.error());

    const QString place = where->describe();
    if (before == 0)
        out() << tr("Created %1 (schema version %2)").arg(place).arg(after.value()) << Qt::endl;
    else if (before < after.value())
        out() << tr("Upgraded %1 from schema version %2 to %3")
                     .arg(place)
                     .arg(before)
                     .arg(after.value())
              << Qt::endl;
    else
        out() << tr("%1 is up to date (schema version %2)").arg(place).arg(after.value())
              << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
