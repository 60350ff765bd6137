#include "NewCaseDialog.h"

#include "common/DialogFit.h"
#include "common/UnsavedChanges.h"
#include "intake/ComplaintForm.h"
#include "intake/ComplimentForm.h"
#include "intake/ConcernForm.h"
#include "intake/EnquiryForm.h"
#include "intake/LgscoEnquiryForm.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace redress {

NewCaseDialog::NewCaseDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case"));
    setAccessibleName(tr("New case"));
    auto* layout = new QVBoxLayout(this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setAccessibleName(tr("Why the case was not saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseKind"));
    m_kind->setAccessibleName(tr("Kind of case"));
    m_kind->setAccessibleDescription(
        tr("Choose the kind first: the form below changes to ask what that kind needs"));
    fillKinds();
    top->addRow(tr("&Kind of case"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("intakePages"));
    layout->addWidget(m_pages, 1);
    auto context = IntakeContext::load(m_session);
    if (context) {
        m_context = context.value();
        // Every form now, before the buttons, so Tab runs kind → fields → Save → Cancel.
        for (CaseKind kind : caseKindsWithCouncil(true))
            addForm(kind);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setText(tr("&Save case"));
    saveButton->setAccessibleDescription(tr("Logs the case and opens it in its own tab"));
    QPushButton* cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleDescription(tr("Closes without logging; asks first if anything "
                                              "was typed"));
    // Enter in a field must not log a half-typed case: saving is a deliberate Alt+S.
    for (QPushButton* button : {saveButton, cancelButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(saveButton, &QPushButton::clicked, this, &NewCaseDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    layout->addWidget(m_buttons);

    if (!context) {
        showError(context.error());
        saveButton->setEnabled(false);
        m_kind->setEnabled(false);
        return;
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { setKind(CaseKind(m_kind->currentData().toInt())); });
    for (IntakeForm* form : std::as_const(m_forms))
        connect(form, &IntakeForm::edited, this, &NewCaseDialog::recheck);
    setKind(CaseKind::Complaint);
    // A kind added, renamed or retired in Administration reaches a form already open.
    connect(&m_session, &Session::referenceDataChanged, this, &NewCaseDialog::refreshKinds);
    fitToScreen(this, QSize(640, 760));
}

void NewCaseDialog::fillKinds()
{
    // The council's own kinds follow the built-in ones; a retired one is not offered.
    for (CaseKind kind : caseKindsWithCouncil(true))
        m_kind->addItem(caseKindLabel(kind), int(kind));
}

void NewCaseDialog::refreshKinds()
{
    const int chosen = m_kind->currentData().toInt();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        fillKinds();
    }
    // A new kind gets its form; a form already there keeps what was typed in it.
    for (CaseKind kind : caseKindsWithCouncil(true))
        if (!m_forms.contains(int(kind))) {
            addForm(kind);
            connect(m_forms.value(int(kind)), &IntakeForm::edited, this, &NewCaseDialog::recheck);
        }
    // Retired while this case is being typed: it stays chosen for it, so nothing typed is lost;
    // the next New case no longer offers it.
    if (m_kind->findData(chosen) < 0) {
        const QSignalBlocker blocker(m_kind);
        m_kind->addItem(caseKindLabel(CaseKind(chosen)), chosen);
    }
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(chosen));
}

void NewCaseDialog::addForm(CaseKind kind)
{
    IntakeForm* form = nullptr;
    switch (kind) {
    case CaseKind::Complaint:
        form = new ComplaintForm(m_context);
        break;
    case CaseKind::Concern:
    case CaseKind::Comment:
        form = new ConcernForm(m_context, kind);
        break;
    case CaseKind::Compliment:
        form = new ComplimentForm(m_context);
        break;
    case CaseKind::GeneralEnquiry:
    case CaseKind::MpEnquiry:
    case CaseKind::CouncillorEnquiry:
        form = new EnquiryForm(m_context, kind);
        break;
    case CaseKind::OmbudsmanEnquiry:
        form = new LgscoEnquiryForm(m_context);
        break;
    }
    if (!form) // a council's own kind asks what a concern does: who, about what, which team
        form = new ConcernForm(m_context, kind);
    QScrollArea* scroll = scrollable(form, {});
    scroll->setObjectName(QStringLiteral("page_") + caseKindCode(kind));
    m_pages->addWidget(scroll);
    m_forms.insert(int(kind), form);
    m_scrolls.insert(int(kind), scroll);
}

void NewCaseDialog::setKind(CaseKind kind)
{
    if (m_kind->currentData().toInt() != int(kind)) {
        m_kind->setCurrentIndex(m_kind->findData(int(kind))); // comes back here
        return;
    }
    if (QWidget* page = m_scrolls.value(int(kind)))
        m_pages->setCurrentWidget(page);
    setWindowTitle(tr("New %1").arg(caseKindLabel(kind).toLower()));
    m_error->hide();
}

IntakeForm* NewCaseDialog::currentForm() const
{
    return m_forms.value(m_kind->currentData().toInt());
}

bool NewCaseDialog::hasUnsavedInput() const
{
    if (m_saved)
        return false;
    for (IntakeForm* form : m_forms)
        if (form->hasInput())
            return true;
    return false;
}

void NewCaseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
}

Result<Case> NewCaseDialog::checkedCase() const
{
    IntakeForm* form = currentForm();
    if (!form)
        return fail(tr("There is no form for this kind of case"));
    if (const QString problem = form->dateProblem(); !problem.isEmpty())
        return fail(problem);
    auto built = form->buildCase();
    if (!built)
        return built;
    Case record = built.value();
    record.officer = m_session.actor();
    for (Note& note : record.notes)
        if (note.author.isEmpty())
            note.author = m_session.actor();
    if (auto checked = m_session.rules().prepareNew(record); !checked)
        return Error{checked.error()};
    return record;
}

void NewCaseDialog::recheck()
{
    if (m_error->isHidden())
        return;
    const auto checked = checkedCase();
    if (checked)
        m_error->hide();
    else if (checked.error() != m_error->text())
        showError(checked.error());
}

bool NewCaseDialog::save()
{
    // The rules' refusals are corrections to make; anything after that is the storage failing.
    auto checked = checkedCase();
    if (!checked) {
        showError(checked.error());
        return false;
    }
    Case record = checked.value();
    if (Status logged = m_session.logCase(record); !logged) {
        showError(explainSaveFailure(tr("The case was not saved."), logged.error()));
        return false;
    }
    m_saved = true;
    m_error->hide();
    emit caseLogged(record.id);
    QDialog::accept();
    return true;
}

void NewCaseDialog::reject()
{
    if (!hasUnsavedInput()) {
        QDialog::reject();
        return;
    }
    switch (askToSaveChanges(this, tr("Unsaved case"),
                             tr("This case has not been saved. Save it now?"))) {
    case QMessageBox::Save:
        save(); // on failure the dialog stays open with the reason shown
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break;
    }
}

} // namespace redress
