#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace redress {

class Session;

// The signed-in officer's start page: a reminder line, then their lists (MyWorkLists), each
// case with its deadline in words and an icon (never colour alone); Enter or a double-click
// opens the case. The reminder window, in working days before a deadline, is the officer's
// own setting, the same one the queue marks deadlines "due soon" by. When they last looked is
// kept per user in the database (LastLooked), so it follows them to any computer: changes by
// others are counted from the previous start until they mark them seen.
class MyWorkView : public QWidget
{
    Q_OBJECT

public:
    explicit MyWorkView(Session& session, QWidget* parent = nullptr);

    // Reads the lists again.
    void reload();
    QTreeWidget* lists() const { return m_lists; }
    int reminderDays() const;

    // From now on, only changes made after this moment are "changed by others".
    void markSeen();

signals:
    void openCaseRequested(qint64 caseId);
    // The officer changed their reminder window (saved already).
    void reminderDaysChanged(int workingDays);

private:
    void open(QTreeWidgetItem* item);

    Session& m_session;
    QDateTime m_sinceUtc; // changes by others after this are listed
    QLabel* m_reminder = nullptr;
    QLabel* m_error = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QPushButton* m_markSeen = nullptr;
    QTreeWidget* m_lists = nullptr;
};

} // namespace redress
