#include "AttachmentsInZip.h"

#include "attachments/Attachments.h"
#include "export/ZipWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace redress {

Result<int> addAttachmentsToZip(const Attachments& files, const QList<Case>& cases,
                                exporting::ZipWriter& zip)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|]+)"));
    QJsonArray index;
    for (const Case& record : cases) {
        auto listed = files.list(record.id);
        if (!listed)
            return Error{listed.error()};
        for (const Attachment& item : listed.value()) {
            auto content = files.content(item.id);
            if (!content)
                return Error{content.error()};
            // Numbered, so two files of one name on a case both go in.
            const QString path =
                QStringLiteral("attachments/%1/%2 %3")
                    .arg(QString(record.reference).replace(unsafe, QStringLiteral("-")))
                    .arg(item.id)
                    .arg(QString(item.fileName).replace(unsafe, QStringLiteral("-")));
            zip.add(path, content.value());
            index.append(QJsonObject{
                {QStringLiteral("caseReference"), record.reference},
                {QStringLiteral("file"), path},
                {QStringLiteral("name"), item.fileName},
                {QStringLiteral("mediaType"), item.mediaType},
                {QStringLiteral("size"), item.size},
                {QStringLiteral("sha256"), item.sha256},
                {QStringLiteral("description"), item.description},
                {QStringLiteral("addedBy"), item.addedBy},
                {QStringLiteral("addedAt"), item.addedAtUtc.toString(Qt::ISODateWithMs)}});
        }
    }
    if (!index.isEmpty())
        zip.add(QStringLiteral("attachments.json"),
                QJsonDocument(index).toJson(QJsonDocument::Indented));
    return int(index.size());
}

} // namespace redress
