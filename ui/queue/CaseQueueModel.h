#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "storage/CaseRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace redress {

class Database;

// The queue of cases, a page at a time: rows are fetched as the view scrolls, so it opens
// at once however many cases there are.
class CaseQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Kind,
        ProcedureStage,
        Complainant,
        Team,
        Officer,
        Received,
        Due,
        WorkingDaysLeft,
        State,
        ColumnCount
    };

    static constexpr int pageSize = 200;

    CaseQueueModel(Database& database, WorkingDayCalendar calendar, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void reload();
    const CaseSummary* summaryAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    // Reads the next page into m_rows (when empty) or m_pending; gives an error message.
    QString loadPage();
    int workingDaysLeft(const CaseSummary& row) const;

    Database& m_database;
    WorkingDayCalendar m_calendar;
    CaseFilter m_filter;
    QList<CaseSummary> m_rows;
    QList<CaseSummary> m_pending;
    bool m_exhausted = false;
    QString m_lastError;
};

} // namespace redress
