#pragma once

#include "admin/AdminPage.h"
#include "privacy/Retention.h"

#include <QHash>

class QComboBox;
class QSpinBox;

namespace redress {

class Session;

// Administration › Retention: how long each kind of case is kept after it closes and what
// then happens to it, edited by an administrator; and "Review cases past retention…", which
// lists the cases due today and applies the schedule to them, after asking, on a worker.
class RetentionPage : public AdminPage
{
    Q_OBJECT

public:
    explicit RetentionPage(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void save();
    void review();

    struct Line
    {
        QSpinBox* years = nullptr;
        QComboBox* action = nullptr;
    };
    QHash<CaseKind, Line> m_lines;
};

} // namespace redress
