#include "StageRows.h"

#include "import/CellValue.h"
#include "import/ImportField.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StageRows)
};

constexpr int ombudsman = 4; // a row's stage when it is the Ombudsman's enquiry

// How an Ombudsman row's reference may end, after its complaint's ("2020/014/LGSCO").
const QRegularExpression& ombudsmanSuffix()
{
    static const QRegularExpression suffix(
        QStringLiteral(R"([\s/_.-]*(?:LGSCO|LGO|OMBUDSMAN|OMB)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return suffix;
}

QString key(const QString& reference)
{
    return reference.trimmed().toUpper();
}

} // namespace

struct StageRows::Row
{
    qsizetype index = 0;
    int stage = 0; // 1..3, ombudsman; 0 when the row says no stage Redress knows
    QString reference;
    QString earlier; // the reference of the row before it, when the row says
    const ImportCondition* condition = nullptr;
};

StageRows::StageRows(const ImportValidator& validator) : m_validator(validator) {}

StageRows::Row StageRows::read(qsizetype index, QList<ImportProblem>& problems) const
{
    const spreadsheet::SheetRow& sheetRow = m_rows.at(index);
    const ImportMapping& mapping = m_validator.mapping();
    Row row;
    row.index = index;
    row.condition = m_validator.conditionFor(sheetRow);
    auto text = [&](const QString& code) {
        const int column = m_validator.columnOf(code, row.condition);
        return column < 0 ? QString() : cell::text(sheetRow.cells.value(column));
    };
    row.reference = text(QStringLiteral("source_reference"));
    if (row.reference.isEmpty())
        row.reference = text(QStringLiteral("reference"));
    const QRegularExpression suffix(
        mapping.stageSuffix.isEmpty() ? ImportMapping::defaultStageSuffix() : mapping.stageSuffix,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch suffixed = suffix.match(row.reference);

    const QString stageText = text(QStringLiteral("stage"));
    if (stageText.isEmpty()) {
        // No stage given: the reference's suffix says it, else it is a stage 1.
        static const QRegularExpression digit(QStringLiteral("([1-3])\\D*$"));
        const auto number = digit.match(suffixed.captured(0));
        row.stage = suffixed.hasMatch() && number.hasMatch() ? number.captured(1).toInt() : 1;
    } else {
        const ImportField* field = importField(u"stage");
        const QString mapped = mapping.mappedValue(field->code, stageText, row.condition);
        const auto code = m_validator.vocabulary().resolve(
            *field, mapped.isEmpty() || mapped == ImportMapping::ignored() ? stageText : mapped);
        if (!code) {
            const int column = m_validator.columnOf(field->code, row.condition);
            ImportProblem p;
            p.row = sheetRow.number;
            p.column = columnLetter(column);
            p.heading = mapping.columns.value(field->code);
            p.field = field->code;
            p.value = stageText;
            p.message = Text::tr("\"%1\" is not a stage Redress knows").arg(stageText);
            p.advice = Text::tr("map it in the mapping's \"values\" for \"stage\" to 1, 2, 3 or "
                                "lgsco (known: %1)")
                           .arg(m_validator.vocabulary().knownValues(*field).join(u", "));
            problems.append(p);
            return row;
        }
        row.stage = *code == u"lgsco" ? ombudsman : code->toInt();
    }

    row.earlier = text(QStringLiteral("linked_reference"));
    if (row.earlier.isEmpty() && row.stage == ombudsman) {
        const auto match = ombudsmanSuffix().match(row.reference);
        if (match.hasMatch())
            row.earlier = row.reference.left(match.capturedStart()).trimmed();
    } else if (row.earlier.isEmpty() && row.stage > 1) {
        // "2020/014/S2" follows "2020/014"; a stage 2 row under its complaint's own reference
        // follows the stage 1 row of that reference.
        row.earlier = suffixed.hasMatch() ? row.reference.left(suffixed.capturedStart()).trimmed()
                                          : row.reference;
    }
    return row;
}

QList<StageRows::Case> StageRows::fold(QList<ImportProblem>& problems) const
{
    QList<Row> rows;
    rows.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        rows.append(read(i, problems));

    // A complaint's rows under each reference a later row may name: its own and, for a
    // suffixed one, the reference without the suffix.
    // ("2020/014/S3" then finds "2020/014/S2" when stage 1 was before the log.)
    const ImportMapping& mapping = m_validator.mapping();
    const QRegularExpression suffix(
        mapping.stageSuffix.isEmpty() ? ImportMapping::defaultStageSuffix() : mapping.stageSuffix,
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QList<qsizetype>> byReference;
    for (const Row& row : std::as_const(rows)) {
        if (row.stage < 1 || row.stage > 3 || row.reference.isEmpty())
            continue;
        byReference[key(row.reference)].append(row.index);
        const QRegularExpressionMatch suffixed = suffix.match(row.reference);
        if (row.stage > 1 && suffixed.hasMatch())
            byReference[key(row.reference.left(suffixed.capturedStart()))].append(row.index);
    }
    // The earliest row of the complaint a row names, if the file has it.
    auto earlierRow = [&](const Row& row) -> const Row* {
        const Row* found = nullptr;
        const int below = row.stage == ombudsman ? ombudsman : row.stage;
        for (qsizetype index : byReference.value(key(row.earlier))) {
            const Row& candidate = rows.at(index);
            if (candidate.stage < below && (!found || candidate.stage < found->stage))
                found = &candidate;
        }
        return found;
    };
    auto rootOf = [&](const Row& row) {
        const Row* root = &row;
        for (int depth = 0; depth < 3 && !root->earlier.isEmpty(); ++depth) {
            const Row* next = earlierRow(*root);
            if (!next)
                break;
            root = next;
        }
        return root;
    };

    QList<Case> cases;
    QHash<qsizetype, QList<const Row*>> complaints; // root row -> the rows of its complaint
    QList<qsizetype> order;
    for (const Row& row : std::as_const(rows)) {
        if (row.stage == 0)
            continue;
        if (row.stage == ombudsman) {
            Case enquiry;
            enquiry.row = m_rows.at(row.index);
            const int stageColumn = m_validator.columnOf(QStringLiteral("stage"), row.condition);
            enquiry.folded.cells.insert(QStringLiteral("kind"), {QStringLiteral("lgsco_enquiry"),
                                                                 enquiry.row.number, stageColumn});
            const Row* complaint = row.earlier.isEmpty() ? nullptr : earlierRow(row);
            enquiry.folded.complaintReference =
                complaint ? rootOf(*complaint)->reference : row.earlier;
            cases.append(enquiry);
            continue;
        }
        const Row* root = rootOf(row);
        if (!complaints.contains(root->index))
            order.append(root->index);
        complaints[root->index].append(&row);
    }
    for (qsizetype rootIndex : std::as_const(order)) {
        QList<const Row*> members = complaints.value(rootIndex);
        std::stable_sort(members.begin(), members.end(),
                         [](const Row* a, const Row* b) { return a->stage < b->stage; });
        const Row& root = rows.at(rootIndex);
        QList<const Row*> kept;
        for (const Row* member : std::as_const(members)) {
            if (!kept.isEmpty() && kept.last()->stage == member->stage) {
                problems.append(sheetProblem(
                    m_rows.at(member->index).number, QStringLiteral("stage"),
                    Text::tr("row %1 is stage %2 of the same complaint (%3); each stage of a "
                             "complaint is on one row")
                        .arg(m_rows.at(kept.last()->index).number)
                        .arg(member->stage)
                        .arg(root.reference)));
                continue;
            }
            kept.append(member);
        }
        if (kept.first()->stage > 2) {
            problems.append(sheetProblem(
                m_rows.at(kept.first()->index).number, QStringLiteral("stage"),
                Text::tr("stage %1 of %2 has neither its stage 1 nor its stage 2 in the log; give "
                         "the row of its stage 2")
                    .arg(kept.first()->stage)
                    .arg(root.reference)));
            continue;
        }
        Case complaint = foldComplaint(kept);
        if (complaint.folded.firstStageBeforeLog)
            complaint.earlierReference = root.earlier;
        cases.append(complaint);
    }
    std::stable_sort(cases.begin(), cases.end(),
                     [](const Case& a, const Case& b) { return a.row.number < b.row.number; });
    return cases;
}

StageRows::Case StageRows::foldComplaint(const QList<const Row*>& rows) const
{
    Case result;
    const Row& first = *rows.first();
    result.row = m_rows.at(first.index);
    result.folded.firstStageBeforeLog = first.stage == 2;
    const auto& fields = importFields();
    // Each row's stage columns (as a stage 1 row has them) fill the stage it is.
    auto fillStage = [&](const Row& row, int number) {
        const spreadsheet::SheetRow& sheetRow = m_rows.at(row.index);
        for (const ImportField& field : fields) {
            if (field.stage != 1)
                continue;
            int column = m_validator.columnOf(field.code, row.condition);
            if (column < 0 && field.stageKey == u"requested_on")
                column = m_validator.columnOf(QStringLiteral("received_on"), row.condition);
            const QString target = QStringLiteral("stage%1.%2").arg(number).arg(field.stageKey);
            result.folded.cells.insert(
                target,
                {column < 0 ? QVariant() : sheetRow.cells.value(column), sheetRow.number, column});
            if (result.folded.firstStageBeforeLog && number == 2)
                result.folded.cells.insert(field.code, {QVariant(), sheetRow.number, -1});
        }
    };
    if (result.folded.firstStageBeforeLog)
        fillStage(first, 2);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const Row& later = *rows.at(i);
        fillStage(later, later.stage);
        // What the case's own columns leave empty on its first row, a later row may give.
        const spreadsheet::SheetRow& sheetRow = m_rows.at(later.index);
        for (const ImportField& field : fields) {
            if (field.stage != 0 || field.code == u"reference" ||
                field.code == u"source_reference" || result.folded.cells.contains(field.code))
                continue;
            const int own = m_validator.columnOf(field.code, first.condition);
            if (own >= 0 && !cell::isEmpty(result.row.cells.value(own)))
                continue;
            const int column = m_validator.columnOf(field.code, later.condition);
            if (column >= 0 && !cell::isEmpty(sheetRow.cells.value(column)))
                result.folded.cells.insert(field.code,
                                           {sheetRow.cells.value(column), sheetRow.number, column});
        }
    }
    return result;
}

} // namespace redress::import
