#pragma once

#include "import/ImportMapping.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace redress {

// The mapping's entries for some rows only, one rule a line: "when column Type is LGSCO,
// the column Outcome fills LGSCO decision". Lines with the same tested column and values
// make one condition of the mapping.
class ConditionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionsEditor(QWidget* parent = nullptr);

    // Shows the conditions, offering the log's headings.
    void setConditions(const QList<import::ImportCondition>& conditions,
                       const QStringList& headings);
    // The conditions as the lines now say; the values a condition had keep with it.
    QList<import::ImportCondition> conditions() const;

    // Adds a line; `tested` and `column` are headings of the log.
    void addRule(const QString& tested, const QStringList& is, const QString& column,
                 const QString& fieldCode);

signals:
    void changed();

private:
    QTableWidget* m_table = nullptr;
    QStringList m_headings;
    QList<import::ImportCondition> m_loaded; // for the values they carry
};

} // namespace redress
