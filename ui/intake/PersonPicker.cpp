#include "PersonPicker.h"

#include "intake/IntakeWidgets.h"
#include "intake/PeopleDirectory.h"
#include "session/Session.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QWidget>

namespace redress {

namespace {
constexpr int personIdRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2;
constexpr int caseCountRole = Qt::UserRole + 3;
} // namespace

PersonPicker::PersonPicker(Session& session, const QString& prefix, const QString& who,
                           QFormLayout* form, QWidget* parent)
    : QObject(parent), m_session(session)
{
    setObjectName(prefix + QStringLiteral("Picker"));
    m_name = intake::lineEdit(
        parent, prefix + QStringLiteral("Name"), tr("%1's name").arg(who),
        tr("Type a name, email or phone number; people already recorded are offered, and picking "
           "one links this case to them"));
    m_email = intake::lineEdit(parent, prefix + QStringLiteral("Email"), tr("%1's email").arg(who),
                               tr("Email address, if given"));
    m_phone = intake::lineEdit(parent, prefix + QStringLiteral("Phone"), tr("%1's phone").arg(who),
                               tr("Phone number, if given"));
    m_known = new QLabel(tr("New person"), parent);
    m_known->setObjectName(prefix + QStringLiteral("Known"));
    m_known->setAccessibleName(tr("Whether %1 is already recorded").arg(who.toLower()));
    form->addRow(tr("%1's &name").arg(who), m_name);
    form->addRow(QString(), m_known);
    form->addRow(tr("Emai&l"), m_email);
    form->addRow(tr("P&hone"), m_phone);

    m_offers = new QStandardItemModel(this);
    m_completer = new QCompleter(m_offers, this);
    m_completer->setObjectName(prefix + QStringLiteral("Completer"));
    // The directory has already matched (by surname too): show all it found.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(nameRole);
    m_completer->popup()->setObjectName(prefix + QStringLiteral("Offers"));
    m_completer->popup()->setAccessibleName(tr("People already recorded"));
    m_name->setCompleter(m_completer);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_linked.id != 0 && text.trimmed() != m_linked.fullName) {
            m_linked = Person{};
            m_known->setText(tr("New person"));
        }
        offerPeople(text);
        emit changed();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { link(index.data(personIdRole).toLongLong()); });
    for (QLineEdit* edit : {m_email, m_phone})
        connect(edit, &QLineEdit::textEdited, this, &PersonPicker::changed);
}

void PersonPicker::offerPeople(const QString& text)
{
    m_offers->clear();
    if (text.trimmed().size() < 2)
        return;
    // A failed look-up only means nothing is offered; the officer can still type a new person.
    auto found = m_session.people().find(text);
    if (!found)
        return;
    for (const KnownPerson& person : found.value()) {
        QStringList contact;
        for (const QString& part : {person.email, person.phone})
            if (!part.isEmpty())
                contact << part;
        auto* item =
            new QStandardItem(tr("%1 — %2 — %n case(s)", nullptr, person.caseCount)
                                  .arg(person.fullName, contact.isEmpty() ? tr("no contact details")
                                                                          : contact.join(u", ")));
        item->setData(person.id, personIdRole);
        item->setData(person.fullName, nameRole);
        item->setData(person.caseCount, caseCountRole);
        m_offers->appendRow(item);
    }
}

void PersonPicker::link(qint64 personId)
{
    auto person = m_session.people().person(personId);
    if (!person) {
        m_known->setText(person.error());
        return;
    }
    m_linked = person.value();
    m_name->setText(m_linked.fullName);
    m_email->setText(m_linked.email);
    m_phone->setText(m_linked.phone);
    int cases = 0;
    for (int row = 0; row < m_offers->rowCount(); ++row)
        if (m_offers->item(row)->data(personIdRole).toLongLong() == personId)
            cases = m_offers->item(row)->data(caseCountRole).toInt();
    m_known->setText(tr("Already recorded (%n earlier case(s)): this case will be linked to them",
                        nullptr, cases));
    emit changed();
}

Person PersonPicker::person() const
{
    Person result = m_linked;
    result.fullName = m_name->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = m_phone->text().trimmed();
    return result;
}

bool PersonPicker::hasInput() const
{
    return !m_name->text().trimmed().isEmpty() || !m_email->text().trimmed().isEmpty() ||
           !m_phone->text().trimmed().isEmpty();
}

} // namespace redress
