#pragma once

#include "domain/Case.h"

#include <QWidget>

class QTableWidget;

namespace redress {

class CaseLabels;

// The parts of a case shown read-only, each a table: the people (complainant, children,
// advocacy), notes, and linked cases either way round (Enter or double-click
// opens the linked case).
class CaseSections : public QObject
{
    Q_OBJECT

public:
    explicit CaseSections(QWidget* parent);

    QWidget* peoplePage() const { return m_people; }
    QTableWidget* notes() const { return m_notes; }
    QTableWidget* links() const { return m_links; }

    // `links` are the case's links read from both ends (linkedCases()); codes are shown by
    // their `labels`.
    void show(const Case& record, const QList<CaseLink>& links, const CaseLabels& labels);

signals:
    void openCaseRequested(qint64 caseId);

private:
    static QString reopenedText(const Case& record);
    QWidget* m_people = nullptr;
    QTableWidget* m_complainant = nullptr;
    QTableWidget* m_children = nullptr;
    QTableWidget* m_notes = nullptr;
    QTableWidget* m_links = nullptr;
};

} // namespace redress
