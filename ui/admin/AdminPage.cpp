#include "AdminPage.h"

#include "session/Session.h"
#include "util/UkFormat.h"

#include <QLabel>

namespace redress {

AdminPage::AdminPage(Session& session, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_session(session), m_reference(session.referenceData())
{
    setObjectName(objectName);
    m_message = new QLabel(this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setAccessibleName(tr("Result of the last change"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

void AdminPage::showError(const QString& message)
{
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_message->setText(message);
    m_message->setProperty("failed", true);
    m_message->show();
}

void AdminPage::showDone(const QString& message)
{
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #e7f5e9; color: #0b4d1a; padding: 6px; }"));
    m_message->setText(message);
    m_message->setProperty("failed", false);
    m_message->show();
}

bool AdminPage::check(const Status& status)
{
    if (status)
        return true;
    showError(status.error());
    return false;
}

std::optional<QString> AdminPage::changeDeadlineRules(const QString& reason,
                                                      const std::function<Status()>& change)
{
    auto refreshed = m_session.changeDeadlineRules(reason, change);
    if (!refreshed) {
        showError(refreshed.error());
        return std::nullopt;
    }
    if (refreshed->casesChanged == 0)
        return tr("No open case's deadline changed.");
    return tr("The deadlines of %n open case(s) were recomputed.", nullptr,
              refreshed->casesChanged);
}

QString adminDate(QDate date)
{
    return date.isValid() ? ukDate(date) : QString();
}

} // namespace redress
