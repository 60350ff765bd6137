#pragma once

#include "procedure/DeadlineCalculator.h"
#include "procedure/DeadlineStanding.h"
#include "storage/CaseRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <optional>

namespace redress {

class Session;
class StaffFlagCount;

// The queue of cases, a page at a time: rows are fetched as the view scrolls (keyset
// paging), so it opens at once however many cases there are. Sorting asks the database
// for a new order; it never sorts the rows already loaded.
class CaseQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // In the order shown by default: what identifies the case and what is due first, so a
    // maximised window at 1280x720 shows them without scrolling (CaseQueueView).
    enum Column
    {
        Reference,
        Due,
        WorkingDaysLeft,
        State,
        Kind,
        ProcedureStage,
        Complainant,
        ChildStatus,
        ServiceArea,
        Team,
        Officer,
        Received,
        ColumnCount
    };

    // How urgent a row's deadline is (DeadlineStanding decides).
    using Urgency = DeadlineStanding::Urgency;

    static constexpr int pageSize = 200;
    static constexpr int defaultDueSoonWorkingDays = 5;
    // QSettings key for the due-soon threshold in working days.
    static QString dueSoonSettingsKey();
    // The threshold saved there, or the default.
    static int savedDueSoonWorkingDays();

    // Deadlines count with the session's rules, and follow them when they change.
    explicit CaseQueueModel(Session& session, QObject* parent = nullptr);

    // Loads the filter's first page. The order is the model's own (sort(), setSort()): the
    // filter's sort is ignored.
    void setFilter(const CaseFilter& filter);
    // The filter with the model's sort.
    CaseFilter filter() const;
    void setSort(const CaseSort& sort);
    CaseSort currentSort() const { return m_sort; }
    // Everything again, the staff flags (staffTriggerText()) included. A new filter or sort
    // reads its rows but keeps the flags, counted again only once a case, the rules or the
    // reference data change, or the day does: at a million cases the count takes seconds, so
    // it runs on a worker thread and the flags follow the rows (staffFlagsCounted()).
    void reload();
    const CaseSummary* summaryAt(int row) const;
    QString lastError() const { return m_lastError; }
    // All the rows the filter gives, counted when the filter or sort changes.
    qint64 totalCount() const { return m_totalCount; }
    int dueSoonWorkingDays() const { return m_dueSoonDays; }
    void setDueSoonWorkingDays(int days);
    Urgency urgencyOf(const CaseSummary& row) const;
    // Which deadline the row's due date is; nullopt when its profile cannot say.
    std::optional<Milestone::Kind> dueKindOf(const CaseSummary& row) const;
    // The icon beside a deadline (the queue's working days left, the case's header): a
    // different one for overdue, due today and due soon, so the three differ without colour;
    // null when not urgent.
    static QIcon urgencyIcon(const DeadlineStanding& standing, int dueSoonDays);
    // The first overdue row after `row`, wrapping round to the top, fetching more pages
    // when needed (up to maxPages); -1 if there is none.
    int nextOverdueRow(int row, int maxPages = 50);

    // For a lead or an administrator, on an open complaint naming a member of staff at or over
    // the council's trigger point in the last 12 months: who and how many (one line each), as
    // the reference's tooltip says beside its flag. Empty otherwise.
    QString staffTriggerText(const CaseSummary& row) const;
    // While the staff flags are being counted; the flags shown until then are the last ones.
    bool isCountingStaffFlags() const;
    // Stops counting them and waits until the count's own connection is closed, so a restore
    // can have the database to itself; the next reload counts again.
    void stopCountingStaffFlags();

    static CaseSortColumn sortColumnFor(int column);
    // "Statutory, stage 2"; empty for a case outside the complaints procedures.
    static QString procedureStageText(Procedure procedure, int stage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);
    // The staff flags are counted and shown on the rows loaded (dataChanged on the reference).
    void staffFlagsCounted();

private:
    // The first page and the count for the filter and sort, inside one model reset.
    void loadRows();
    // Reads the next page into m_rows (when empty) or m_pending; gives an error message.
    QString loadPage();
    // Starts counting the complaints to flag for a lead (staffTriggerText()) when stale.
    void loadStaffTriggers();
    void showStaffTriggers(const QHash<qint64, QString>& flags);
    QString deadlineText(const CaseSummary& row) const;
    QString dueText(const CaseSummary& row) const;
    QVariant display(const CaseSummary& row, int column) const;

    void repaintAll();

    Session& m_session;
    CaseFilter m_filter;
    CaseSort m_sort;
    QList<CaseSummary> m_rows;
    QList<CaseSummary> m_pending;
    bool m_loaded = false;
    bool m_exhausted = false;
    qint64 m_totalCount = 0;
    int m_dueSoonDays = defaultDueSoonWorkingDays;
    QString m_lastError;
    // dueKindOf() by case id, until the rows or the rules change.
    mutable QHash<qint64, std::optional<Milestone::Kind>> m_dueKinds;
    // Complaints naming staff at or over the trigger point, by case id, with the text to show.
    QHash<qint64, QString> m_staffTriggers;
    QDate m_staffTriggersCountedOn; // invalid: to be counted at the next load
    StaffFlagCount* m_staffFlagCount = nullptr;
};

} // namespace redress
