#pragma once

#include "domain/Case.h"
#include "workflow/StageDateEdit.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace redress {

class DateEdit;

// Corrects the dates of a stage's steps after the fact (Stages tab): pick the stage, retype
// the dates recorded on it (acknowledged, statement agreed, report received, panel held, its
// report, responded) and say why. Only recorded dates are offered: a step not yet done is
// recorded by its action. It holds the edits until the case view saves them; the stage cannot
// be switched while it does.
class StageDatesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StageDatesEditor(QWidget* parent = nullptr);

    // Shows `record` at its current stage, or at the stage shown before when it still has it
    // (discarding edits).
    void setCase(const Case& record);
    int stageNumber() const;
    StageDates dates() const;
    QString reason() const;
    bool isModified() const { return m_modified; }
    void discardEdits();
    // Empty, or a box that does not hold a date, named.
    QString problem() const;

signals:
    void modifiedChanged(bool modified);

private:
    void showStage();
    void noteEdit();

    Case m_case;
    bool m_modified = false;
    bool m_filling = false;
    QComboBox* m_stage = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_none = nullptr;
    QList<DateEdit*> m_dates; // in the order of StageDateEdit's steps
    QLineEdit* m_reason = nullptr;
};

} // namespace redress
