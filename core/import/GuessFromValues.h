#pragma once

#include "import/ImportMapping.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace redress::import {

class ImportVocabulary;

// Corrects a mapping guessed from headings by what the columns hold: a "Complainant" column
// of "Parent" and "Young person" is the complainant's role, not their name; a Y/N "Advocate"
// column says whether there was one; a column of "Stage 1", "Stage 2" is the stage of a log of
// one row per stage, and a column of other rows' references links them.
void refineByValues(ImportMapping& mapping, const QStringList& headings,
                    const QList<QVariantList>& sampleRows, const ImportVocabulary& vocabulary);

// The stage suffix the references of a log of one row per stage end with, as a pattern for
// ImportMapping::stageSuffix: "/S[1-3]$" for "2020/014/S2", "\s*STAGE\s*[1-3]$" for
// "2020/014 stage 2". The commonest when they differ; empty when none has one.
QString guessStageSuffix(const QStringList& references);

} // namespace redress::import
