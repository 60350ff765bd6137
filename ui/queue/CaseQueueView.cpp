#include "CaseQueueView.h"

#include "queue/CaseQueueModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStyle>

namespace redress {

namespace {

// Saved layouts of an earlier set of columns are not restored over this one.
constexpr int layoutVersion = 2;

QString versionKey()
{
    return CaseQueueView::settingsKey() + QStringLiteral("Version");
}

} // namespace

CaseQueueView::CaseQueueView(QWidget* parent) : QTableView(parent)
{
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setTextElideMode(Qt::ElideRight);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to show or hide columns"));
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu* menu = makeColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sectionMoved, this, &CaseQueueView::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &CaseQueueView::saveColumns);
}

void CaseQueueView::contextMenuEvent(QContextMenuEvent* event)
{
    if (event->reason() != QContextMenuEvent::Keyboard) {
        QTableView::contextMenuEvent(event);
        return;
    }
    QMenu* menu = makeColumnMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(horizontalHeader()->mapToGlobal(QPoint(0, horizontalHeader()->height())));
    event->accept();
}

QString CaseQueueView::settingsKey()
{
    return QStringLiteral("queue/columns");
}

void CaseQueueView::restoreColumns()
{
    QSettings settings;
    const QByteArray saved = settings.value(settingsKey()).toByteArray();
    if (settings.value(versionKey()).toInt() == layoutVersion && !saved.isEmpty()) {
        QScopedValueRollback<bool> restoring(m_restoring, true);
        // The saved state holds the sort too; a layout that cannot be used keeps the sort
        // given before.
        const int sortColumn = horizontalHeader()->sortIndicatorSection();
        const Qt::SortOrder order = horizontalHeader()->sortIndicatorOrder();
        if (horizontalHeader()->restoreState(saved) &&
            horizontalHeader()->count() == CaseQueueModel::ColumnCount &&
            !horizontalHeader()->isSectionHidden(CaseQueueModel::Reference))
            return;
        horizontalHeader()->setSortIndicator(sortColumn, order);
    }
    resetColumns();
}

void CaseQueueView::resetColumns()
{
    {
        QScopedValueRollback<bool> restoring(m_restoring, true);
        QHeaderView* header = horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            header->showSection(column);
            header->moveSection(header->visualIndex(column), column);
            header->resizeSection(column, defaultWidth(column));
        }
    }
    QSettings settings;
    settings.remove(settingsKey());
    settings.remove(versionKey());
}

int CaseQueueView::defaultWidth(int column) const
{
    // Wide enough for the heading (with the sort arrow) and for the widest text the column
    // usually holds, in the font in use, so neither is cut off at any size of text; in bold,
    // as an overdue row is.
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics cellMetrics(bold);
    const int headerMargin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) +
                             style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + 12;
    const QString heading =
        model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
    QStringList samples;
    int extra = 16; // the cell's margins and focus frame
    switch (CaseQueueModel::Column(column)) {
    case CaseQueueModel::Reference:
        samples << QStringLiteral("CP-0000-00000");
        break;
    case CaseQueueModel::Due:
        for (auto kind : {Milestone::Kind::Acknowledgement, Milestone::Kind::PanelReport,
                          Milestone::Kind::Response})
            samples << milestoneDueText(kind, QDate(2000, 12, 28));
        break;
    case CaseQueueModel::WorkingDaysLeft:
        samples << QCoreApplication::translate("DeadlineStanding", "Overdue by %n working day(s)",
                                               nullptr, 88);
        extra += style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
        break;
    case CaseQueueModel::State:
        for (CaseState state : allCaseStates())
            samples << caseStateLabel(state);
        break;
    case CaseQueueModel::Kind:
        for (CaseKind kind : caseKindsWithCouncil())
            samples << caseKindLabel(kind);
        break;
    case CaseQueueModel::ProcedureStage:
        samples << CaseQueueModel::procedureStageText(Procedure::Statutory, 3)
                << CaseQueueModel::procedureStageText(Procedure::Corporate, 3);
        break;
    case CaseQueueModel::Complainant:
    case CaseQueueModel::ServiceArea:
    case CaseQueueModel::Team:
        samples << QString(20, u'n'); // longer names are cut off with "…"
        break;
    case CaseQueueModel::Received:
        samples << QStringLiteral("00/00/0000");
        break;
    case CaseQueueModel::ChildStatus:
    case CaseQueueModel::Officer:
    case CaseQueueModel::ColumnCount:
        samples << QString(14, u'n');
        break;
    }
    int width = metrics.horizontalAdvance(heading) + headerMargin;
    for (const QString& sample : samples)
        width = qMax(width, cellMetrics.horizontalAdvance(sample) + extra);
    return width;
}

QMenu* CaseQueueView::makeColumnMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("queueColumnMenu"));
    QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* shown = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        shown->setObjectName(QStringLiteral("showColumn%1").arg(column));
        shown->setCheckable(true);
        shown->setChecked(!header->isSectionHidden(column));
        // The reference stays: without it no row says which case it is.
        shown->setEnabled(column != CaseQueueModel::Reference);
        connect(shown, &QAction::toggled, this, [this, column](bool show) {
            horizontalHeader()->setSectionHidden(column, !show);
            if (show && horizontalHeader()->sectionSize(column) < 20)
                horizontalHeader()->resizeSection(column, defaultWidth(column));
            saveColumns();
        });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("&Reset columns"), this, &CaseQueueView::resetColumns);
    reset->setObjectName(QStringLiteral("resetQueueColumns"));
    return menu;
}

void CaseQueueView::saveColumns()
{
    if (m_restoring || !model())
        return;
    QSettings settings;
    settings.setValue(settingsKey(), horizontalHeader()->saveState());
    settings.setValue(versionKey(), layoutVersion);
}

} // namespace redress
