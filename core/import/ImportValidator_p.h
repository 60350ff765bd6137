#pragma once

// ImportValidator's private half, shared by the files it is split across: the context its
// messages are translated under, and the reader of one source row.

#include "import/CellValue.h"
#include "import/ImportValidator.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress::import {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)
};

inline QString fieldHeader(const QString& code)
{
    const ImportField* field = importField(code);
    return field ? field->header : code;
}

// One source row's cells, read as the mapping says, with each problem recorded where it is.
class ImportValidator::RowReader
{
public:
    RowReader(const ImportValidator& validator, const spreadsheet::SheetRow& row,
              QList<ImportProblem>& problems, const FoldedRow* folded)
        : m_v(validator), m_row(row), m_problems(problems), m_start(problems.size()),
          m_folded(folded), m_condition(validator.conditionFor(row))
    {
        m_columns = m_condition
                        ? &m_v.m_conditionFields.at(m_condition - m_v.m_mapping.when.constData())
                        : &m_v.m_columns;
    }

    bool firstStageBeforeLog() const { return m_folded && m_folded->firstStageBeforeLog; }
    int firstStageInLog() const { return m_folded ? m_folded->firstStage : 1; }

    qint64 number() const { return m_row.number; }
    bool failed() const { return m_problems.size() > m_start; }
    qsizetype mark() const { return m_problems.size(); }
    bool failedSince(qsizetype mark) const { return m_problems.size() > mark; }

    bool has(const QString& code) const
    {
        return !cell::isEmpty(cellOf(code)) || m_v.m_mapping.defaults.contains(code);
    }

    QVariant raw(const QString& code) const
    {
        const QVariant value = cellOf(code);
        if (!cell::isEmpty(value)) {
            if (m_v.m_mapping.unescapeFormulas && value.typeId() == QMetaType::QString) {
                const QString text = value.toString();
                static const QString formulaStarts = QStringLiteral("=+-@\t\r");
                if (text.size() > 1 && text.at(0) == u'\'' && formulaStarts.contains(text.at(1)))
                    return text.mid(1);
            }
            return value;
        }
        const auto it = m_v.m_mapping.defaults.constFind(code);
        return it == m_v.m_mapping.defaults.cend() ? QVariant() : QVariant(*it);
    }

    void problem(const QString& code, const QString& message)
    {
        ImportProblem p;
        p.message = message;
        problem(code, std::move(p));
    }

    // A problem with its advice and the value at fault already filled in.
    void problem(const QString& code, ImportProblem p)
    {
        p.row = m_row.number;
        p.field = code;
        const FoldedCell* folded = foldedCell(code);
        if (folded) {
            if (folded->row > 0)
                p.row = folded->row;
            if (folded->column >= 0 && !cell::isEmpty(folded->value)) {
                p.column = columnLetter(folded->column);
                p.heading = m_v.m_headings.value(folded->column);
            } else {
                p.heading = fieldHeader(code);
            }
            m_problems.append(std::move(p));
            return;
        }
        const auto column = m_columns->constFind(code);
        if (column != m_columns->cend() && !cell::isEmpty(cellOf(code))) {
            p.column = columnLetter(*column);
            p.heading = m_v.m_headings.value(*column);
        } else {
            p.heading = fieldHeader(code);
        }
        m_problems.append(std::move(p));
    }

    QString text(const QString& code) const { return cell::text(raw(code)); }

    QDate date(const QString& code)
    {
        const QVariant value = raw(code);
        if (cell::isEmpty(value))
            return {};
        auto parsed = cell::date(value, m_v.m_mapping.dateOrder);
        if (!parsed) {
            problem(code, parsed.error());
            return {};
        }
        if (parsed.value() > Clock::today())
            problem(code, Text::tr("%1 is in the future").arg(ukDate(parsed.value())));
        return parsed.value();
    }

    bool flag(const QString& code)
    {
        const QVariant value = raw(code);
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        const auto parsed = ImportVocabulary::flag(cell::text(value));
        if (!parsed) {
            problem(
                code,
                Text::tr("\"%1\" is not yes or no (expected Y, N, Yes, No, TRUE, FALSE, 1 or 0)")
                    .arg(cell::text(value)));
            return false;
        }
        return *parsed;
    }

    int number(const QString& code)
    {
        const QVariant value = raw(code);
        if (cell::isEmpty(value))
            return 0;
        auto parsed = cell::wholeNumber(value);
        if (!parsed)
            problem(code, parsed.error());
        return parsed ? parsed.value() : 0;
    }

    qint64 money(const QString& code)
    {
        const QVariant value = raw(code);
        if (cell::isEmpty(value))
            return 0;
        auto parsed = cell::pence(value);
        if (!parsed)
            problem(code, parsed.error());
        return parsed ? parsed.value() : 0;
    }

