#include "LetterCommand.h"

#include "letters/LetterTemplates.h"
#include "letters/Letters.h"
#include "storage/CaseRepository.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

LetterCommand::LetterCommand()
    : Command(QStringLiteral("letter"),
              tr("Write a letter for a case from a letter template (ODT or PDF)"))
{}

int LetterCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("The case's reference."),
                                        QStringLiteral("reference"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), tr("The template's name or title, e.g. acknowledgement."),
        QStringLiteral("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("odt (to edit) or pdf (default: from --out)."),
                                          QStringLiteral("format"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the file if it exists already."));
    const QCommandLineOption allowMissingOption(
        QStringLiteral("allow-missing"),
        tr("Write the letter even though some merge fields have no value (they stay marked "
           "in it)."));
    const QCommandLineOption actorOption(
        QStringLiteral("actor"),
        tr("Who the audit trail names (default: your login; on a team server always the login)."),
        tr("name"));
    parser.addOptions({caseOption, templateOption, formatOption, outOption, forceOption,
                       allowMissingOption, actorOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (parser.value(caseOption).trimmed().isEmpty())
        return usageError(tr("Name the case with --case REFERENCE"));
    if (parser.value(templateOption).trimmed().isEmpty())
        return usageError(tr("Name the letter template with --template NAME"));
    if (parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("Name the file to write with --out FILE"));
    const QString target = QFileInfo(parser.value(outOption)).absoluteFilePath();
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption).toLower()
                                                      : QFileInfo(target).suffix().toLower();
    if (format != u"odt" && format != u"pdf")
        return usageError(tr("--format is odt or pdf, not \"%1\"").arg(format));
    if (format == u"pdf" && !m_pdf)
        return failure(tr("This program cannot lay out PDF; write the letter with --format odt"));
    const bool overwrite = parser.isSet(forceOption);
    if (Status allowed = safeoutput::checkTarget(target, outputRules(parser, overwrite)); !allowed)
        return failure(allowed.error());

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code, parser.value(actorOption));
    if (!session)
        return code;
    auto record = session->cases().loadByReference(parser.value(caseOption).trimmed());
    if (!record)
        return failure(record.error());
    letters::Letters letters(*session);
    auto letter = letters.fill(record.value(), parser.value(templateOption), m_pdf);
    if (!letter)
        return failure(letter.error());
    if (!letter->missing.isEmpty()) {
        QStringList fields;
        for (const QString& field : letter->missing)
            fields.append(u"{{" + field + u"}}");
        const QString list = fields.join(QStringLiteral(", "));
        if (!parser.isSet(allowMissingOption))
            return failure(tr("These merge fields have no value for %1: %2. Record them on the "
                              "case, or run again with --allow-missing to leave them marked in "
                              "the letter. Nothing was written.")
                               .arg(record->reference, list));
        err() << tr("Left without a value (marked in the letter): %1").arg(list) << Qt::endl;
    }
    Result<Attachment> kept = fail(QString());
    const Status written = session->database().transaction([&]() -> Status {
        kept = letters.record(record.value(), letter.value());
        if (!kept)
            return Error{kept.error()};
        return safeoutput::writeBytes(target, overwrite,
                                      format == u"pdf" ? letter->pdf : letter->odt);
    });
    if (!written)
        return failure(written.error());
    out() << tr("Wrote %1; kept with %2 as file %3 (%4)")
                 .arg(QDir::toNativeSeparators(target), record->reference)
                 .arg(kept->id)
                 .arg(kept->fileName)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
