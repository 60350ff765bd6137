#pragma once

#include "domain/Case.h"
#include "intake/IntakeContext.h"
#include "storage/ReferenceData.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace redress {

class CaseLabels;
class DateEdit;
class TeamPicker;

// The case's own fields, editable after logging: summary, the dates it was received and the
// matter arose, channel, the complainant and their role, advocacy, the children's status,
// service area and team (a team may serve another service area), the officer (picked from the
// users list, typing filters it), what only some kinds have (the time-limit waiver of a
// complaint, whether a compliment may be quoted), what a council's log records (an earlier
// complaint, re-openings with no date), and the children concerned: each one's status, added and
// removed. On a closed case a change of dates asks for a reason. It holds edits until the case
// view saves them; what is shown for codes is always their label.
class CaseFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    CaseFieldsEditor(const IntakeContext& context, const QList<User>& users,
                     QWidget* parent = nullptr);

    // Shows `record` (discarding edits).
    void setCase(const Case& record, const CaseLabels& labels);
    // `record` with the fields as edited.
    Case edited(const Case& record) const;
    bool isModified() const { return m_modified; }
    void discardEdits();
    // Empty, or what must be put right first (a date that is not one, an officer not listed).
    QString problem() const;
    // Why the dates of a closed case are being changed (empty when not asked).
    QString dateReason() const;

signals:
    void modifiedChanged(bool modified);

private:
    void build(const QList<User>& users);
    QComboBox* combo(const QString& name, const QString& label, const QString& description,
                     const QList<TaxonomyTerm>& terms);
    void buildChildren();
    // Shows `children`, their statuses chosen from the list or, when no longer listed, by
    // the labels in `labels`.
    void fillChildren(const QList<ChildConcerned>& children, const CaseLabels& labels);
    // The children as edited: the case's and those added, less those removed, with their
    // statuses as chosen.
    QList<ChildConcerned> editedChildren() const;
    void addChild();
    void removeChild(qsizetype index);
    void noteEdit();
    void showKindFields();
    // The index of the officer typed or chosen, by label or user name; -1 when not listed.
    int officerIndex() const;

    IntakeContext m_context;
    Case m_case;
    bool m_modified = false;
    bool m_filling = false;
    bool m_hasUsers = false; // without a users list any name typed is taken
    QFormLayout* m_form = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    DateEdit* m_receivedOn = nullptr;
    DateEdit* m_matterArose = nullptr;
    QLineEdit* m_dateReason = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_complainantName = nullptr;
    QLineEdit* m_complainantEmail = nullptr;
    QLineEdit* m_complainantPhone = nullptr;
    QLineEdit* m_complainantPostcode = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_advocacyOffered = nullptr;
    QLineEdit* m_advocate = nullptr;
    TeamPicker* m_team = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_waiverReason = nullptr;
    QCheckBox* m_publishable = nullptr;
    QComboBox* m_complimentTheme = nullptr;
    QCheckBox* m_previousComplaint = nullptr;
    QSpinBox* m_reopenedUndated = nullptr;
    QFormLayout* m_childrenForm = nullptr;
    QList<ChildConcerned> m_children; // as shown: the case's, then any added
    QList<QComboBox*> m_childStatuses;
    QLineEdit* m_newChildName = nullptr;
    QLineEdit* m_newChildReference = nullptr;
};

} // namespace redress
