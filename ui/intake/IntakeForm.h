#pragma once

#include "domain/Case.h"
#include "intake/IntakeContext.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QFormLayout;

namespace redress {

class DateEdit;

// One kind group's page of the new-case dialog: it asks what that kind needs and builds the
// case to log. It never saves; the dialog does, through the workflow.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    IntakeForm(const IntakeContext& context, CaseKind kind, QWidget* parent = nullptr);

    CaseKind kind() const { return m_kind; }
    // The case to log, or what the officer must correct first.
    virtual Result<Case> buildCase() const = 0;
    // Has the officer typed or chosen anything yet?
    bool hasInput() const { return m_edited; }
    // What is wrong with a date typed on the form (the first such), or empty.
    QString dateProblem() const;

signals:
    void edited();

protected:
    // Call at the end of a constructor: from then on any change the officer makes is input.
    void watchForInput();
    QFormLayout* form() const { return m_form; }
    DateEdit* addReceivedOn();
    QComboBox* addChannel();
    // What every kind records the same way: kind, received, channel.
    Case newCase() const;

    const IntakeContext& m_context;

private:
    CaseKind m_kind;
    QFormLayout* m_form = nullptr;
    DateEdit* m_receivedOn = nullptr;
    QComboBox* m_channel = nullptr;
    bool m_edited = false;
};

} // namespace redress
