#pragma once

#include "attachments/Attachments.h"
#include "domain/Case.h"
#include "letters/LetterTemplates.h"
#include "privacy/SubjectAccess.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace redress {

class Session;

namespace letters {

struct ProducedLetter
{
    LetterTemplate usedTemplate;
    QByteArray odt;      // the filled template
    QByteArray pdf;      // the same laid out on A4 pages, when a renderer was given
    QStringList missing; // merge fields with no value for this case, left as written
};

// A letter filled from a template and a case, and the record on the case that it was sent.
class Letters
{
    Q_DECLARE_TR_FUNCTIONS(Letters)

public:
    explicit Letters(Session& session) : m_session(session) {}

    // Fills the template named (or titled) `templateName` from the case as it stands today.
    // A merge field with no value is listed in `missing` and left as written in the letter,
    // never blanked, so the officer sees it before anything is sent.
    Result<ProducedLetter> fill(const Case& record, const QString& templateName,
                                const PdfRenderer& pdf) const;
    // Keeps the letter with the case (the PDF, or the ODT when there is none) and records in
    // the audit trail that it was produced: when, from which template, by whom.
    Result<Attachment> record(const Case& record, const ProducedLetter& letter);

private:
    Session& m_session;
};

} // namespace letters
} // namespace redress
