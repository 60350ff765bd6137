#include "CaseFieldsEditor.h"

#include "caseview/ActionDialog.h"
#include "caseview/CaseLabels.h"
#include "common/DateEdit.h"
#include "domain/CaseJson.h"
#include "intake/IntakeWidgets.h"
#include "intake/TeamPicker.h"
#include "workflow/CaseFieldEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress {

namespace {

// Selects `code` in a combo of terms; a code no longer in the list is added with its label,
// so what the case holds is shown and kept.
void selectCode(QComboBox* combo, const QString& code, const QString& label)
{
    int index = combo->findData(code);
    if (index < 0) {
        combo->addItem(label, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

CaseFieldsEditor::CaseFieldsEditor(const IntakeContext& context, const QList<User>& users,
                                   QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("caseFields"));
    build(users);
}

QComboBox* CaseFieldsEditor::combo(const QString& name, const QString& label,
                                   const QString& description, const QList<TaxonomyTerm>& terms)
{
    QComboBox* box = intake::termCombo(this, name, label, description, terms, tr("Not recorded"));
    connect(box, &QComboBox::currentIndexChanged, this, &CaseFieldsEditor::noteEdit);
    return box;
}

void CaseFieldsEditor::build(const QList<User>& users)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto line = [this](const QString& name, const QString& label,
                             const QString& description) {
        QLineEdit* edit = intake::lineEdit(this, name, label, description);
        connect(edit, &QLineEdit::textChanged, this, &CaseFieldsEditor::noteEdit);
        return edit;
    };
    const auto date = [this](const QString& name, const QString& label,
                             const QString& description) {
        DateEdit* edit = intake::dateEdit(this, name, label, description, QDate());
        connect(edit, &DateEdit::dateChanged, this, &CaseFieldsEditor::noteEdit);
        return edit;
    };
    m_summary = intake::textEdit(this, QStringLiteral("fieldSummary"), tr("Summary"),
                                 tr("What the case is about"));
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(tr("Summary"), m_summary);
    m_receivedOn = date(QStringLiteral("fieldReceivedOn"), tr("Received on"),
                        tr("The date the council received it (dd/mm/yyyy); stage 1's deadlines "
                           "count from it"));
    m_form->addRow(tr("Re&ceived on"), m_receivedOn);
    m_matterArose = date(QStringLiteral("fieldMatterArose"), tr("Matter arose on"),
                         tr("When the complainant became aware of the matter (dd/mm/yyyy)"));
    m_matterArose->setOptional(tr("Not known"));
    m_form->addRow(tr("Matter arose on"), m_matterArose);
    m_dateReason = line(QStringLiteral("fieldDateReason"), tr("Reason for changing the dates"),
                        tr("The case is closed: say why its dates change (kept in its history)"));
    m_form->addRow(tr("Reason for chan&ging the dates"), m_dateReason);
    m_channel = combo(QStringLiteral("fieldChannel"), tr("Channel"),
                      tr("How it reached the council"), m_context.channels);
    m_form->addRow(tr("Channel"), m_channel);
    m_complainantName =
        line(QStringLiteral("fieldComplainantName"), tr("Complainant"),
             tr("The complainant's name; changing it here changes it on all their cases"));
    m_form->addRow(tr("Complainant"), m_complainantName);
    m_complainantEmail =
        line(QStringLiteral("fieldComplainantEmail"), tr("Email"), tr("The complainant's email"));
    m_form->addRow(tr("Email"), m_complainantEmail);
    m_complainantPhone =
        line(QStringLiteral("fieldComplainantPhone"), tr("Phone"), tr("The complainant's phone"));
    m_form->addRow(tr("Phone"), m_complainantPhone);
    m_complainantPostcode = line(QStringLiteral("fieldComplainantPostcode"), tr("Postcode"),
                                 tr("The complainant's postcode"));
    m_form->addRow(tr("Postcode"), m_complainantPostcode);
    m_role = combo(QStringLiteral("fieldComplainantRole"), tr("Complainant's role"),
                   tr("Who the complainant is to the child"), m_context.complainantRoles);
    m_form->addRow(tr("Role"), m_role);
    m_advocacyOffered =
        intake::checkBox(this, QStringLiteral("fieldAdvocacyOffered"), tr("Advocacy offered"),
                         tr("Whether advocacy was offered"));
    connect(m_advocacyOffered, &QCheckBox::toggled, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(QString(), m_advocacyOffered);
    m_advocate = line(QStringLiteral("fieldAdvocate"), tr("Advocate provided by"),
                      tr("Who provided an advocate (e.g. NYAS); empty when none"));
    m_form->addRow(tr("Advocate provided by"), m_advocate);
    m_team = new TeamPicker(m_context.units, m_form, this);
    // The case view's tabs and the menus already claim these rows' letters.
    for (QComboBox* field : {m_team->serviceCombo(), m_team->teamCombo()})
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(label->text().remove(u'&'));
    connect(m_team, &TeamPicker::changed, this, &CaseFieldsEditor::noteEdit);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("fieldOfficer"));
    m_officer->setAccessibleName(tr("Officer"));
    m_officer->setAccessibleDescription(
        tr("The complaints officer who owns the case; type to filter the users list"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_officer->completer()->setFilterMode(Qt::MatchContains);
    m_officer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_officer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_officer->addItem(tr("Not allocated"), QString());
    for (const ActionDialog::Choice& officer : ActionDialog::officersFrom(users, {}))
        m_officer->addItem(officer.label, officer.code);
    m_hasUsers = m_officer->count() > 1;
    connect(m_officer, &QComboBox::currentTextChanged, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(tr("Officer"), m_officer);
    m_waiverReason = line(QStringLiteral("fieldWaiverReason"), tr("Time limit waived because"),
                          tr("Why a complaint made after the time limit was accepted"));
    m_form->addRow(tr("Time limit &waived because"), m_waiverReason);
    m_publishable = intake::checkBox(this, QStringLiteral("fieldPublishable"), tr("May be &quoted"),
                                     tr("Whether the compliment may be quoted"));
    connect(m_publishable, &QCheckBox::toggled, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(QString(), m_publishable);
    m_complimentTheme = combo(QStringLiteral("fieldComplimentTheme"), tr("Compliment theme"),
                              tr("What the compliment was about, as the annual report counts "
                                 "compliments"),
                              m_context.complimentThemes);
    m_form->addRow(tr("Theme"), m_complimentTheme);
    m_previousComplaint =
        intake::checkBox(this, QStringLiteral("fieldPreviousComplaint"), tr("Complained before"),
                         tr("The complainant had complained before, as recorded (counted "
                            "with the complainants matched to an earlier complaint)"));
    connect(m_previousComplaint, &QCheckBox::toggled, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(QString(), m_previousComplaint);
    m_reopenedUndated = new QSpinBox(this);
    m_reopenedUndated->setObjectName(QStringLiteral("fieldReopenedUndated"));
    m_reopenedUndated->setRange(0, 99);
    m_reopenedUndated->setAccessibleName(tr("Re-opened, no date known"));
    m_reopenedUndated->setAccessibleDescription(
        tr("Times the case was re-opened with no date known (as an imported log gives them), "
           "beside the re-openings recorded with their dates"));
    connect(m_reopenedUndated, &QSpinBox::valueChanged, this, &CaseFieldsEditor::noteEdit);
    m_form->addRow(tr("Re-opened, no date known"), m_reopenedUndated);
    buildChildren();
}

void CaseFieldsEditor::buildChildren()
{
    auto* children = new QGroupBox(tr("Children concerned"), this);
    children->setObjectName(QStringLiteral("fieldChildren"));
    auto* layout = new QVBoxLayout(children);
    m_childrenForm = new QFormLayout;
    layout->addLayout(m_childrenForm);
    auto* adding = new QHBoxLayout;
    m_newChildName =
        intake::lineEdit(this, QStringLiteral("fieldNewChildName"), tr("New child's name"),
                         tr("The name of a child to add to the case; press Enter "
                            "or Add child to add them"));
    m_newChildName->setPlaceholderText(tr("Child's name"));
    m_newChildReference = intake::lineEdit(
        this, QStringLiteral("fieldNewChildReference"), tr("New child's social care reference"),
        tr("The child's id in the social care system, if known"));
    m_newChildReference->setPlaceholderText(tr("Social care reference"));
    auto* add = new QPushButton(tr("Add child"), this);
    add->setObjectName(QStringLiteral("fieldAddChild"));
    add->setAutoDefault(false);
    add->setAccessibleDescription(tr("Adds the child typed beside it to the case"));
    adding->addWidget(m_newChildName, 1);
    adding->addWidget(m_newChildReference, 1);
    adding->addWidget(add);
    layout->addLayout(adding);
    connect(add, &QPushButton::clicked, this, &CaseFieldsEditor::addChild);
    connect(m_newChildName, &QLineEdit::returnPressed, this, &CaseFieldsEditor::addChild);
    connect(m_newChildReference, &QLineEdit::returnPressed, this, &CaseFieldsEditor::addChild);
    m_form->addRow(children);
}

void CaseFieldsEditor::fillChildren(const QList<ChildConcerned>& children, const CaseLabels& labels)
{
    m_children = children;
    m_childStatuses.clear();
    while (m_childrenForm->rowCount() > 0)
        m_childrenForm->removeRow(0);
    for (qsizetype i = 0; i < children.size(); ++i) {
        const ChildConcerned& child = children.at(i);
        const QString who = child.name.isEmpty() ? child.socialCareReference : child.name;
        QComboBox* status =
            combo(QStringLiteral("fieldChildStatus%1").arg(i + 1), tr("Status of %1").arg(who),
                  tr("The child's status when the case came in"), m_context.childStatuses);
        selectCode(status, child.statusCode,
                   labels.label(QStringLiteral("child_status"), child.statusCode));
        auto* remove = new QPushButton(tr("Remove"), this);
        remove->setObjectName(QStringLiteral("fieldRemoveChild%1").arg(i + 1));
        remove->setAutoDefault(false);
        remove->setAccessibleName(tr("Remove %1").arg(who));
        remove->setAccessibleDescription(tr("Takes the child off the case when it is saved"));
        // Queued: the button is deleted with its row.
        connect(
            remove, &QPushButton::clicked, this, [this, i] { removeChild(i); },
            Qt::QueuedConnection);
        auto* row = new QHBoxLayout;
        row->addWidget(status, 1);
        row->addWidget(remove);
        m_childrenForm->addRow(tr("%1:").arg(who), row);
        m_childStatuses.append(status);
    }
}

QList<ChildConcerned> CaseFieldsEditor::editedChildren() const
{
    QList<ChildConcerned> children = m_children;
    for (qsizetype i = 0; i < m_childStatuses.size() && i < children.size(); ++i)
        children[i].statusCode = m_childStatuses.at(i)->currentData().toString();
    return children;
}

void CaseFieldsEditor::addChild()
{
    ChildConcerned child;
    child.name = m_newChildName->text().trimmed();
    child.socialCareReference = m_newChildReference->text().trimmed();
    if (child.name.isEmpty() && child.socialCareReference.isEmpty())
        return;
    QList<ChildConcerned> children = editedChildren();
    children.append(child);
    m_filling = true;
    fillChildren(children, CaseLabels());
    m_newChildName->clear();
    m_newChildReference->clear();
    m_filling = false;
    m_childStatuses.constLast()->setFocus(); // their status next
    noteEdit();
}

void CaseFieldsEditor::removeChild(qsizetype index)
{
    QList<ChildConcerned> children = editedChildren();
    if (index < 0 || index >= children.size())
        return;
    children.removeAt(index);
    m_filling = true;
    fillChildren(children, CaseLabels());
    m_filling = false;
    m_newChildName->setFocus();
    noteEdit();
}

void CaseFieldsEditor::setCase(const Case& record, const CaseLabels& labels)
{
    m_filling = true;
    m_case = record;
    m_summary->setPlainText(record.summary);
    m_receivedOn->setDate(record.receivedOn);
    m_matterArose->setDate(record.matterArose);
    m_dateReason->clear();
    selectCode(m_channel, record.channelCode,
               labels.label(QStringLiteral("channel"), record.channelCode));
    m_complainantName->setText(record.complainant.fullName);
    m_complainantEmail->setText(record.complainant.email);
    m_complainantPhone->setText(record.complainant.phone);
    m_complainantPostcode->setText(record.complainant.postcode);
    selectCode(m_role, record.complainantRoleCode,
               labels.label(QStringLiteral("complainant_role"), record.complainantRoleCode));
    m_advocacyOffered->setChecked(record.advocacyOffered);
    m_advocate->setText(record.advocateProvidedBy);
    if (record.teamId)
        m_team->select(record.teamId, record.serviceAreaId);
    else if (record.serviceAreaId)
        m_team->select(record.serviceAreaId);
    else
        m_team->serviceCombo()->setCurrentIndex(0);
    m_previousComplaint->setChecked(record.previousComplaint);
    m_reopenedUndated->setValue(record.reopenedUndated);
    if (m_officer->findData(record.officer) < 0)
        m_officer->addItem(record.officer, record.officer);
    m_officer->setCurrentIndex(m_officer->findData(record.officer));
    m_waiverReason->setText(record.timeLimitWaiverReason);
    m_publishable->setChecked(record.publishable);
    selectCode(m_complimentTheme, record.complimentThemeCode,
               labels.label(QStringLiteral("compliment_theme"), record.complimentThemeCode));
    m_newChildName->clear();
    m_newChildReference->clear();
    fillChildren(record.children, labels);
    showKindFields();
    m_filling = false;
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

void CaseFieldsEditor::showKindFields()
{
    const bool complaint = m_case.kind == CaseKind::Complaint;
    m_form->setRowVisible(m_matterArose, complaint || m_case.matterArose.isValid());
    m_form->setRowVisible(m_waiverReason, complaint && !m_case.timeLimitWaiverReason.isEmpty());
    m_form->setRowVisible(m_publishable, m_case.kind == CaseKind::Compliment);
    m_form->setRowVisible(m_complimentTheme, m_case.kind == CaseKind::Compliment);
    m_form->setRowVisible(m_dateReason, CaseFieldEdit::needsReasonForDates(m_case));
}

void CaseFieldsEditor::discardEdits()
{
    CaseLabels none;
    // Labels of codes the lists still hold come from the lists; the rest are already added.
    setCase(m_case, none);
}

int CaseFieldsEditor::officerIndex() const
{
    const QString typed = m_officer->currentText().trimmed();
    const int index = m_officer->findText(typed, Qt::MatchFixedString);
    return index >= 0 ? index : m_officer->findData(typed);
}

QString CaseFieldsEditor::problem() const
{
    for (const DateEdit* date : {m_receivedOn, m_matterArose})
        if (QString wrong = date->problem(date->accessibleName()); !wrong.isEmpty())
            return wrong;
    const QString typed = m_officer->currentText().trimmed();
    if (m_hasUsers && !typed.isEmpty() && officerIndex() < 0)
        return tr("Choose the officer from the users list: nobody listed is called \u201c%1\u201d")
            .arg(typed);
    return {};
}

QString CaseFieldsEditor::dateReason() const
{
    return m_dateReason->text().trimmed();
}

Case CaseFieldsEditor::edited(const Case& record) const
{
    Case after = record;
    after.summary = m_summary->toPlainText().trimmed();
    after.receivedOn = m_receivedOn->date();
    after.matterArose = m_matterArose->date();
    after.channelCode = m_channel->currentData().toString();
    after.complainant.fullName = m_complainantName->text().trimmed();
    after.complainant.email = m_complainantEmail->text().trimmed();
    after.complainant.phone = m_complainantPhone->text().trimmed();
    after.complainant.postcode = m_complainantPostcode->text().trimmed();
    after.complainantRoleCode = m_role->currentData().toString();
    after.advocacyOffered = m_advocacyOffered->isChecked();
    after.advocateProvidedBy = m_advocate->text().trimmed();
    after.teamId = m_team->unitId();
    after.serviceAreaId = m_team->serviceAreaId();
    after.previousComplaint = m_previousComplaint->isChecked();
    after.reopenedUndated = m_reopenedUndated->value();
    const int officer = officerIndex();
    after.officer =
        officer >= 0 ? m_officer->itemData(officer).toString() : m_officer->currentText().trimmed();
    after.timeLimitWaiverReason = m_waiverReason->text().trimmed();
    after.publishable = m_publishable->isChecked();
    after.complimentThemeCode = m_complimentTheme->currentData().toString();
    after.children = editedChildren();
    return after;
}

void CaseFieldsEditor::noteEdit()
{
    if (m_filling)
        return;
    const bool modified =
        CaseJson::auditSnapshot(edited(m_case)) != CaseJson::auditSnapshot(m_case);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace redress
