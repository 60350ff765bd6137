#pragma once

#include "domain/Case.h"

#include <QObject>

class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QWidget;

namespace redress {

class Session;

// Name, email and phone of whoever contacted the council. As the officer types a name,
// people already recorded are offered; picking one links the case to them, so a repeat
// complainant is counted once. Changing the name afterwards unlinks them again.
class PersonPicker : public QObject
{
    Q_OBJECT

public:
    // `prefix` starts each control's object name (complainantName, complainantEmail…); the
    // rows go into `form` with labels saying `who` ("Complainant", "MP"…).
    PersonPicker(Session& session, const QString& prefix, const QString& who, QFormLayout* form,
                 QWidget* parent);

    // The person to record: the linked one with any corrected contact details, or a new one.
    Person person() const;
    qint64 linkedId() const { return m_linked.id; }
    bool hasInput() const;
    QLineEdit* nameEdit() const { return m_name; }
    QCompleter* completer() const { return m_completer; }

signals:
    void changed();

private:
    void offerPeople(const QString& text);
    void link(qint64 personId);

    Session& m_session;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_known = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_offers = nullptr;
    Person m_linked; // id 0: a new person
};

} // namespace redress
