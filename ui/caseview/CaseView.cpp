#include "CaseView.h"

#include "caseview/ActionDialog.h"
#include "caseview/ActionOutcome.h"
#include "caseview/CaseDeadlines.h"
#include "caseview/CaseFieldsEditor.h"
#include "caseview/CaseSections.h"
#include "caseview/CostsEditor.h"
#include "caseview/DocumentsPanel.h"
#include "caseview/LearningEditor.h"
#include "caseview/OmbudsmanEditor.h"
#include "caseview/PointsFindingsEditor.h"
#include "caseview/RemediesEditor.h"
#include "caseview/RestrictionPanel.h"
#include "caseview/StaffEditor.h"
#include "caseview/StageDatesEditor.h"
#include "common/DialogFit.h"
#include "common/ReadOnlyTable.h"
#include "common/UnsavedChanges.h"
#include "procedure/DeadlineCalculator.h"
#include "queue/CaseQueueModel.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseLinks.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace redress {

CaseView::CaseView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseView"));
    connect(&m_session, &Session::rulesChanged, this, [this] {
        if (Status reloaded = load(m_case.id); !reloaded)
            showBanner(reloaded.error(), true);
    });
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("caseDeadline"));
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setWordWrap(true);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadlineIcon = new QLabel(this);
    m_deadlineIcon->setObjectName(QStringLiteral("caseDeadlineIcon"));
    m_deadlineIcon->hide();
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Message"));
    m_banner->hide();
    layout->addWidget(m_title);
    auto* deadline = new QHBoxLayout;
    deadline->addWidget(m_deadlineIcon);
    deadline->addWidget(m_deadline, 1);
    layout->addLayout(deadline);
    m_restriction = new RestrictionPanel(m_session, this);
    connect(m_restriction, &RestrictionPanel::failed, this,
            [this](const QString& message) { showBanner(message, true); });
    layout->addWidget(m_restriction);
    layout->addWidget(m_banner);

    m_actionMenu = new QMenu(tr("Actions"), this);
    m_actionMenu->setObjectName(QStringLiteral("caseActionMenu"));
    auto* actions = new QGridLayout;
    int index = 0;
    for (Action action : allActions()) {
        auto* button = new QPushButton(actionLabel(action), this);
        button->setObjectName(QStringLiteral("action_") + actionCode(action));
        button->setAccessibleDescription(tr("Workflow action: %1").arg(actionLabel(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { startAction(action); });
        m_actionButtons.insert(action, button);
        actions->addWidget(button, index / 7, index % 7);
        ++index;
        QAction* item = m_actionMenu->addAction(actionLabel(action), this,
                                                [this, action] { startAction(action); });
        item->setObjectName(QStringLiteral("menu_") + actionCode(action));
        m_actionItems.insert(action, item);
    }
    m_actionMenu->addSeparator();
    m_actionMenu->addAction(m_restriction->menuAction());
    auto* menuButton = new QPushButton(tr("&Actions"), this);
    menuButton->setObjectName(QStringLiteral("caseActionsMenu"));
    menuButton->setAccessibleName(tr("Workflow actions menu"));
    menuButton->setMenu(m_actionMenu);
    actions->addWidget(menuButton, index / 7, index % 7);
    layout->addLayout(actions);

    auto* tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("caseTabs"));
    tabs->setAccessibleName(tr("Parts of the case"));
    m_stages =
        makeReadOnlyTable(QStringLiteral("caseStages"), CaseDeadlines::stageHeadings(), this);
    m_timeline = makeReadOnlyTable(QStringLiteral("caseTimeline"),
                                   {tr("When"), tr("Who"), tr("What")}, this);
    m_stages->setAccessibleName(tr("Stages"));
    m_timeline->setAccessibleName(tr("History of the case"));
    m_timeline->setAccessibleDescription(tr("Every change to the case: when, who and what"));
    tabs->addTab(makeDetailsPage(), tr("Deta&ils"));
    tabs->addTab(makeStagesPage(), tr("&Stages"));
    tabs->addTab(makePointsPage(), tr("&Points and findings"));
    m_sections = new CaseSections(this);
    connect(m_sections, &CaseSections::openCaseRequested, this, &CaseView::openCaseRequested);
    tabs->addTab(makePeoplePage(), tr("P&eople"));
    tabs->addTab(makeRemediesPage(), tr("Re&medies and learning"));
    tabs->addTab(makeCostsPage(), tr("C&osts"));
    // Every tab has its letter; fields of pages that used the same one (Summary, Amount,
    // Owned by, Add document) are reached with Tab instead.
    tabs->addTab(makeOmbudsmanPage(), tr("Om&budsman"));
    tabs->addTab(makeNotesPage(), tr("&Notes"));
    tabs->addTab(m_sections->links(), tr("&Linked cases"));
    m_documents = new DocumentsPanel(m_session, this);
    connect(m_documents, &DocumentsPanel::documentsChanged, this, &CaseView::fillTimeline);
    tabs->addTab(m_documents, tr("Doc&uments"));
    tabs->addTab(m_timeline, tr("Histor&y"));
    layout->addWidget(tabs, 1);
}

