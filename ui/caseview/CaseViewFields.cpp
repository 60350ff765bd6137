// The Details, Stages and Ombudsman tabs of the case view: the case's own fields, the dates
// of its stages and the Ombudsman's decision, edited and saved with the version check. Kept apart
// from CaseView.cpp, which holds the rest of the view.
#include "CaseView.h"
#include "caseview/CaseFieldsEditor.h"
#include "caseview/OmbudsmanEditor.h"
#include "caseview/StageDatesEditor.h"
#include "common/DialogFit.h"
#include "intake/IntakeContext.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "workflow/CaseFieldEdit.h"
#include "workflow/StageDateEdit.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

QWidget* CaseView::makeDetailsPage()
{
    auto context = IntakeContext::load(m_session);
    auto users = m_session.referenceData().users();
    if (!context)
        showBanner(context.error(), true);
    else if (!users)
        showBanner(users.error(), true);
    m_fields = new CaseFieldsEditor(context ? context.value() : IntakeContext{},
                                    users ? users.value() : QList<User>{}, this);
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseDetailsPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_fields);
    layout->addStretch();
    auto* save = new QPushButton(tr("Sa&ve details"), page);
    save->setObjectName(QStringLiteral("saveFields"));
    save->setAccessibleDescription(tr("Saves the changes to the case and its history"));
    save->setEnabled(false);
    connect(m_fields, &CaseFieldsEditor::modifiedChanged, save, &QPushButton::setEnabled);
    connect(save, &QPushButton::clicked, this, [this] { (void)saveFields(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    layout->addLayout(buttons);
    // The form is taller than a small screen.
    return scrollable(page, tr("Case details"));
}

bool CaseView::saveFields()
{
    if (!m_fields->isModified())
        return true;
    const QString notSaved = tr("The details were not saved.");
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        showBanner(notSaved + u' ' + problem, true);
        return false;
    }
    const QString reason = m_fields->dateReason();
    auto checked = CaseFieldEdit::apply(m_case, m_fields->edited(m_case), reason);
    if (!checked) {
        showBanner(notSaved + u' ' + checked.error(), true);
        return false;
    }
    return storeEdit(checked.value(), CaseFieldEdit::describe(reason),
                     [this] { m_fields->discardEdits(); });
}

QWidget* CaseView::makeOmbudsmanPage()
{
    m_ombudsman = new OmbudsmanEditor(this);
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseOmbudsmanPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_ombudsman, 1);
    auto* save = new QPushButton(tr("Sa&ve the Ombudsman's decision"), page);
    save->setObjectName(QStringLiteral("saveOmbudsman"));
    save->setAccessibleDescription(tr("Saves the changes to the case and its history"));
    save->setEnabled(false);
    connect(m_ombudsman, &OmbudsmanEditor::modifiedChanged, save, &QPushButton::setEnabled);
    connect(save, &QPushButton::clicked, this, [this] { (void)saveOmbudsman(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    layout->addLayout(buttons);
    m_ombudsmanPage = scrollable(page, tr("Ombudsman's decision"));
    return m_ombudsmanPage;
}

bool CaseView::saveOmbudsman()
{
    if (!m_ombudsman->isModified())
        return true;
    if (const QString problem = m_ombudsman->problem(); !problem.isEmpty()) {
        showBanner(tr("The Ombudsman's decision was not saved.") + u' ' + problem, true);
        return false;
    }
    Case changed = m_case;
    changed.ombudsman = m_ombudsman->decision();
    return storeEdit(changed, tr("Ombudsman's decision changed"),
                     [this] { m_ombudsman->discardEdits(); });
}

QWidget* CaseView::makeStagesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseStagesPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_stages, 1);
    auto* box = new QGroupBox(tr("Correct a stage's dates"), page);
    auto* boxLayout = new QVBoxLayout(box);
    m_stageDates = new StageDatesEditor(box);
    boxLayout->addWidget(m_stageDates);
    auto* save = new QPushButton(tr("Sa&ve stage dates"), box);
    save->setObjectName(QStringLiteral("saveStageDates"));
    save->setAccessibleDescription(tr("Saves the corrected dates to the case and its history"));
    save->setEnabled(false);
    connect(m_stageDates, &StageDatesEditor::modifiedChanged, save, &QPushButton::setEnabled);
    connect(save, &QPushButton::clicked, this, [this] { (void)saveStageDates(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    boxLayout->addLayout(buttons);
    layout->addWidget(box);
    return page;
}

bool CaseView::saveStageDates()
{
    if (!m_stageDates->isModified())
        return true;
    const QString notSaved = tr("The stage dates were not saved.");
    if (const QString problem = m_stageDates->problem(); !problem.isEmpty()) {
        showBanner(notSaved + u' ' + problem, true);
        return false;
    }
    const int stage = m_stageDates->stageNumber();
    const QString reason = m_stageDates->reason();
    auto checked = StageDateEdit::apply(m_case, stage, m_stageDates->dates(), reason);
    if (!checked) {
        showBanner(notSaved + u' ' + checked.error(), true);
        return false;
    }
    return storeEdit(checked.value(), StageDateEdit::describe(stage, reason),
                     [this] { m_stageDates->discardEdits(); });
}

} // namespace redress
