#include "SubjectAccessCommand.h"

#include "storage/CaseRepository.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

SubjectAccessCommand::SubjectAccessCommand()
    : Command(QStringLiteral("subject-access"),
              tr("Write everything held about one person to a zip file (JSON and PDF)"))
{}

int SubjectAccessCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          tr("The person's number (shown by \"case show\")."),
                                          QStringLiteral("id"));
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        tr("Or: the complainant of this case."),
                                        QStringLiteral("reference"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The zip file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the file if it exists already."));
    parser.addOptions({personOption, caseOption, outOption, forceOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (parser.isSet(personOption) == parser.isSet(caseOption))
        return usageError(tr("Name the person with --person ID or --case REFERENCE (one of them)"));
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("Name the zip file to write with --out FILE"));
    bool isNumber = false;
    qint64 personId = parser.value(personOption).toLongLong(&isNumber);
    if (parser.isSet(personOption) && (!isNumber || personId <= 0))
        return usageError(
            tr("--person takes a number, not \"%1\"").arg(parser.value(personOption)));
    const QString target = QFileInfo(parser.value(outOption)).absoluteFilePath();
    const bool overwrite = parser.isSet(forceOption);
    if (Status allowed = safeoutput::checkTarget(target, outputRules(parser, overwrite)); !allowed)
        return failure(allowed.error());

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    if (parser.isSet(caseOption)) {
        auto record = session->cases().loadByReference(parser.value(caseOption).trimmed());
        if (!record)
            return failure(record.error());
        if (record->complainant.id == 0)
            return failure(tr("Case %1 has no complainant recorded").arg(record->reference));
        personId = record->complainant.id;
    }
    auto written = SubjectAccess(*session).writePackage(personId, target, overwrite, m_pdf);
    if (!written)
        return failure(written.error());
    out() << tr("Wrote %1: %n case(s) they brought", nullptr, int(written->cases.size()))
                 .arg(QDir::toNativeSeparators(target))
          << tr(", %n other case(s) naming them", nullptr, int(written->mentioning.size()))
          << tr(", %n audit entry/entries", nullptr, int(written->audit.size())) << Qt::endl;
    if (!written->thirdParties.isEmpty())
        out() << tr("Review before sending: %n other person/people named (listed at the end of "
                    "the document)",
                    nullptr, int(written->thirdParties.size()))
              << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
