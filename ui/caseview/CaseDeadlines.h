#pragma once

#include "domain/Case.h"
#include "procedure/DeadlineCalculator.h"
#include "procedure/DeadlineStanding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace redress {

class CaseLabels;
class Session;

// A case's deadlines as its view shows them, every one labelled with what it asks for:
// while the current stage awaits acknowledgement both "Acknowledge by …" and "Respond by …",
// the panel and its report where the stage has them, and a row of text per stage.
class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)

public:
    struct Pending
    {
        Milestone milestone;
        DeadlineStanding standing;
    };

    CaseDeadlines(const Session& session, const Case& record, QDate today);

    // The current stage's steps still to do that have a date, earliest first; empty when the
    // case has no clock running (responded, closed, withdrawn).
    const QList<Pending>& pending() const { return m_pending; }
    // One line for the case's header, e.g. "Acknowledge by 08/12/2026 (Due in 2 working days)
    // · Respond by 18/12/2026 (Due in 8 working days)".
    QString headerText() const;

    static QStringList stageHeadings();
    QStringList stageRow(const Stage& stage, const CaseLabels& labels) const;

private:
    std::optional<DeadlineCalculator> calculator(const Stage& stage) const;
    // A step of the stage: done, still to do by its date, or missed once nothing runs.
    QString step(const QString& doneText, QDate done, const std::optional<Milestone>& milestone,
                 bool running) const;

    const Session& m_session;
    const Case& m_case;
    QDate m_today;
    QList<Pending> m_pending;
};

} // namespace redress
