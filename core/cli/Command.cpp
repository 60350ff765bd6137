#include "Command.h"

#include "storage/DefaultLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace redress::cli {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

QTextStream& standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name)), m_description(std::move(description)),
      m_dbOption(QStringLiteral("db"),
                 Text::tr("The SQLite database file (default: the desktop app's)."),
                 QStringLiteral("path")),
      m_urlOption(QStringLiteral("db-url"),
                  Text::tr("A PostgreSQL database instead: postgresql://user@host:port/database"),
                  QStringLiteral("url")),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."))
{}

Command::~Command() = default;

void Command::setStreams(QTextStream* out, QTextStream* err)
{
    m_out = out;
    m_err = err;
}

QTextStream& Command::out()
{
    return m_out ? *m_out : standardOutput();
}

QTextStream& Command::err()
{
    return m_err ? *m_err : standardError();
}

void Command::setSignIn(CredentialStore* store, AskSignIn ask)
{
    m_credentials = store;
    m_askSignIn = std::move(ask);
}

int Command::failure(const QString& message)
{
    // Every refusal says something, even when a lower layer forgot to.
    err() << (message.trimmed().isEmpty()
                  ? Text::tr("%1 failed without a reason being given. Run \"redress-cli check\" to "
                             "see whether the database is sound, then try again.")
                        .arg(m_name)
                  : message)
          << Qt::endl;
    return ExitFailure;
}

int Command::refusal(const QString& reason, const QString& message)
{
    static const QRegularExpression saysSo(QStringLiteral("\\bnothing was \\w+"),
                                           QRegularExpression::CaseInsensitiveOption);
    return failure(saysSo.match(reason).hasMatch() ? reason : message);
}

int Command::usageError(const QString& message)
{
    err() << message << u'\n'
          << Text::tr("Run \"redress-cli %1 --help\" for its options.").arg(m_name) << Qt::endl;
    return ExitUsage;
}

QString Command::usageLine(const QStringList& positionals) const
{
    QString line = Text::tr("Usage: redress-cli %1 [options]").arg(m_name);
    for (const QString& positional : positionals)
        line += u' ' + positional;
    return line;
}

std::optional<int> Command::parse(QCommandLineParser& parser, const QStringList& arguments,
                                  const QStringList& positionals)
{
    parser.setApplicationDescription(m_description);
    parser.addOption(m_dbOption);
    parser.addOption(m_urlOption);
    parser.addOption(m_helpOption);
    if (!parser.parse(QStringList{QStringLiteral("redress-cli")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(m_helpOption)) {
        // Qt's first line names the executable's path; ours names the command.
        QString help = parser.helpText();
        help = usageLine(positionals) + help.mid(help.indexOf(u'\n'));
        out() << help;
        out().flush();
        return ExitSuccess;
    }
    const QStringList given = parser.positionalArguments();
    // "[LIST]" may be left out; "VALUE…" takes one or more.
    const qsizetype required =
        std::count_if(positionals.begin(), positionals.end(),
                      [](const QString& positional) { return !positional.startsWith(u'['); });
    const bool variadic = !positionals.isEmpty() && positionals.last().endsWith(u'…');
    if (given.size() < required)
        return usageError(Text::tr("Give the %1").arg(positionals.at(given.size())));
    if (given.size() > positionals.size() && !variadic)
        return usageError(Text::tr("Unexpected argument \"%1\"").arg(given.at(positionals.size())));
    if (parser.isSet(m_dbOption) && parser.isSet(m_urlOption))
        return usageError(Text::tr("Give --db or --db-url, not both"));
    return std::nullopt;
}

bool Command::databaseNamed(const QCommandLineParser& parser) const
{
    return parser.isSet(m_dbOption) || parser.isSet(m_urlOption);
}

Result<DatabaseLocation> Command::location(const QCommandLineParser& parser) const
{
    if (parser.isSet(m_urlOption))
        return DatabaseLocation::fromUrl(parser.value(m_urlOption));
    if (parser.isSet(m_dbOption))
        return DatabaseLocation::sqliteFile(parser.value(m_dbOption));
    return DatabaseLocation::sqliteFile(defaultDatabasePath());
}

std::unique_ptr<Database> Command::open(const QCommandLineParser& parser, Database::Mode mode,
                                        int& code)
{
    auto where = location(parser);
    if (!where) {
        code = usageError(where.error());
        return nullptr;
    }
    // Each person signs in to a team server as their own login (ServerSignIn).
    ServerSignIn signIn(m_credentials, m_askSignIn);
    auto database = signIn.open(where.value(), mode);
    for (const QString& notice : signIn.notices())
        err() << notice << Qt::endl;
    if (!database) {
        code = failure(database.error());
        return nullptr;
    }
    code = ExitSuccess;
    return std::move(database).value();
}

std::unique_ptr<Session> Command::openSession(const QCommandLineParser& parser, Database::Mode mode,
                                              int& code, const QString& actor)
{
    auto database = open(parser, mode, code);
    if (!database)
        return nullptr;
    auto session = Session::start(std::move(database), actor);
    if (!session) {
        code = failure(session.error());
        return nullptr;
    }
    return std::move(session).value();
}

safeoutput::Rules Command::outputRules(const QCommandLineParser& parser, bool overwrite,
                                       const QStringList& inputs) const
{
    safeoutput::Rules rules;
    if (auto where = location(parser))
        rules.databaseFiles = where->sqliteFiles();
    rules.inputFiles = inputs;
    rules.overwrite = overwrite;
    return rules;
}

Result<QDate> Command::parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression uk(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    const QString trimmed = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto match = iso.match(trimmed); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else if (const auto ukMatch = uk.match(trimmed); ukMatch.hasMatch()) {
        year = ukMatch.captured(3).toInt();
        month = ukMatch.captured(2).toInt();
        day = ukMatch.captured(1).toInt();
    } else {
        return fail(Text::tr("\"%1\" is not a date (expected YYYY-MM-DD)").arg(text));
    }
    const QDate date(year, month, day);
    // Named the same way whichever form was typed, so the message shows the expected form.
    if (!date.isValid())
        return fail(Text::tr("%1 is not a real date (expected YYYY-MM-DD)")
                        .arg(QStringLiteral("%1-%2-%3")
                                 .arg(year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'))));
    return date;
}

} // namespace redress::cli
