#pragma once

#include "domain/Case.h"
#include "domain/CaseJson.h"
#include "util/Result.h"

#include <QString>
#include <optional>

namespace redress::import {

class ImportVocabulary;

// The lists a case holds (points, children, remedies, learning, staff named, costs,
// suspensions, reopenings, notes, Ombudsman recommendations) as one JSON array per export
// column, so an export carries every part of a case and imports back whole. The format is
// in docs/import-mapping.md.
namespace details {

// The list a JSON field ("points_json"…) holds; none for a code that is not one.
std::optional<CaseJson::Part> partOf(const QString& fieldCode);
// Compact JSON for the field ("points_json"…); empty when the case has none.
QString toJson(const QString& fieldCode, const Case& record, const ImportVocabulary& vocabulary);
// Adds the parts the JSON describes to `record`. Suspensions need the stages in place.
Status apply(const QString& fieldCode, const QString& json, Case& record,
             const ImportVocabulary& vocabulary);

} // namespace details

} // namespace redress::import
