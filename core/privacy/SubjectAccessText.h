#pragma once

#include <QString>

namespace redress {

class ReferenceLabels;
struct SubjectAccessRecord;

// The package's readable document: the person's record, each case in words (labels, UK
// dates), the audit trail, and the third parties to review before it is sent, marked.
QString subjectAccessHtml(const SubjectAccessRecord& record, const ReferenceLabels& labels);

} // namespace redress
