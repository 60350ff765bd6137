#include "Letters.h"

#include "letters/MergeFields.h"
#include "letters/OdtPackage.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace redress::letters {

Result<ProducedLetter> Letters::fill(const Case& record, const QString& templateName,
                                     const PdfRenderer& pdf) const
{
    auto found = LetterTemplates(m_session.database(), m_session.actor()).find(templateName);
    if (!found)
        return Error{found.error()};
    auto package = OdtPackage::read(found->odt, tr("The letter template \"%1\"").arg(found->title));
    if (!package)
        return Error{package.error()};
    auto values = MergeFields::valuesFor(m_session, record);
    if (!values)
        return Error{values.error()};
    const QByteArray content = package->member(QStringLiteral("content.xml"));
    ProducedLetter letter;
    letter.usedTemplate = found.value();
    for (const QString& field : fieldsIn(content))
        if (values->value(field).isEmpty())
            letter.missing.append(field);
    letter.missing.sort();
    const QByteArray filled = fillFields(content, values.value());
    package->setMember(QStringLiteral("content.xml"), filled);
    letter.odt = package->toBytes();
    if (pdf) {
        auto rendered =
            pdf(QStringLiteral("%1 %2").arg(record.reference, found->title), contentToHtml(filled));
        if (!rendered)
            return Error{rendered.error()};
        letter.pdf = rendered.value();
    }
    return letter;
}

Result<Attachment> Letters::record(const Case& record, const ProducedLetter& letter)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|]+)"));
    const bool asPdf = !letter.pdf.isEmpty();
    const QString fileName =
        QStringLiteral("%1 %2 %3.%4")
            .arg(record.reference, QString(letter.usedTemplate.title).replace(unsafe, u"-"_qs),
                 Clock::today().toString(Qt::ISODate),
                 asPdf ? QStringLiteral("pdf") : QStringLiteral("odt"));
    Result<Attachment> kept = fail(QString());
    const Status written = m_session.database().transaction([&]() -> Status {
        kept = m_session.attachments().add(record.id, fileName, asPdf ? letter.pdf : letter.odt,
                                           tr("Letter: %1").arg(letter.usedTemplate.title));
        if (!kept)
            return Error{kept.error()};
        AuditEntry entry;
        entry.actor = m_session.actor();
        entry.caseId = record.id;
        entry.caseReference = record.reference;
        entry.action = QStringLiteral("letter");
        entry.detail = tr("Letter produced: %1").arg(letter.usedTemplate.title);
        entry.after = {{QStringLiteral("template"), letter.usedTemplate.name},
                       {QStringLiteral("attachment"), fileName},
                       {QStringLiteral("sha256"), kept->sha256}};
        if (!letter.missing.isEmpty())
            entry.after.insert(QStringLiteral("fieldsWithoutValue"),
                               letter.missing.join(QStringLiteral(", ")));
        return m_session.auditLog().append(entry);
    });
    if (!written)
        return Error{written.error()};
    return kept;
}

} // namespace redress::letters
