#pragma once

#include "storage/ReferenceData.h"
#include "util/Result.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;

namespace redress {

class Session;

// What every administration tab shares: the reference data it edits, and a line that says
// whether the last save worked. A failed save leaves what was typed in place.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(Session& session, const QString& objectName, QWidget* parent = nullptr);

    // Called when the tab comes forward: refresh choices that other tabs may have changed.
    virtual void refreshChoices() {}

protected:
    ReferenceData& reference() { return m_reference; }
    Session& session() const { return m_session; }
    QLabel* messageLine() const { return m_message; }
    void showError(const QString& message);
    void showDone(const QString& message);
    // Shows the error and gives false when `status` failed.
    bool check(const Status& status);
    // Makes a change of the calendar or timescales and recomputes the open cases' stored
    // deadlines in the same transaction (Session::changeDeadlineRules). On success gives a
    // sentence saying how many cases' deadlines moved; on failure shows why and gives nothing.
    std::optional<QString> changeDeadlineRules(const QString& reason,
                                               const std::function<Status()>& change);

    // Gives a control the names tests find it by and screen readers announce.
    template <typename Widget>
    static Widget* named(Widget* widget, const QString& objectName, const QString& accessibleName)
    {
        widget->setObjectName(objectName);
        widget->setAccessibleName(accessibleName);
        return widget;
    }

private:
    Session& m_session;
    ReferenceData m_reference; // audited as the session's actor
    QLabel* m_message = nullptr;
};

// dd/MM/yyyy, or empty for an invalid date.
QString adminDate(QDate date);

} // namespace redress
