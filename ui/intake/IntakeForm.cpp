#include "IntakeForm.h"

#include "common/DateEdit.h"
#include "intake/IntakeWidgets.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace redress {

IntakeForm::IntakeForm(const IntakeContext& context, CaseKind kind, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(kind)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void IntakeForm::watchForInput()
{
    auto mark = [this] {
        m_edited = true;
        emit edited();
    };
    for (auto* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, mark);
    for (auto* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, mark);
    for (auto* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, mark);
    for (auto* date : findChildren<DateEdit*>())
        connect(date, &DateEdit::dateChanged, this, mark);
    for (auto* button : findChildren<QAbstractButton*>())
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, mark);
}

QString IntakeForm::dateProblem() const
{
    for (const DateEdit* date : findChildren<DateEdit*>())
        if (QString problem = date->problem(date->accessibleName()); !problem.isEmpty())
            return problem;
    return {};
}

DateEdit* IntakeForm::addReceivedOn()
{
    m_receivedOn =
        intake::dateEdit(this, QStringLiteral("receivedOn"), tr("Received on"),
                         tr("The date the council received it (dd/mm/yyyy)"), Clock::today());
    m_form->addRow(tr("&Received on"), m_receivedOn);
    return m_receivedOn;
}

QComboBox* IntakeForm::addChannel()
{
    m_channel = intake::termCombo(this, QStringLiteral("channel"), tr("Channel"),
                                  tr("How it reached the council"), m_context.channels,
                                  tr("Choose how it came in…"));
    m_form->addRow(tr("&Channel"), m_channel);
    return m_channel;
}

Case IntakeForm::newCase() const
{
    Case record;
    record.kind = m_kind;
    if (m_receivedOn)
        record.receivedOn = m_receivedOn->date();
    if (m_channel)
        record.channelCode = m_channel->currentData().toString();
    return record;
}

} // namespace redress
