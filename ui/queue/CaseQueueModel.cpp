#include "CaseQueueModel.h"

#include "StaffFlagCount.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/UkFormat.h"
#include "workflow/CaseWorkflow.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QSettings>
#include <QStyle>

namespace redress {

QString CaseQueueModel::dueSoonSettingsKey()
{
    return QStringLiteral("queue/dueSoonWorkingDays");
}

int CaseQueueModel::savedDueSoonWorkingDays()
{
    return qMax(0, QSettings().value(dueSoonSettingsKey(), defaultDueSoonWorkingDays).toInt());
}

CaseQueueModel::CaseQueueModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_staffFlagCount(new StaffFlagCount(this))
{
    connect(m_staffFlagCount, &StaffFlagCount::counted, this, &CaseQueueModel::showStaffTriggers);
    m_filter.openOnly = true;
    m_dueSoonDays = savedDueSoonWorkingDays();
    connect(&m_session, &Session::rulesChanged, this, &CaseQueueModel::repaintAll);
    // Whoever reloads the queue next counts the staff flags again.
    for (auto changed :
         {&Session::casesChanged, &Session::rulesChanged, &Session::referenceDataChanged})
        connect(&m_session, changed, this, [this] { m_staffTriggersCountedOn = {}; });
}

void CaseQueueModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    loadRows();
}

void CaseQueueModel::repaintAll()
{
    m_dueKinds.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

CaseFilter CaseQueueModel::filter() const
{
    CaseFilter result = m_filter;
    result.sort = m_sort;
    return result;
}

void CaseQueueModel::setSort(const CaseSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_loaded)
        loadRows();
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    setSort({sortColumnFor(column), order == Qt::DescendingOrder});
}

CaseSortColumn CaseQueueModel::sortColumnFor(int column)
{
    switch (Column(column)) {
    case Reference:
        return CaseSortColumn::Reference;
    case Kind:
        return CaseSortColumn::Kind;
    case ProcedureStage:
        return CaseSortColumn::ProcedureStage;
    case Complainant:
        return CaseSortColumn::Complainant;
    case ChildStatus:
        return CaseSortColumn::ChildStatus;
    case ServiceArea:
        return CaseSortColumn::ServiceArea;
    case Team:
        return CaseSortColumn::Team;
    case Officer:
        return CaseSortColumn::Officer;
    case Received:
        return CaseSortColumn::Received;
    case State:
        return CaseSortColumn::State;
    case Due:
    case WorkingDaysLeft:
    case ColumnCount:
        break;
    }
    return CaseSortColumn::Due;
}

QString CaseQueueModel::procedureStageText(Procedure procedure, int stage)
{
    return procedure == Procedure::None
               ? QString()
               : tr("%1, stage %2").arg(procedureLabel(procedure)).arg(stage);
}

void CaseQueueModel::setDueSoonWorkingDays(int days)
{
    m_dueSoonDays = qMax(0, days);
    repaintAll();
}

void CaseQueueModel::reload()
{
    m_staffTriggersCountedOn = {};
    loadRows();
}

void CaseQueueModel::loadRows()
{
    // The first page is loaded inside the reset, so views never see a reset and an insert
    // interleaved.
    beginResetModel();
    m_loaded = true;
    m_rows.clear();
    m_pending.clear();
    m_dueKinds.clear();
    m_exhausted = false;
    m_lastError.clear();
    m_totalCount = 0;
    loadStaffTriggers();
    QString error = loadPage();
    if (error.isEmpty()) {
        auto total = m_session.cases().count(filter());
        if (total)
            m_totalCount = total.value();
        else
            error = m_lastError = total.error();
    }
    endResetModel();
    if (!error.isEmpty())
        emit loadFailed(error);
}

void CaseQueueModel::loadStaffTriggers()
{
    const QDate today = Clock::today();
    if (m_staffTriggersCountedOn == today)
        return;
    m_staffTriggersCountedOn = today;
    if (m_session.role() == Session::Role::Officer) {
        m_staffFlagCount->cancel();
        m_staffTriggers.clear();
        return;
    }
    // Until the count ends the rows keep the flags counted last (none at the first load).
    m_staffFlagCount->start(m_session.database().location(), today);
}

void CaseQueueModel::showStaffTriggers(const QHash<qint64, QString>& flags)
{
    m_staffTriggers = flags;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Reference), index(int(m_rows.size()) - 1, Reference),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    emit staffFlagsCounted();
}

bool CaseQueueModel::isCountingStaffFlags() const
{
    return m_staffFlagCount->isRunning();
}

void CaseQueueModel::stopCountingStaffFlags()
{
    m_staffFlagCount->cancelAndWait();
    m_staffTriggersCountedOn = {};
}

QString CaseQueueModel::staffTriggerText(const CaseSummary& row) const
{
    if (row.state == CaseState::Closed || row.state == CaseState::Withdrawn)
        return {};
    return m_staffTriggers.value(row.id);
}

QString CaseQueueModel::loadPage()
{
    CaseFilter page = filter();
    page.limit = pageSize;
    page.offset = 0;
    if (!m_rows.isEmpty())
        page.after = m_rows.last();
    auto rows = m_session.cases().list(page);
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
    return !parent.isValid() && m_loaded && !m_exhausted;
}

void CaseQueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || !m_loaded)
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

int CaseQueueModel::nextOverdueRow(int row, int maxPages)
{
    for (int pages = 0;; ++pages) {
        for (int r = qMax(0, row + 1); r < m_rows.size(); ++r)
            if (urgencyOf(m_rows.at(r)) == Urgency::Overdue)
                return r;
        if (!canFetchMore({}) || pages >= maxPages)
            break;
        const int before = int(m_rows.size());
        fetchMore({});
        row = qMax(row, before - 1);
    }
    for (int r = 0; r <= row && r < m_rows.size(); ++r)
        if (urgencyOf(m_rows.at(r)) == Urgency::Overdue)
            return r;
    return -1;
}

CaseQueueModel::Urgency CaseQueueModel::urgencyOf(const CaseSummary& row) const
{
    return m_session.standingOf(row).urgency(m_dueSoonDays);
}

std::optional<Milestone::Kind> CaseQueueModel::dueKindOf(const CaseSummary& row) const
{
    if (!row.dueOn.isValid())
        return std::nullopt;
    if (const auto known = m_dueKinds.constFind(row.id); known != m_dueKinds.cend())
        return known.value();
    // The same calculation that set the due date, on the stage's dates the row carries.
    Case record;
    record.kind = row.kind;
    record.procedure = row.procedure;
    record.receivedOn = row.receivedOn;
    std::optional<Milestone::Kind> kind;
    const CaseWorkflow::Rules& rules = m_session.rules();
    if (auto profile = rules.profileFor(record, row.currentStage)) {
        const DeadlineCalculator calculator(rules.calendar(), profile.value());
        if (const auto next = calculator.nextMilestone(row.currentStage, Clock::today()))
            kind = next->kind;
    }
    m_dueKinds.insert(row.id, kind);
    return kind;
}

QString CaseQueueModel::dueText(const CaseSummary& row) const
{
    if (!row.dueOn.isValid())
        return {};
    const auto kind = dueKindOf(row);
    return kind ? milestoneDueText(*kind, row.dueOn) : ukDate(row.dueOn);
}

QIcon CaseQueueModel::urgencyIcon(const DeadlineStanding& standing, int dueSoonDays)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (standing.urgency(dueSoonDays)) {
    case Urgency::Overdue:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Urgency::DueSoon:
        icon =
            standing.isDueToday() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        break;
    case Urgency::None:
        return {};
    }
    return QApplication::style()->standardIcon(icon);
}

QString CaseQueueModel::deadlineText(const CaseSummary& row) const
{
    const DeadlineStanding standing = m_session.standingOf(row);
    if (!standing.isRunning())
        return {};
    // Words as well as colour and icon, so the state never depends on seeing red; a case
    // with time in hand shows only its number.
    if (standing.urgency(m_dueSoonDays) == Urgency::None)
        return QString::number(standing.workingDaysLeft());
    return standing.description();
}

QVariant CaseQueueModel::display(const CaseSummary& row, int column) const
{
    switch (Column(column)) {
    case Reference:
        return row.reference;
    case Kind:
        return caseKindLabel(row.kind);
    case ProcedureStage:
        return procedureStageText(row.procedure, row.stage);
    case Complainant:
        return row.complainantName;
    case ChildStatus:
        return row.childStatus;
    case ServiceArea:
        return row.serviceArea;
    case Team:
        return row.teamName;
    case Officer:
        return row.officer;
    case Received:
        return ukDate(row.receivedOn);
    case Due:
        return dueText(row);
    case WorkingDaysLeft:
        return deadlineText(row);
    case State:
        return caseStateLabel(row.state);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::AccessibleTextRole: {
        const QString trigger = index.column() == Reference ? staffTriggerText(row) : QString();
        return trigger.isEmpty() ? display(row, index.column())
                                 : tr("%1, staff trigger point reached. %2")
                                       .arg(display(row, index.column()).toString(), trigger);
    }
    case Qt::ToolTipRole: {
        if (index.column() != Reference)
            return {};
        const QString trigger = staffTriggerText(row);
        if (trigger.isEmpty())
            return row.summary;
        const QString flag = tr("Staff trigger point reached:\n%1").arg(trigger);
        return row.summary.isEmpty() ? flag : row.summary + QStringLiteral("\n\n") + flag;
    }
    case Qt::UserRole:
        return row.id;
    default:
        break;
    }
    if (role == Qt::DecorationRole && index.column() == Reference)
        return staffTriggerText(row).isEmpty()
                   ? QVariant()
                   : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    const Urgency urgency = urgencyOf(row);
    if (urgency == Urgency::None)
        return {};
    const bool overdue = urgency == Urgency::Overdue;
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() != WorkingDaysLeft)
            return {};
        return urgencyIcon(m_session.standingOf(row), m_dueSoonDays);
    case Qt::BackgroundRole:
        return QBrush(overdue ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xff, 0xf4, 0xce));
    case Qt::ForegroundRole:
        return QBrush(overdue ? QColor(0xb0, 0x00, 0x20) : QColor(0x5c, 0x44, 0x00));
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        break;
    }
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
    case ChildStatus:
        return tr("Child's status");
    case ServiceArea:
        return tr("Service area");
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