    // The code for one source value; empty (with a problem) when it is not known.
    QString resolve(const QString& code, const QString& value)
    {
        const ImportField* field = importField(code);
        QString mapped = m_v.m_mapping.mappedValue(code, value, m_condition);
        // A later stage's row of a log of one row per stage fills it from the stage 1 columns,
        // so the values the mapping gives for those are its values too.
        if (mapped.isEmpty() && field->stage > 1 && !m_v.m_mapping.columns.contains(code))
            mapped = m_v.m_mapping.mappedValue(QStringLiteral("stage1.") + field->stageKey, value,
                                               m_condition);
        if (mapped == ImportMapping::ignored()) {
            ++m_v.m_ignored[QStringLiteral("%1: \"%2\"").arg(fieldHeader(code), value)];
            return {};
        }
        const QString wanted = mapped.isEmpty() ? value : mapped;
        auto resolved = m_v.m_vocabulary.resolve(*field, wanted);
        // A service area named as a team is (a log's "Residential Unit" may be both): with
        // --add-missing the service area is added beside the team rather than refused.
        if (resolved && mapped.isEmpty() && m_v.m_addMissing && !namesItsLevel(*field, *resolved))
            resolved.reset();
        if (resolved)
            return *resolved;
        if (mapped.isEmpty() && m_v.m_addMissing && ImportVocabulary::isOpenList(*field)) {
            auto added = m_v.m_addMissing(*field, value);
            if (added)
                return added.value();
            problem(code, added.error());
            return {};
        }
        const QString known = m_v.m_vocabulary.knownValues(*field).join(QStringLiteral(", "));
        ImportProblem p;
        p.value = value;
        if (!mapped.isEmpty()) {
            p.message = Text::tr("the mapping turns \"%1\" into \"%2\", which is not a known value")
                            .arg(value, mapped);
            p.advice = Text::tr("correct the mapping's \"values\" for \"%1\" (known: %2)")
                           .arg(code, known);
        } else {
            p.addable = ImportVocabulary::isOpenList(*field);
            p.message = field->type == FieldType::Team
                            ? Text::tr("\"%1\" is not a known team").arg(value)
                            : Text::tr("\"%1\" is not a known value").arg(value);
            p.advice = p.addable ? Text::tr("map it to a known value in the mapping's \"values\" "
                                            "for \"%1\", or add it to Redress (known: %2)")
                                       .arg(code, known)
                                 : Text::tr("map it to a known value in the mapping's \"values\" "
                                            "for \"%1\" (known: %2)")
                                       .arg(code, known);
        }
        problem(code, std::move(p));
        return {};
    }

    QString code(const QString& code)
    {
        const QString value = text(code);
        return value.isEmpty() ? QString() : resolve(code, value);
    }

    QStringList codes(const QString& code)
    {
        QStringList result;
        for (const QString& part : text(code).split(u';', Qt::SkipEmptyParts)) {
            const QString resolved = resolve(code, part.trimmed());
            if (!resolved.isEmpty() && !result.contains(resolved))
                result << resolved;
        }
        return result;
    }

    qint64 team(const QString& code)
    {
        const QString resolved = this->code(code);
        const ImportField* field = importField(code);
        return resolved.isEmpty() || !field
                   ? 0
                   : m_v.m_vocabulary.orgUnitId(resolved, unitLevelOf(*field)).value_or(0);
    }

private:
    // Whether the unit `code` resolved to can stand in its field: false only for a service
    // area column naming a team.
    bool namesItsLevel(const ImportField& field, const QString& code) const
    {
        if (field.code != u"service_area")
            return true;
        const auto id = m_v.m_vocabulary.orgUnitId(code, unitLevelOf(field));
        const OrgUnit* unit = id ? m_v.m_vocabulary.orgUnit(*id) : nullptr;
        return !unit || unit->level != u"team";
    }

    const FoldedCell* foldedCell(const QString& code) const
    {
        if (!m_folded)
            return nullptr;
        const auto it = m_folded->cells.constFind(code);
        return it == m_folded->cells.cend() ? nullptr : &*it;
    }

    QVariant cellOf(const QString& code) const
    {
        if (const FoldedCell* folded = foldedCell(code))
            return folded->value;
        const auto column = m_columns->constFind(code);
        return column == m_columns->cend() ? QVariant() : m_row.cells.value(*column);
    }

    const ImportValidator& m_v;
    const spreadsheet::SheetRow& m_row;
    QList<ImportProblem>& m_problems;
    qsizetype m_start;
    const FoldedRow* m_folded;
    const ImportCondition* m_condition;
    const QHash<QString, int>* m_columns;
};

} // namespace redress::import
