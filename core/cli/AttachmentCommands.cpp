#include "AttachmentCommands.h"

#include "attachments/Attachments.h"
#include "cli/TextTable.h"
#include "storage/CaseRepository.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

namespace {

QString nameOf(AttachmentCommand::Kind kind)
{
    switch (kind) {
    case AttachmentCommand::Kind::Add:
        return QStringLiteral("attachment add");
    case AttachmentCommand::Kind::List:
        return QStringLiteral("attachment list");
    case AttachmentCommand::Kind::Get:
        return QStringLiteral("attachment get");
    case AttachmentCommand::Kind::Remove:
        return QStringLiteral("attachment remove");
    }
    return {};
}

QString descriptionOf(AttachmentCommand::Kind kind)
{
    switch (kind) {
    case AttachmentCommand::Kind::Add:
        return AttachmentCommand::tr("Attach files to a case (kept in the database)");
    case AttachmentCommand::Kind::List:
        return AttachmentCommand::tr("List the files attached to a case");
    case AttachmentCommand::Kind::Get:
        return AttachmentCommand::tr("Save a copy of a file attached to a case");
    case AttachmentCommand::Kind::Remove:
        return AttachmentCommand::tr("Remove a file from a case, saying why");
    }
    return {};
}

} // namespace

AttachmentCommand::AttachmentCommand(Kind kind)
    : Command(nameOf(kind), descriptionOf(kind)), m_kind(kind)
{}

int AttachmentCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("The case's reference."),
                                        QStringLiteral("reference"));
    const QCommandLineOption idOption(QStringLiteral("id"),
                                      tr("The file's number (shown by \"attachment list\")."),
                                      QStringLiteral("number"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the file if it exists already."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          tr("Why the file is removed (kept in the audit trail)."),
                                          QStringLiteral("text"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"),
                                               tr("What the files are, as the case shows them."),
                                               QStringLiteral("text"));
    const QCommandLineOption actorOption(
        QStringLiteral("actor"),
        tr("Who the audit trail names (default: your login; on a team server always the login)."),
        tr("name"));
    parser.addOptions({caseOption, actorOption});
    QStringList positionals;
    switch (m_kind) {
    case Kind::Add:
        parser.addOption(descriptionOption);
        positionals = {QStringLiteral("FILE…")};
        break;
    case Kind::List:
        break;
    case Kind::Get:
        parser.addOptions({idOption, outOption, forceOption});
        break;
    case Kind::Remove:
        parser.addOptions({idOption, reasonOption});
        break;
    }
    if (auto stop = parse(parser, arguments, positionals))
        return *stop;
    if (parser.value(caseOption).trimmed().isEmpty())
        return usageError(tr("Name the case with --case REFERENCE"));
    qint64 id = 0;
    if (m_kind == Kind::Get || m_kind == Kind::Remove) {
        bool isNumber = false;
        id = parser.value(idOption).toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return usageError(
                tr("Name the file with --id NUMBER (\"attachment list\" shows them)"));
    }
    if (m_kind == Kind::Get && parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("Name the file to write with --out FILE"));
    if (m_kind == Kind::Remove && parser.value(reasonOption).trimmed().isEmpty())
        return usageError(tr("Say why the file is removed with --reason TEXT"));
    const QString target = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (m_kind == Kind::Get)
        if (Status allowed =
                safeoutput::checkTarget(target, outputRules(parser, parser.isSet(forceOption)));
            !allowed)
            return failure(allowed.error());

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code, parser.value(actorOption));
    if (!session)
        return code;
    auto record = session->cases().loadByReference(parser.value(caseOption).trimmed());
    if (!record)
        return failure(record.error());
    Attachments files = session->attachments();
    if (id > 0) {
        auto found = files.find(id);
        if (!found)
            return failure(found.error());
        if (found->caseId != record->id)
            return failure(tr("File %1 is not attached to %2; nothing was done")
                               .arg(id)
                               .arg(record->reference));
    }

    switch (m_kind) {
    case Kind::Add: {
        // Each file is checked before any is added, so a mistake in the list adds none.
        const QStringList paths = parser.positionalArguments();
        auto limit = files.sizeLimit();
        if (!limit)
            return failure(limit.error());
        for (const QString& path : paths) {
            const QFileInfo file(path);
            if (!file.isFile())
                return failure(tr("%1 is not a file; nothing was attached")
                                   .arg(QDir::toNativeSeparators(path)));
            if (file.size() > limit.value())
                return failure(tr("\"%1\" is %2, larger than the %3 a file attached to a case "
                                  "may be (an administrator sets this). Nothing was attached.")
                                   .arg(file.fileName(), Attachments::sizeText(file.size()),
                                        Attachments::sizeText(limit.value())));
        }
        for (const QString& path : paths) {
            auto added = files.addFile(record->id, path, parser.value(descriptionOption).trimmed());
            if (!added)
                return failure(added.error());
            out() << tr("Attached %1 to %2 as file %3 (%4, SHA-256 %5)")
                         .arg(added->fileName, record->reference)
                         .arg(added->id)
                         .arg(Attachments::sizeText(added->size), added->sha256)
                  << Qt::endl;
        }
        return ExitSuccess;
    }
    case Kind::List: {
        auto listed = files.list(record->id);
        if (!listed)
            return failure(listed.error());
        if (listed->isEmpty()) {
            out() << tr("No files are attached to %1").arg(record->reference) << Qt::endl;
            return ExitSuccess;
        }
        TextTable table({tr("Number"), tr("Name"), tr("Size"), tr("Added"), tr("By"),
                         tr("Description"), tr("SHA-256")});
        for (const Attachment& item : listed.value())
            table.addRow(
                {QString::number(item.id), item.fileName, Attachments::sizeText(item.size),
                 item.addedAtUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 item.addedBy, item.description, item.sha256});
        table.print(out());
        return ExitSuccess;
    }
    case Kind::Get: {
        auto content = files.content(id);
        if (!content)
            return failure(content.error());
        if (Status written =
                safeoutput::writeBytes(target, parser.isSet(forceOption), content.value());
            !written)
            return failure(written.error());
        out() << tr("Wrote %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
        return ExitSuccess;
    }
    case Kind::Remove: {
        if (Status removed = files.remove(id, parser.value(reasonOption)); !removed)
            return failure(removed.error());
        out() << tr("Removed file %1 from %2").arg(id).arg(record->reference) << Qt::endl;
        return ExitSuccess;
    }
    }
    return ExitFailure;
}

} // namespace redress::cli
