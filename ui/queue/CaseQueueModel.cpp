#include "CaseQueueModel.h"

#include "storage/Database.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace redress {

CaseQueueModel::CaseQueueModel(Database& database, WorkingDayCalendar calendar, QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_calendar(std::move(calendar))
{
    m_filter.openOnly = true;
}

void CaseQueueModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseQueueModel::reload()
{
    // The first page is loaded inside the reset, so views never see a reset and an insert
    // interleaved.
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_lastError.clear();
    const QString error = loadPage();
    endResetModel();
    if (!error.isEmpty())
        emit loadFailed(error);
}

QString CaseQueueModel::loadPage()
{
    CaseFilter page = m_filter;
    page.limit = pageSize;
    page.offset = int(m_rows.size());
    auto rows = CaseRepository(m_database).list(page);
    if (!rows) {
        m_exhausted = true;
        m_lastError = rows.error();
        return rows.error();
    }
    m_exhausted = rows->size() < pageSize;
    m_pending = std::move(rows).value();
    if (m_rows.isEmpty())
        m_rows.swap(m_pending);
    return {};
}

const CaseSummary* CaseQueueModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseQueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    if (const QString error = loadPage(); !error.isEmpty()) {
        emit loadFailed(error);
        return;
    }
    if (m_pending.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + m_pending.size() - 1));
    m_rows.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

int CaseQueueModel::workingDaysLeft(const CaseSummary& row) const
{
    return m_calendar.workingDaysBetween(Clock::today(), row.dueOn);
}

QVariant CaseQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary& row = m_rows.at(index.row());
    const bool hasDeadline = row.dueOn.isValid();
    const int left = hasDeadline ? workingDaysLeft(row) : 0;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Reference:
            return row.reference;
        case Kind:
            return caseKindLabel(row.kind);
        case ProcedureStage:
            return row.procedure == Procedure::None
                       ? QString()
                       : tr("%1, stage %2").arg(procedureLabel(row.procedure)).arg(row.stage);
        case Complainant:
            return row.complainantName;
        case Team:
            return row.teamName;
        case Officer:
            return row.officer;
        case Received:
            return ukDate(row.receivedOn);
        case Due:
            return ukDate(row.dueOn);
        case WorkingDaysLeft:
            if (!hasDeadline)
                return QString();
            // Text as well as colour, so the state never depends on seeing red.
            return left < 0 ? tr("%n overdue", nullptr, -left) : QString::number(left);
        case State:
            return caseStateLabel(row.state);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && hasDeadline && left < 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && hasDeadline && left < 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Reference)
        return row.summary;
    if (role == Qt::UserRole)
        return row.id;
    return {};
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Kind:
        return tr("Kind");
    case ProcedureStage:
        return tr("Procedure and stage");
    case Complainant:
        return tr("Complainant");
    case Team:
        return tr("Team");
    case Officer:
        return tr("Officer");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case WorkingDaysLeft:
        return tr("Working days left");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace redress
