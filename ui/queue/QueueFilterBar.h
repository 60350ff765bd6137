#pragma once

#include "storage/CaseQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace redress {

class DateEdit;

class Session;

// The queue's view picker, filters and search box. Choices apply at once; typing in the
// search box applies after a short pause (searchDelayMs), or at once on Return, which also
// asks for the case to be opened when the search finds exactly one. The view and filters are kept
// in QSettings by saveSettings() and read back on construction.
class QueueFilterBar : public QWidget
{
    Q_OBJECT

public:
    // In the order the view picker lists them.
    static const QList<QueueView>& views();
    static constexpr int searchDelayMs = 250;

    // The session's actor is "me", for "My cases" and "My team's cases".
    explicit QueueFilterBar(Session& session, QWidget* parent = nullptr);

    // The chosen view, filters and search (no sort, no paging).
    CaseFilter filter() const;
    QueueView view() const;
    void setView(QueueView view);
    QComboBox* viewPicker() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    void focusSearch();
    void saveSettings() const;

signals:
    void filterChanged();
    // Return was pressed in the search box, after filterChanged() has applied the search:
    // the window opens the case when exactly one is found.
    void searchSubmitted();

protected:
    // Delete in one of the date fields sets it back to "Any".

private:
    void buildChoices(Session& session);
    void fillKinds();
    void refreshKinds();
    void restoreSettings();
    DateEdit* makeDateEdit(const QString& objectName, const QString& accessibleName,
                           const QString& accessibleDescription);

    QString m_me;
    qint64 m_myTeamId = 0;
    QComboBox* m_view = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_officer = nullptr;
    DateEdit* m_receivedFrom = nullptr;
    DateEdit* m_receivedTo = nullptr;
    DateEdit* m_dueFrom = nullptr;
    DateEdit* m_dueTo = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace redress
