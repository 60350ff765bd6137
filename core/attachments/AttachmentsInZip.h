#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QList>

namespace redress {

class Attachments;

namespace exporting {
class ZipWriter;
}

// Puts the files attached to `cases` into a package being written (a subject access
// package): each under attachments/REFERENCE/, with attachments.json listing them (name, type,
// size, SHA-256, who added it and when), so the person gets the documents themselves.
// Gives how many files were added.
Result<int> addAttachmentsToZip(const Attachments& files, const QList<Case>& cases,
                                exporting::ZipWriter& zip);

} // namespace redress
