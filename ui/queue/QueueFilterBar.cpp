#include "QueueFilterBar.h"

#include "common/DateEdit.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace redress {

namespace {

QString viewLabel(QueueView view)
{
    switch (view) {
    case QueueView::MyCases:
        return QueueFilterBar::tr("My cases");
    case QueueView::MyTeam:
        return QueueFilterBar::tr("My team's cases");
    case QueueView::AllOpen:
        return QueueFilterBar::tr("All open cases");
    case QueueView::Overdue:
        return QueueFilterBar::tr("Overdue");
    case QueueView::AwaitingService:
        return QueueFilterBar::tr("Awaiting the service's response");
    case QueueView::Escalated:
        return QueueFilterBar::tr("Escalated");
    case QueueView::RecentlyClosed:
        return QueueFilterBar::tr("Recently closed");
    case QueueView::AllCases:
        return QueueFilterBar::tr("All cases");
    }
    return {};
}

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

const QString settingsGroup = QStringLiteral("queue/filter");

} // namespace

const QList<QueueView>& QueueFilterBar::views()
{
    // "All open" then "Overdue" next to each other: the picker's arrow keys step between them.
    static const QList<QueueView> order{QueueView::MyCases,         QueueView::MyTeam,
                                        QueueView::AllOpen,         QueueView::Overdue,
                                        QueueView::AwaitingService, QueueView::Escalated,
                                        QueueView::RecentlyClosed,  QueueView::AllCases};
    return order;
}

QueueFilterBar::QueueFilterBar(Session& session, QWidget* parent)
    : QWidget(parent), m_me(session.actor())
{
    setObjectName(QStringLiteral("queueFilterBar"));
    setAccessibleName(tr("Queue filters"));
    // Two rows, so that the whole bar fits a 1280-pixel-wide window: what to show, then dates
    // and the search.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* choices = new QHBoxLayout;
    auto* dates = new QHBoxLayout;
    rows->addLayout(choices);
    rows->addLayout(dates);
    QHBoxLayout* layout = choices;
    auto addLabelled = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };

    m_view = makeCombo(this, QStringLiteral("queueViewPicker"), tr("Which cases to show"));
    for (QueueView view : views())
        m_view->addItem(viewLabel(view), int(view));
    addLabelled(tr("&Show:"), m_view);

    m_kind = makeCombo(this, QStringLiteral("queueKindFilter"), tr("Kind of case"));
    m_procedure = makeCombo(this, QStringLiteral("queueProcedureFilter"), tr("Procedure"));
    m_stage = makeCombo(this, QStringLiteral("queueStageFilter"), tr("Stage"));
    m_area = makeCombo(this, QStringLiteral("queueAreaFilter"), tr("Service area or team"));
    m_officer = makeCombo(this, QStringLiteral("queueOfficerFilter"), tr("Officer"));
    buildChoices(session);
    layout->addWidget(m_kind);
    layout->addWidget(m_procedure);
    layout->addWidget(m_stage);
    layout->addWidget(m_area);
    layout->addWidget(m_officer);
    layout->addStretch();
    layout = dates;

    // Each date can be left empty, meaning any date; emptied again, it means any date again.
    m_receivedFrom = makeDateEdit(QStringLiteral("queueReceivedFrom"), tr("Received from"),
                                  tr("Only cases received on or after this date"));
    m_receivedTo = makeDateEdit(QStringLiteral("queueReceivedTo"), tr("Received to"),
                                tr("Only cases received on or before this date"));
    addLabelled(tr("Recei&ved from:"), m_receivedFrom);
    addLabelled(tr("t&o:"), m_receivedTo);
    m_dueFrom = makeDateEdit(QStringLiteral("queueDueFrom"), tr("Due from"),
                             tr("Only cases whose next deadline is on or after this date"));
    m_dueTo = makeDateEdit(QStringLiteral("queueDueTo"), tr("Due to"),
                           tr("Only cases whose next deadline is on or before this date"));
    addLabelled(tr("D&ue from:"), m_dueFrom);
    addLabelled(tr("to:"), m_dueTo);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search reference, names, summary (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    addLabelled(tr("Sear&ch:"), m_search);
    layout->addStretch();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setObjectName(QStringLiteral("queueSearchDelay"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &QueueFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit filterChanged();
        emit searchSubmitted();
    });

    restoreSettings();
    for (QComboBox* combo : {m_view, m_kind, m_procedure, m_stage, m_area, m_officer})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);
    for (DateEdit* edit : {m_receivedFrom, m_receivedTo, m_dueFrom, m_dueTo})
        connect(edit, &DateEdit::dateChanged, this, &QueueFilterBar::filterChanged);
    // A kind added or renamed in Administration is offered at once.
    connect(&session, &Session::referenceDataChanged, this, &QueueFilterBar::refreshKinds);
}

DateEdit* QueueFilterBar::makeDateEdit(const QString& objectName, const QString& accessibleName,
                                       const QString& accessibleDescription)
{
    auto* edit = new DateEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(
        tr("%1. Day/month/year; left empty, any date.").arg(accessibleDescription));
    edit->setOptional(tr("Any"));
    return edit;
}