QWidget* CaseView::makeNotesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseNotesPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sections->notes(), 1);
    m_noteEditor = new QPlainTextEdit(page);
    m_noteEditor->setObjectName(QStringLiteral("caseNoteEditor"));
    m_noteEditor->setAccessibleName(tr("New note"));
    m_noteEditor->setAccessibleDescription(
        tr("Type a note about the case, then Save note (Ctrl+Return)"));
    m_noteEditor->setTabChangesFocus(true);
    m_noteEditor->setMaximumHeight(m_noteEditor->fontMetrics().lineSpacing() * 6);
    auto* label = new QLabel(tr("Ne&w note:"), page);
    label->setBuddy(m_noteEditor);
    m_saveNote = new QPushButton(tr("Sa&ve note"), page);
    m_saveNote->setObjectName(QStringLiteral("saveNote"));
    m_saveNote->setAccessibleDescription(tr("Adds the note to the case and its history"));
    m_saveNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_saveNote->setEnabled(false);
    connect(m_noteEditor, &QPlainTextEdit::textChanged, this,
            [this] { m_saveNote->setEnabled(hasUnsavedEdits()); });
    connect(m_saveNote, &QPushButton::clicked, this, [this] { (void)saveNote(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveNote);
    layout->addWidget(label);
    layout->addWidget(m_noteEditor);
    layout->addLayout(buttons);
    return page;
}

QWidget* CaseView::makePartsPage(const QString& name, const QString& title,
                                 const QList<QWidget*>& parts,
                                 const QList<PartListEditor*>& editors, const QString& saveText,
                                 const QString& saveName, bool (CaseView::*save)())
{
    auto* page = new QWidget(this);
    page->setObjectName(name);
    auto* layout = new QVBoxLayout(page);
    for (QWidget* part : parts)
        layout->addWidget(part, 1);
    auto* button = new QPushButton(saveText, page);
    button->setObjectName(saveName);
    button->setAccessibleDescription(tr("Saves the changes to the case and its history"));
    button->setEnabled(false);
    for (PartListEditor* editor : editors)
        connect(editor, &PartListEditor::modifiedChanged, button, [button, editors] {
            button->setEnabled(
                std::any_of(editors.cbegin(), editors.cend(),
                            [](PartListEditor* each) { return each->isModified(); }));
        });
    connect(button, &QPushButton::clicked, this, [this, save] { (void)(this->*save)(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(button);
    layout->addLayout(buttons);
    // A page of lists and their forms can be taller than a small screen.
    return scrollable(page, title);
}

QWidget* CaseView::inBox(const QString& title, QWidget* part)
{
    auto* box = new QGroupBox(title, this);
    (new QVBoxLayout(box))->addWidget(part);
    return box;
}

QWidget* CaseView::makePointsPage()
{
    m_points = new PointsFindingsEditor(this);
    return makePartsPage(QStringLiteral("casePointsPage"), tr("Points and findings"), {m_points},
                         {m_points}, tr("Sa&ve points and findings"), QStringLiteral("savePoints"),
                         &CaseView::savePoints);
}

QWidget* CaseView::makePeoplePage()
{
    m_staff = new StaffEditor(this);
    return makePartsPage(QStringLiteral("casePeoplePage"), tr("People"),
                         {m_sections->peoplePage(), inBox(tr("Staff named"), m_staff)}, {m_staff},
                         tr("Sa&ve staff named"), QStringLiteral("saveStaff"),
                         &CaseView::saveStaff);
}

QWidget* CaseView::makeCostsPage()
{
    m_costs = new CostsEditor(this);
    return makePartsPage(QStringLiteral("caseCostsPage"), tr("Costs"), {m_costs}, {m_costs},
                         tr("Sa&ve costs"), QStringLiteral("saveCosts"), &CaseView::saveCosts);
}

QWidget* CaseView::makeRemediesPage()
{
    m_remedies = new RemediesEditor(this);
    m_learning = new LearningEditor(this);
    return makePartsPage(
        QStringLiteral("caseRemediesPage"), tr("Remedies and learning"),
        {inBox(tr("Remedies"), m_remedies), inBox(tr("Learning actions"), m_learning)},
        {m_remedies, m_learning}, tr("Sa&ve remedies and learning"), QStringLiteral("saveRemedies"),
        &CaseView::saveRemedies);
}

bool CaseView::hasPartEdits() const
{
    return m_points->isModified() || m_remedies->isModified() || m_learning->isModified() ||
           m_costs->isModified() || m_staff->isModified() || m_fields->isModified() ||
           m_ombudsman->isModified() || m_stageDates->isModified();
}

bool CaseView::hasUnsavedEdits() const
{
    return !m_noteEditor->toPlainText().trimmed().isEmpty() || hasPartEdits();
}

bool CaseView::savePoints()
{
    const QList<ComplaintPoint> points = m_points->points();
    return savePart(
        {m_points}, {m_points->problem()}, tr("The points were not saved."),
        [&points](Case& changed) { changed.points = points; }, tr("Points and findings changed"));
}

bool CaseView::saveRemedies()
{
    const QList<Remedy> remedies = m_remedies->remedies();
    const QList<LearningAction> learning = m_learning->actions();
    return savePart(
        {m_remedies, m_learning}, {m_remedies->problem(), m_learning->problem()},
        tr("The remedies and learning were not saved."),
        [&](Case& changed) {
            changed.remedies = remedies;
            changed.learningActions = learning;
        },
        tr("Remedies and learning changed"));
}

bool CaseView::saveStaff()
{
    const QList<StaffNamed> staff = m_staff->staff();
    return savePart(
        {m_staff}, {m_staff->problem()}, tr("The staff named were not saved."),
        [&staff](Case& changed) { changed.staffNamed = staff; }, tr("Staff named changed"));
}

bool CaseView::saveCosts()
{
    const QList<Cost> costs = m_costs->costs();
    return savePart(
        {m_costs}, {m_costs->problem()}, tr("The costs were not saved."),
        [&costs](Case& changed) { changed.costs = costs; }, tr("Costs changed"));
}

bool CaseView::savePart(const QList<PartListEditor*>& editors, const QStringList& problems,
                        const QString& notSaved, const std::function<void(Case&)>& apply,
                        const QString& what)
{
    if (std::none_of(editors.cbegin(), editors.cend(),
                     [](PartListEditor* editor) { return editor->isModified(); }))
        return true;
    for (const QString& problem : problems) {
        if (!problem.isEmpty()) {
            showBanner(notSaved + u' ' + problem, true);
            return false;
        }
    }
    Case changed = m_case;
    apply(changed);
    return storeEdit(changed, what, [&editors] {
        for (PartListEditor* editor : editors)
            editor->discardEdits();
    });
}

bool CaseView::storeEdit(Case changed, const QString& what, const std::function<void()>& saved)
{
    if (Status stored = m_session.saveDetails(changed, what); !stored) {
        showBanner(explainSaveFailure(tr("The changes were not saved."), stored.error()), true);
        return false;
    }
    // Whatever else is being edited here goes on over the saved case (its new version).
    m_case = changed;
    saved();
    showBanner(tr("Saved: %1").arg(what), false);
    refresh();
    emit caseChanged(m_case.id);
    return true;
}

void CaseView::resetEditors()
{
    const auto terms = [this](const QString& taxonomy) {
        auto listed = m_session.referenceData().terms(taxonomy);
        if (!listed)
            showBanner(listed.error(), true);
        return listed ? listed.value() : QList<TaxonomyTerm>();
    };
    if (!m_points->isModified()) {
        m_points->setCase(m_case, terms(QStringLiteral("category")),
                          terms(QStringLiteral("outcome")), m_labels);
    }
    if (!m_remedies->isModified() && !m_learning->isModified()) {
        m_remedies->setCase(m_case, terms(QStringLiteral("remedy_type")), m_labels);
        m_learning->setCase(m_case, terms(QStringLiteral("learning_theme")), m_labels);
    }
    if (!m_costs->isModified()) {
        m_costs->setCase(m_case);
    }
    if (!m_staff->isModified()) {
        m_staff->setCase(m_case);
    }
    if (!m_fields->isModified())
        m_fields->setCase(m_case, m_labels);
    if (!m_stageDates->isModified())
        m_stageDates->setCase(m_case);
    if (!m_ombudsman->isModified())
        m_ombudsman->setCase(m_case, terms(QStringLiteral("lgsco_decision")),
                             terms(QStringLiteral("ombudsman_remedy_type")), m_labels);
    m_tabs->setTabVisible(m_tabs->indexOf(m_ombudsmanPage),
                          m_case.kind == CaseKind::OmbudsmanEnquiry);
}

void CaseView::discardEdits()
{
    for (PartListEditor* editor :
         std::initializer_list<PartListEditor*>{m_points, m_remedies, m_learning, m_costs, m_staff})
        editor->discardEdits();
    m_fields->discardEdits();
    m_ombudsman->discardEdits();
    m_stageDates->discardEdits();
}

bool CaseView::saveNote()
{
    const QString text = m_noteEditor->toPlainText().trimmed();
    if (text.isEmpty())
        return true;
    const QString notSaved = tr("The note was not saved.");
    // Notes are only ever added, so the note goes on the case as it is now, even if someone
    // else saved it since this tab opened; unless points are being edited here, which must
    // not then be saved over that someone's changes.
    auto latest = hasPartEdits() ? Result<Case>(m_case) : m_session.cases().load(m_case.id);
    if (!latest) {
        showBanner(explainSaveFailure(notSaved, latest.error()), true);
        return false;
    }
    Case changed = latest.value();
    changed.notes.append({0, Clock::currentDateTimeUtc(), m_session.actor(), text});
    if (Status saved = m_session.saveDetails(changed, tr("Note added")); !saved) {
        showBanner(explainSaveFailure(notSaved, saved.error()), true);
        return false;
    }
    m_case = changed;
    m_noteEditor->clear();
    showBanner(tr("Note saved"), false);
    refresh();
    emit caseChanged(m_case.id);
    return true;
}

bool CaseView::confirmClose()
{
    if (!hasUnsavedEdits())
        return true;
    switch (askToSaveChanges(
        this, tr("Unsaved changes"),
        tr("What you typed on %1 has not been saved. Save it now?").arg(m_case.reference))) {
    case QMessageBox::Save:
        // On failure the tab stays open with the reason shown.
        return saveFields() && savePoints() && saveRemedies() && saveCosts() && saveStaff() &&
               saveOmbudsman() && saveStageDates() && saveNote();
    case QMessageBox::Discard:
        m_noteEditor->clear();
        discardEdits();
        return true;
    default:
        return false;
    }
}

Status CaseView::load(qint64 caseId)
{
    auto loaded = m_session.cases().load(caseId);
    if (!loaded)
        return Error{loaded.error()};
    // The same case read again (the rules changed) keeps what is being typed in it.
    if (loaded->id != m_case.id)
        discardEdits();
    m_case = loaded.value();
    m_banner->hide();
    m_restriction->setCase(m_case);
    if (const QString failed = m_labels.load(m_session); !failed.isEmpty())
        showBanner(failed, true);
    refresh();
    return {};
}

void CaseView::refresh()
{
    // Edits not yet saved stay; otherwise the editors follow the case (a new stage asks
    // for its findings).
    resetEditors();
    fillHeader();
    fillStages();
    fillTimeline();
    auto links = m_session.linkedCases(m_case.id);
    if (!links)
        showBanner(links.error(), true);
    m_sections->show(m_case, links ? links.value() : m_case.links, m_labels);
    m_documents->show(m_case);
    for (auto it = m_actionButtons.begin(); it != m_actionButtons.end(); ++it)
        it.value()->setEnabled(m_session.rules().offers(m_case, it.key()));
    for (auto it = m_actionItems.begin(); it != m_actionItems.end(); ++it)
        it.value()->setEnabled(m_session.rules().offers(m_case, it.key()));
}

void CaseView::fillHeader()
{
    const QString procedure = m_case.procedure == Procedure::None
                                  ? QString()
                                  : tr(" · %1").arg(procedureLabel(m_case.procedure));
    m_title->setText(tr("%1 · %2%3 · stage %4 · %5")
                         .arg(m_case.reference, caseKindLabel(m_case.kind), procedure)
                         .arg(m_case.currentStageNumber())
                         .arg(caseStateLabel(m_case.state)));
    const CaseDeadlines deadlines(m_session, m_case, Clock::today());
    if (deadlines.pending().isEmpty()) {
        m_deadline->setText(tr("No deadline running"));
        m_deadline->setStyleSheet(QString());
        m_deadlineIcon->hide();
        return;
    }
    m_deadline->setText(deadlines.headerText());
    // As in the queue: an icon and words for overdue, due today and due soon, and colour
    // only as well.
    const DeadlineStanding& first = deadlines.pending().constFirst().standing;
    const int dueSoonDays = CaseQueueModel::savedDueSoonWorkingDays();
    QString colour;
    switch (first.urgency(dueSoonDays)) {
    case DeadlineStanding::Urgency::Overdue:
        colour = QStringLiteral("QLabel { color: #b00020; font-weight: bold; }");
        break;
    case DeadlineStanding::Urgency::DueSoon:
        colour = QStringLiteral("QLabel { color: #5c4400; font-weight: bold; }");
        break;
    case DeadlineStanding::Urgency::None:
        break;
    }
    m_deadline->setStyleSheet(colour);
    const QIcon icon = CaseQueueModel::urgencyIcon(first, dueSoonDays);
    m_deadlineIcon->setVisible(!icon.isNull());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_deadlineIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_deadlineIcon->setAccessibleName(first.description());
}

void CaseView::fillStages()
{
    const CaseDeadlines deadlines(m_session, m_case, Clock::today());
    QList<QStringList> stages;
    for (const Stage& stage : m_case.stages)
        stages.append(deadlines.stageRow(stage, m_labels));
    fillReadOnlyTable(m_stages, stages);
}

void CaseView::fillTimeline()
{
    const auto entries = m_session.auditLog().entriesForCase(m_case.id);
    if (!entries) {
        showBanner(entries.error(), true);
        return;
    }
    QList<QStringList> rows;
    for (const AuditEntry& entry : entries.value()) {
        rows.append({entry.atUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                     entry.actor,
                     entry.redactedAtUtc.isValid() ? tr("(details removed: retention or an "
                                                        "undone import)")
                                                   : entry.detail});
    }
    fillReadOnlyTable(m_timeline, rows);
}

void CaseView::showBanner(const QString& message, bool error)
{
    m_banner->setText(message);
    m_banner->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }")
              : QStringLiteral("QLabel { background: #e6f4ea; color: #0b4f1c; padding: 6px; }"));
    m_banner->show();
}

ActionDialog* CaseView::startAction(Action action)
{
    const Stage* stage = m_case.currentStage();
    auto profile = stage ? m_session.rules().profileFor(m_case, *stage)
                         : Result<ProcedureProfile>(fail(QString()));
    const StageRule* rule = profile && stage ? profile->stage(stage->number) : nullptr;
    QList<ActionDialog::Choice> outcomes;
    if (auto terms = m_session.referenceData().terms(QStringLiteral("outcome")))
        for (const TaxonomyTerm& term : terms.value())
            outcomes.append({term.code, term.label});
    QList<ActionDialog::Choice> officers;
    if (action == Action::Allocate)
        if (auto users = m_session.referenceData().users())
            officers =
                ActionDialog::officersFrom(users.value(), {m_session.actor(), m_case.officer});
    auto* dialog = new ActionDialog(action, m_case, rule, outcomes, officers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A refusal stays in the dialog, beside what the officer typed, not behind it.
    dialog->setSubmit([this](const ActionRequest& request) {
        const Status done = perform(request);
        if (!done)
            m_banner->hide();
        return done;
    });
    dialog->open();
    return dialog;
}

Status CaseView::perform(const ActionRequest& request)
{
    const Status done = m_session.perform(m_case, request);
    if (!done) {
        showBanner(done.error(), true);
        return done;
    }
    QString outcome;
    if (const Stage* stage = m_case.currentStage(); stage && !stage->outcomeCode.isEmpty()) {
        outcome = stage->outcomeCode;
        if (auto terms = m_session.referenceData().terms(QStringLiteral("outcome")))
            for (const TaxonomyTerm& term : terms.value())
                if (term.code == stage->outcomeCode)
                    outcome = term.label;
    }
    showBanner(
        whatComesNext(m_case, request, m_session.standingOf(m_case), outcome, m_session.rules()),
        false);
    refresh();
    emit caseChanged(m_case.id);
    return done;
}

} // namespace redress
