#pragma once

#include "caseview/CaseLabels.h"
#include "domain/Case.h"
#include "workflow/CaseWorkflow.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QPlainTextEdit;
class QTabWidget;

namespace redress {

class ActionDialog;
class CaseFieldsEditor;
class CaseSections;
class CostsEditor;
class DocumentsPanel;
class LearningEditor;
class OmbudsmanEditor;
class PartListEditor;
class PointsFindingsEditor;
class RemediesEditor;
class RestrictionPanel;
class StaffEditor;
class StageDatesEditor;
class Session;

// One case: a header with kind, state, stage, and each deadline of the current stage labelled
// with what it asks for ("Acknowledge by …", "Respond by …") and where it stands; its details,
// stages, points, people, remedies and learning, costs, notes, linked cases and timeline; and
// a button and a menu item per workflow action, enabled only when the state machine allows it. A
// refused action shows the state machine's reason in a banner. The case's own fields (Details),
// points and findings, remedies and learning, costs and the staff named are edited on their tabs
// and saved with the version check, so a save over someone else's change is refused and what was
// typed stays. A note or a change not yet saved is kept: closing with it unsaved asks first, and
// a failed save keeps it.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    // Follows the session: when the calendar or timescales change the case is read again,
    // since its stored deadlines may have been recomputed.
    explicit CaseView(Session& session, QWidget* parent = nullptr);

    Status load(qint64 caseId);
    const Case& currentCase() const { return m_case; }

    // Opens the action's dialog (window-modal, so tests and screen readers can drive it).
    ActionDialog* startAction(Action action);
    // Runs a request through the workflow; on refusal shows the reason and returns it.
    Status perform(const ActionRequest& request);

    // Whether a note has been typed, or a part of the case changed, and not saved.
    bool hasUnsavedEdits() const;
    // Adds the typed note to the case; on failure says why and keeps the text.
    bool saveNote();
    // Saves the points and findings as edited; on failure (nothing to describe a point, or
    // the case changed since it was read) says why and keeps the edits.
    bool savePoints();
    // Save the remedies and learning actions, the costs, or the staff named, as edited, in
    // the same way.
    bool saveRemedies();
    bool saveCosts();
    bool saveStaff();
    // Saves the case's own fields as edited (Details tab): refused, keeping the edits, when a
    // date is not one, the case changed since it was read, or a closed case's dates change
    // without a reason. A new received date moves stage 1's deadlines.
    bool saveFields();
    // Saves the Ombudsman's decision and recommendations (Ombudsman enquiries only) the same
    // way.
    bool saveOmbudsman();
    // Saves the corrected dates of a stage (Stages tab), with the reason the audit entry
    // records: refused, keeping the edits, when a date is out of order, before the stage was
    // requested or in the future. The case's deadlines and standing follow the new dates.
    bool saveStageDates();
    // Before the case's tab or the window closes: with unsaved edits asks Save / Discard /
    // Cancel. True when it may close (saved, discarded, or nothing to save).
    bool confirmClose();

signals:
    void caseChanged(qint64 caseId);
    // A linked case was chosen to open.
    void openCaseRequested(qint64 caseId);

private:
    QWidget* makeNotesPage();
    QWidget* makeDetailsPage();   // in CaseViewFields.cpp
    QWidget* makeOmbudsmanPage(); // in CaseViewFields.cpp
    QWidget* makeStagesPage();    // in CaseViewFields.cpp
    // A page of `parts` with a button `saveText` that runs `save`, enabled while any of
    // `editors` holds changes.
    QWidget* makePartsPage(const QString& name, const QString& title, const QList<QWidget*>& parts,
                           const QList<PartListEditor*>& editors, const QString& saveText,
                           const QString& saveName, bool (CaseView::*save)());
    QWidget* inBox(const QString& title, QWidget* part);
    QWidget* makePointsPage();
    QWidget* makeRemediesPage();
    QWidget* makeCostsPage();
    QWidget* makePeoplePage();
    bool hasPartEdits() const;
    void discardEdits();
    // When any of `editors` holds changes and none of `problems` stands, saves a copy of the
    // case changed by `apply`, audited as `what`, after which the editors show the case as
    // stored; otherwise, or on refusal, shows why (`notSaved` first) and changes nothing.
    bool savePart(const QList<PartListEditor*>& editors, const QStringList& problems,
                  const QString& notSaved, const std::function<void(Case&)>& apply,
                  const QString& what);
    // Saves `changed`, audited as `what`; then `saved` (e.g. the editors let go of their
    // edits) and the view shows the stored case. On refusal says why and changes nothing.
    bool storeEdit(Case changed, const QString& what, const std::function<void()>& saved);
    // Shows the case's parts in the editors that hold no unsaved edits.
    void resetEditors();
    void refresh();
    void fillHeader();
    void fillStages();
    void fillTimeline();
    void showBanner(const QString& message, bool error);

    Session& m_session;
    Case m_case;
    QLabel* m_title = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_deadlineIcon = nullptr; // overdue, due today or soon: told apart without colour
    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseFieldsEditor* m_fields = nullptr;
    OmbudsmanEditor* m_ombudsman = nullptr;
    QWidget* m_ombudsmanPage = nullptr; // its tab shows on Ombudsman enquiries only
    RestrictionPanel* m_restriction = nullptr;
    QTableWidget* m_stages = nullptr;
    StageDatesEditor* m_stageDates = nullptr;
    PointsFindingsEditor* m_points = nullptr;
    RemediesEditor* m_remedies = nullptr;
    LearningEditor* m_learning = nullptr;
    CostsEditor* m_costs = nullptr;
    StaffEditor* m_staff = nullptr;
    QTableWidget* m_timeline = nullptr;
    QPlainTextEdit* m_noteEditor = nullptr;
    QPushButton* m_saveNote = nullptr;
    QHash<Action, QPushButton*> m_actionButtons;
    QMenu* m_actionMenu = nullptr;
    QHash<Action, QAction*> m_actionItems;
    CaseSections* m_sections = nullptr;
    DocumentsPanel* m_documents = nullptr;
    CaseLabels m_labels;
};

} // namespace redress
