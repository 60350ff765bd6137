#include "ConcernForm.h"

#include "intake/ChildrenEditor.h"
#include "intake/IntakeWidgets.h"
#include "intake/PersonPicker.h"
#include "intake/TeamPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace redress {

ConcernForm::ConcernForm(const IntakeContext& context, CaseKind kind, QWidget* parent)
    : IntakeForm(context, kind, parent)
{
    setObjectName(kind == CaseKind::Comment ? QStringLiteral("commentForm")
                                            : QStringLiteral("concernForm"));
    const QString who = kind == CaseKind::Comment ? tr("Commenter") : tr("Raised by");
    addReceivedOn();
    addChannel();
    m_person = new PersonPicker(*context.session, QStringLiteral("complainant"), who, form(), this);
    m_role = intake::termCombo(this, QStringLiteral("complainantRole"), tr("Their role"),
                               tr("Who raised it: parent, young person, professional…"),
                               context.complainantRoles, tr("Choose their role…"));
    form()->addRow(tr("Their r&ole"), m_role);
    m_children = new ChildrenEditor(context.childStatuses, this);
    form()->addRow(m_children);
    m_team = new TeamPicker(context.units, form(), this);
    m_summary = intake::textEdit(this, QStringLiteral("summary"), tr("What it is about"),
                                 tr("The concern or comment in a sentence or two"));
    form()->addRow(tr("&What it is about"), m_summary);
    m_category = intake::termCombo(this, QStringLiteral("category"), tr("Category"),
                                   tr("The category, for the annual report"), context.categories,
                                   tr("Choose a category…"));
    form()->addRow(tr("Cate&gory"), m_category);
    watchForInput();
}

Result<Case> ConcernForm::buildCase() const
{
    Case record = newCase();
    record.complainant = m_person->person();
    record.complainantRoleCode = m_role->currentData().toString();
    if (record.complainantRoleCode == u"anonymous") {
        record.complainant = Person{};
        record.complainant.anonymous = true;
    }
    record.children = m_children->children();
    record.teamId = m_team->unitId();
    record.serviceAreaId = m_team->serviceAreaId();
    record.summary = m_summary->toPlainText().trimmed();
    if (record.summary.isEmpty())
        return fail(tr("Say what the %1 is about").arg(caseKindLabel(kind()).toLower()));
    ComplaintPoint point;
    point.description = record.summary;
    point.categoryCode = m_category->currentData().toString();
    record.points = {point};
    return record;
}

} // namespace redress
