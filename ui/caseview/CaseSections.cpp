#include "CaseSections.h"

#include "caseview/CaseLabels.h"
#include "common/ReadOnlyTable.h"
#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

namespace {

QTableWidget* table(const QString& name, const QString& accessibleName, const QStringList& headers,
                    QWidget* parent)
{
    QTableWidget* widget = makeReadOnlyTable(name, headers, parent);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QWidget* stacked(QWidget* parent, const QList<std::pair<QString, QTableWidget*>>& parts)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    for (const auto& [caption, widget] : parts) {
        auto* label = new QLabel(caption, page);
        label->setBuddy(widget);
        layout->addWidget(label);
        layout->addWidget(widget);
    }
    return page;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CaseSections", "yes")
                 : QCoreApplication::translate("CaseSections", "no");
}

} // namespace

CaseSections::CaseSections(QWidget* parent) : QObject(parent)
{
    m_complainant = table(QStringLiteral("caseComplainant"), tr("Complainant"),
                          {tr("Name"), tr("Role"), tr("Email"), tr("Phone"), tr("Postcode"),
                           tr("Advocacy offered"), tr("Advocate"), tr("Complained before"),
                           tr("Times re-opened")},
                          parent);
    m_children = table(QStringLiteral("caseChildren"), tr("Children concerned"),
                       {tr("Name"), tr("Social care reference"), tr("Status at the time"),
                        tr("Advocate offered"), tr("Advocate")},
                       parent);
    m_people = stacked(
        parent, {{tr("&Complainant"), m_complainant}, {tr("Children concerned"), m_children}});

    m_notes = table(QStringLiteral("caseNotes"), tr("Notes"), {tr("When"), tr("Who"), tr("Note")},
                    parent);
    m_links = table(QStringLiteral("caseLinks"), tr("Linked cases"), {tr("Reference"), tr("Link")},
                    parent);
    m_links->setAccessibleDescription(tr("Press Enter on a linked case to open it"));
    connect(m_links, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        const QTableWidgetItem* item = m_links->item(index.row(), 0);
        if (item)
            emit openCaseRequested(item->data(Qt::UserRole).toLongLong());
    });
}

// "3 (01/06/2020, 03/09/2020 and 1 not dated)": how many times, and when as far as known.
QString CaseSections::reopenedText(const Case& record)
{
    QStringList dates;
    for (const Reopening& reopening : record.reopenings)
        dates << ukDate(reopening.reopenedOn);
    if (dates.isEmpty())
        return QString::number(record.timesReopened());
    if (record.reopenedUndated > 0)
        dates << tr("%n not dated", nullptr, record.reopenedUndated);
    return tr("%1 (%2)").arg(record.timesReopened()).arg(dates.join(QStringLiteral(", ")));
}

void CaseSections::show(const Case& record, const QList<CaseLink>& caseLinks,
                        const CaseLabels& labels)
{
    const Person& person = record.complainant;
    fillReadOnlyTable(
        m_complainant,
        {{person.anonymous ? tr("(anonymous)") : person.fullName,
          labels.label(QStringLiteral("complainant_role"), record.complainantRoleCode),
          person.email, person.phone, person.postcode, yesNo(record.advocacyOffered),
          record.advocateProvidedBy, yesNo(record.previousComplaint), reopenedText(record)}});
    QList<QStringList> children;
    for (const ChildConcerned& child : record.children)
        children << QStringList{child.name, child.socialCareReference,
                                labels.label(QStringLiteral("child_status"), child.statusCode),
                                yesNo(child.advocateOffered), child.advocateProvider};
    fillReadOnlyTable(m_children, children);

    QList<QStringList> notes;
    for (const Note& note : record.notes)
        notes << QStringList{
            note.createdAtUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            note.author, note.text};
    fillReadOnlyTable(m_notes, notes);
    QList<QStringList> links;
    for (const CaseLink& link : caseLinks) {
        // What the other case is to this one.
        const QString kind = link.kind == u"lgsco_enquiry_of" ? tr("Complaint the enquiry is about")
                             : link.kind == u"referred_to_lgsco" ? tr("Ombudsman enquiry")
                                                                 : tr("Related");
        links << QStringList{link.otherReference, kind};
    }
    fillReadOnlyTable(m_links, links);
    for (int row = 0; row < caseLinks.size(); ++row)
        m_links->item(row, 0)->setData(Qt::UserRole, caseLinks.at(row).otherCaseId);
}

} // namespace redress