void QueueFilterBar::fillKinds()
{
    m_kind->addItem(tr("Any kind"), QString());
    for (CaseKind kind : caseKindsWithCouncil()) // retired kinds too: their cases remain
        m_kind->addItem(caseKindLabel(kind), caseKindCode(kind));
}

void QueueFilterBar::refreshKinds()
{
    // Kinds are never removed, so the one chosen is still there (perhaps renamed): the
    // filter, and the queue, stay as they were.
    const QString chosen = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    fillKinds();
    selectData(m_kind, chosen);
}

void QueueFilterBar::buildChoices(Session& session)
{
    fillKinds();

    m_procedure->addItem(tr("Any procedure"), QVariant());
    for (Procedure procedure : {Procedure::Statutory, Procedure::Corporate})
        m_procedure->addItem(procedureLabel(procedure), procedureCode(procedure));
    m_procedure->addItem(tr("No procedure (not a complaint)"), QString());

    m_stage->addItem(tr("Any stage"), 0);
    for (int stage = 1; stage <= 3; ++stage)
        m_stage->addItem(tr("Stage %1").arg(stage), stage);

    ReferenceData reference = session.referenceData();
    m_area->addItem(tr("All service areas"), qint64(0));
    if (auto units = reference.orgUnits()) {
        // Depth-first, indented under their parents.
        const QList<OrgUnit> all = units.value();
        std::function<void(qint64, int)> addUnder = [&](qint64 parent, int depth) {
            for (const OrgUnit& unit : all) {
                if (unit.parentId != parent || !unit.active)
                    continue;
                m_area->addItem(QString(depth * 4, u' ') + unit.name, unit.id);
                addUnder(unit.id, depth + 1);
            }
        };
        addUnder(0, 0);
    }

    m_officer->addItem(tr("Any officer"), QString());
    if (auto users = reference.users()) {
        for (const User& user : users.value()) {
            if (user.username == m_me)
                m_myTeamId = user.teamId;
            if (user.active)
                m_officer->addItem(user.displayName, user.username);
        }
    }
}

QueueView QueueFilterBar::view() const
{
    return QueueView(m_view->currentData().toInt());
}

void QueueFilterBar::setView(QueueView view)
{
    selectData(m_view, int(view));
}

CaseFilter QueueFilterBar::filter() const
{
    CaseFilter filter;
    filter.view = view();
    filter.me = m_me;
    filter.myTeamId = m_myTeamId;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.kind = caseKindFromCode(kind);
    if (const QVariant procedure = m_procedure->currentData(); procedure.isValid())
        filter.procedure = procedureFromCode(procedure.toString());
    filter.stage = m_stage->currentData().toInt();
    filter.orgUnitId = m_area->currentData().toLongLong();
    filter.officer = m_officer->currentData().toString();
    filter.receivedFrom = m_receivedFrom->date();
    filter.receivedTo = m_receivedTo->date();
    filter.dueFrom = m_dueFrom->date();
    filter.dueTo = m_dueTo->date();
    filter.search = m_search->text().trimmed();
    return filter;
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("view"), m_view->currentData());
    settings.setValue(QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("procedure"), m_procedure->currentIndex());
    settings.setValue(QStringLiteral("stage"), m_stage->currentData());
    settings.setValue(QStringLiteral("area"), m_area->currentData());
    settings.setValue(QStringLiteral("officer"), m_officer->currentData());
    settings.setValue(QStringLiteral("receivedFrom"), m_receivedFrom->date());
    settings.setValue(QStringLiteral("receivedTo"), m_receivedTo->date());
    settings.setValue(QStringLiteral("dueFrom"), m_dueFrom->date());
    settings.setValue(QStringLiteral("dueTo"), m_dueTo->date());
}

void QueueFilterBar::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    selectData(m_view, settings.value(QStringLiteral("view"), int(QueueView::AllOpen)).toInt());
    selectData(m_kind, settings.value(QStringLiteral("kind"), QString()).toString());
    const int procedure = settings.value(QStringLiteral("procedure"), 0).toInt();
    m_procedure->setCurrentIndex(procedure >= 0 && procedure < m_procedure->count() ? procedure
                                                                                    : 0);
    selectData(m_stage, settings.value(QStringLiteral("stage"), 0).toInt());
    selectData(m_area, settings.value(QStringLiteral("area"), qint64(0)).toLongLong());
    selectData(m_officer, settings.value(QStringLiteral("officer"), QString()).toString());
    const auto restoreDate = [&settings](DateEdit* edit, const char* key) {
        edit->setDate(settings.value(QLatin1String(key)).toDate());
    };
    restoreDate(m_receivedFrom, "receivedFrom");
    restoreDate(m_receivedTo, "receivedTo");
    restoreDate(m_dueFrom, "dueFrom");
    restoreDate(m_dueTo, "dueTo");
}

} // namespace redress
