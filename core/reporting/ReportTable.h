#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>
#include <optional>

namespace redress {

// What a count counts. Every table says which; the definitions are in docs/reports.md.
enum class Basis
{
    Received,       // started in the period: stage requested (complaints) or case received
    Concluded,      // ended in the period: responded to, or withdrawn or closed without one
    WorkedOn,       // open at any time in the period: started by its end, not ended before it
    CarriedForward, // started before the period and not ended when it began
    Ongoing,        // started by the end of the period and not ended by then
    Due,            // deadline in the period (the Ombudsman's recommendations)
    Mixed,          // each row or column states its own basis
    Figures,        // figures an administrator entered for the year, not counts of cases
};

QList<Basis> allBases();
QString basisCode(Basis basis); // stable: "received", "worked_on"…
std::optional<Basis> basisFromCode(QStringView code);
QString basisLabel(Basis basis);      // translated
QString basisDefinition(Basis basis); // translated, one sentence

enum class ColumnKind
{
    Label,   // the row's name
    Count,   // a whole number of cases (or of what the column's unit says)
    Percent, // one decimal place, from counts
    Days,    // working days, one decimal place
    Money,   // pence
    Change,  // ↑ ↓ ↔
    Rate,    // per 1,000, one decimal place
    Figure,  // a number an administrator entered
    Date,    // ISO date
    Text,    // anything else shown as it is
};

QString columnKindCode(ColumnKind kind);

struct ReportColumn
{
    QString id; // stable, for drill-down and export
    QString label;
    ColumnKind kind = ColumnKind::Count;
    // Set where the column counts on another basis than its table.
    std::optional<Basis> basis;
    // What a count column counts: "cases" (the default: casesBehind gives exactly those), or
    // "points", "children", "remedies", "actions", "recommendations" (casesBehind gives the
    // cases they belong to).
    QString unit = QStringLiteral("cases");
    // Whether the item rows of a section add up to its total. False where categories overlap
    // (one complaint with points in several categories) and for averages and rates.
    bool additive = true;
};

enum class RowRole
{
    Item,  // one category; the items of a section add up to its total
    Total, // the section's total
    Memo,  // a figure shown with the section but not part of its sum (e.g. "with an advocate")
};

struct ReportRow
{
    QString key; // stable within the table, for drill-down
    RowRole role = RowRole::Item;
    int level = 0;   // 1: a part of the level-0 item above it (a team within its service)
    int section = 0; // rows of one section share a total
    std::optional<Basis> basis; // set where the row counts on another basis than its table
    QVariantList cells;         // one per column; null where there is no figure

    bool isTotal() const { return role == RowRole::Total; }
};

// One table of a report, as data: rendering to screen, chart, document or CSV is elsewhere.
class ReportTable
{
public:
    ReportTable() = default;
    ReportTable(QString id, QString title, Basis basis);

    const QString& id() const { return m_id; }
    const QString& title() const { return m_title; }
    Basis basis() const { return m_basis; }
    const QString& note() const { return m_note; }
    void setNote(QString note) { m_note = std::move(note); }
    const QList<ReportColumn>& columns() const { return m_columns; }
    const QList<ReportRow>& rows() const { return m_rows; }

    ReportColumn& addColumn(ReportColumn column);
    ReportColumn& addColumn(const QString& id, const QString& label, ColumnKind kind);
    int columnIndex(QStringView id) const; // -1 when absent
    const ReportColumn* column(QStringView id) const;
    ReportColumn* column(QStringView id);

    // Adds a row in the current section; the label goes in the first Label column.
    ReportRow& addRow(const QString& key, const QString& label, RowRole role = RowRole::Item,
                      int level = 0);
    // Rows added from now on belong to a new section with its own total.
    void newSection() { ++m_section; }
    int rowIndex(QStringView key) const; // -1 when absent
    const ReportRow* row(QStringView key) const;
    ReportRow* row(QStringView key);
    // The total row of the row's section, or nullptr.
    const ReportRow* sectionTotal(const ReportRow& row) const;

    void setCell(QStringView rowKey, QStringView columnId, const QVariant& value);
    QVariant cell(QStringView rowKey, QStringView columnId) const;

    // Fills `percentColumn` with each row's count in `countColumn` as a share of its section's
    // total, so a table's percentages always come from its counts.
    void fillPercent(QStringView countColumn, QStringView percentColumn);
    // Fills the arrow and the percentage change from two count columns.
    void fillChange(QStringView currentColumn, QStringView previousColumn, QStringView arrowColumn,
                    QStringView percentColumn);

    QJsonObject toJson() const;

    // part/whole as a percentage rounded half up to one decimal place on the exact fraction;
    // null when whole is 0.
    static QVariant percent(qint64 part, qint64 whole);
    // ↑ ↓ ↔
    static QString arrow(qint64 current, qint64 previous);
    // (current - previous) / previous as a percentage, one decimal place, the magnitude rounded
    // half up; null when previous is 0.
    static QVariant changePercent(qint64 current, qint64 previous);
    // sum/count to one decimal place (average working days); null when count is 0.
    static QVariant average(qint64 sum, qint64 count);
    // count per `per` of base, one decimal place; null when base is 0.
    static QVariant rate(qint64 count, qint64 base, qint64 per);
    // numerator/denominator in tenths, rounded half away from zero.
    static qint64 roundedTenths(qint64 numerator, qint64 denominator);
    // For people: "54.2", "£1,250.00", "118", "↑".
    static QString format(const QVariant& value, ColumnKind kind);

private:
    QString m_id;
    QString m_title;
    Basis m_basis = Basis::Received;
    QString m_note;
    QList<ReportColumn> m_columns;
    QList<ReportRow> m_rows;
    int m_section = 0;
};

} // namespace redress
