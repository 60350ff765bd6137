#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace redress {

class Session;

// The labels a case view shows for the codes a case holds: the administrator's lists
// (channel, complainant role, child status, category, outcome, remedy type, learning theme)
// and the fixed ones (learning action status, what a cost was for). A code no longer in its
// list shows as itself rather than as nothing.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    CaseLabels() = default;
    // Reads the lists; on failure gives the message and leaves the labels empty.
    QString load(Session& session);

    QString label(const QString& taxonomy, const QString& code) const;
    static QString learningStatus(const QString& code);
    static QString costKind(const QString& code);

private:
    QHash<QString, QString> m_labels; // "taxonomy/code" -> label
};

} // namespace redress
