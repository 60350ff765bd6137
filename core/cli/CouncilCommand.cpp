#include "CouncilCommand.h"

#include "storage/ReferenceData.h"

#include <QDir>
#include <QFile>

namespace redress::cli {

CouncilSetCommand::CouncilSetCommand()
    : Command(QStringLiteral("council set"),
              tr("Set the council's name and logo for report covers (an administrator's change, "
                 "audited)"))
{}

int CouncilSetCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("The council's name, as the cover gives it (\"\" for none)."),
        QStringLiteral("name"));
    const QCommandLineOption logoOption(
        QStringLiteral("logo"),
        tr("The logo: a PNG, JPEG or SVG file of at most %1 KB.").arg(councilLogoMostBytes / 1024),
        QStringLiteral("file"));
    const QCommandLineOption noLogoOption(QStringLiteral("no-logo"),
                                          tr("Take the logo off the cover."));
    parser.addOptions({nameOption, logoOption, noLogoOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(nameOption) && !parser.isSet(logoOption) && !parser.isSet(noLogoOption))
        return usageError(tr("Give --name, --logo or --no-logo"));
    if (parser.isSet(logoOption) && parser.isSet(noLogoOption))
        return usageError(tr("Give --logo or --no-logo, not both"));

    // The file is read before the database is opened, so that a wrong file changes nothing.
    QByteArray logo;
    if (parser.isSet(logoOption)) {
        const QString path = parser.value(logoOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("%1 could not be read: %2. Nothing was changed.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        logo = file.read(councilLogoMostBytes + 1);
        if (auto format = councilLogoFormat(logo, QDir::toNativeSeparators(path)); !format)
            return refusal(format.error(), tr("%1. Nothing was changed.").arg(format.error()));
    }
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    if (Status allowed = session->requireAdministrator(tr("the council's name and logo")); !allowed)
        return failure(allowed.error());
    ReferenceData reference = session->referenceData();
    auto identity = reference.councilIdentity();
    if (!identity)
        return failure(identity.error());
    CouncilIdentity changed = identity.value();
    if (parser.isSet(nameOption))
        changed.name = parser.value(nameOption);
    if (parser.isSet(logoOption))
        changed.logo = logo;
    if (parser.isSet(noLogoOption))
        changed.logo.clear();
    if (Status saved = reference.saveCouncilIdentity(changed); !saved)
        return refusal(saved.error(), tr("%1. Nothing was changed.").arg(saved.error()));
    auto now = reference.councilIdentity();
    if (!now)
        return failure(now.error());
    out() << (now->name.isEmpty() ? tr("Report covers name no council.")
                                  : tr("Report covers name %1.").arg(now->name))
          << u' '
          << (now->hasLogo() ? tr("Logo: %1, %2 KB.")
                                   .arg(now->logoFormat.toUpper())
                                   .arg((now->logo.size() + 1023) / 1024)
                             : tr("No logo."))
          << Qt::endl;
    return ExitSuccess;
}

CouncilShowCommand::CouncilShowCommand()
    : Command(QStringLiteral("council show"),
              tr("Show the council's name and logo on report covers"))
{}

int CouncilShowCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments))
        return *stop;
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto identity = session->referenceData().councilIdentity();
    if (!identity)
        return failure(identity.error());
    out() << tr("Name: %1").arg(identity->name.isEmpty() ? tr("(none)") : identity->name)
          << Qt::endl
          << tr("Logo: %1")
                 .arg(identity->hasLogo() ? tr("%1, %2 KB")
                                                .arg(identity->logoFormat.toUpper())
                                                .arg((identity->logo.size() + 1023) / 1024)
                                          : tr("(none)"))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
