#include "SubjectAccessText.h"

#include "SubjectAccess.h"
#include "domain/CaseKind.h"
#include "storage/ReferenceLabels.h"
#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessText)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// Another person's name, marked so the officer cannot miss it when reviewing.
QString review(const QString& name)
{
    return QStringLiteral("<span style=\"background-color:#ffe08a\"><b>%1</b> %2</span>")
        .arg(Text::tr("REVIEW:"), escaped(name));
}

class Writer
{
public:
    Writer(const SubjectAccessRecord& record, const ReferenceLabels& labels)
        : m_record(record), m_labels(labels)
    {}

    QString html()
    {
        const Person& person = m_record.person;
        m_html += QStringLiteral("<html><body>");
        m_html += QStringLiteral("<h1>%1</h1>")
                      .arg(escaped(Text::tr("Information held about %1").arg(person.fullName)));
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(escaped(Text::tr("Produced on %1 by %2. Names marked REVIEW are other "
                                            "people's: decide before this is sent whether each "
                                            "may be disclosed, and redact those that may not.")
                                       .arg(ukDate(m_record.producedOn), m_record.producedBy)));
        heading(Text::tr("Personal details"));
        table({{Text::tr("Name"), escaped(person.fullName)},
               {Text::tr("Email"), escaped(person.email)},
               {Text::tr("Telephone"), escaped(person.phone)},
               {Text::tr("Address"), escaped(person.address)},
               {Text::tr("Postcode"), escaped(person.postcode)},
               {Text::tr("Ward"), escaped(person.ward)},
               {Text::tr("Age band"), escaped(person.ageBand)},
               {Text::tr("Ethnicity"), escaped(person.ethnicity)},
               {Text::tr("Disability"), escaped(person.disability)}});

        heading(Text::tr("Cases they brought (%n)", nullptr, int(m_record.cases.size())));
        for (const Case& c : m_record.cases)
            writeCase(c);
        heading(
            Text::tr("Other cases that name them (%n)", nullptr, int(m_record.mentioning.size())));
        for (const Case& c : m_record.mentioning)
            writeCase(c);

        heading(Text::tr("The record of changes (%n entry/entries)", nullptr,
                         int(m_record.audit.size())));
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        row({Text::tr("When"), Text::tr("Who"), Text::tr("Case"), Text::tr("What")}, true);
        for (const AuditEntry& entry : m_record.audit)
            row({escaped(entry.atUtc.toTimeZone(QTimeZone::systemTimeZone())
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                 escaped(entry.actor), escaped(entry.caseReference), escaped(entry.detail)});
        m_html += QStringLiteral("</table>");

        heading(Text::tr("Other people named, to review (%n)", nullptr,
                         int(m_record.thirdParties.size())));
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        row({Text::tr("Name"), Text::tr("Named as"), Text::tr("Case")}, true);
        for (const ThirdParty& party : m_record.thirdParties)
            row({review(party.name), escaped(party.role), escaped(party.caseReference)});
        m_html += QStringLiteral("</table></body></html>");
        return m_html;
    }

private:
    void heading(const QString& text, int level = 2)
    {
        m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
    }

    void row(const QStringList& cells, bool header = false)
    {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        m_html += QStringLiteral("<tr>");
        for (const QString& cell : cells)
            m_html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
        m_html += QStringLiteral("</tr>");
    }

    // Label and value pairs, the values already HTML; empty values left out.
    void table(const QList<std::pair<QString, QString>>& rows)
    {
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto& [label, value] : rows)
            if (!value.isEmpty())
                row({QStringLiteral("<b>%1</b>").arg(escaped(label)), value});
        m_html += QStringLiteral("</table>");
    }

    QString name(const QString& text) const
    {
        return text.trimmed().compare(m_record.person.fullName.trimmed(), Qt::CaseInsensitive) == 0
                   ? escaped(text)
                   : review(text);
    }

    void writeCase(const Case& c)
    {
        heading(QStringLiteral("%1 — %2").arg(c.reference, caseKindLabel(c.kind)), 3);
        table({{Text::tr("Procedure"),
                escaped(c.procedure == Procedure::None ? QString() : procedureLabel(c.procedure))},
               {Text::tr("Received"), escaped(ukDate(c.receivedOn))},
               {Text::tr("State"), escaped(caseStateLabel(c.state))},
               {Text::tr("Closed"), escaped(ukDate(c.closedOn))},
               {Text::tr("Complainant"),
                c.complainant.fullName.isEmpty() ? QString() : name(c.complainant.fullName)},
               {Text::tr("As"),
                escaped(m_labels.label(QStringLiteral("complainant_role"), c.complainantRoleCode))},
               {Text::tr("Received by"),
                escaped(m_labels.label(QStringLiteral("channel"), c.channelCode))},
               {Text::tr("Team"), escaped(m_labels.teamName(c.teamId))},
               {Text::tr("Summary"), escaped(c.summary)}});
        for (const Stage& stage : c.stages)
            table({{Text::tr("Stage %1").arg(stage.number),
                    escaped(Text::tr("requested %1; acknowledged %2; responded %3")
                                .arg(ukDate(stage.requestedOn), dateOrDash(stage.acknowledgedOn),
                                     dateOrDash(stage.respondedOn)))},
                   {Text::tr("Outcome"),
                    escaped(m_labels.label(QStringLiteral("outcome"), stage.outcomeCode))}});
        for (const ComplaintPoint& point : c.points)
            table({{Text::tr("Point"),
                    escaped(QStringLiteral("%1 (%2)").arg(
                        point.description,
                        m_labels.label(QStringLiteral("category"), point.categoryCode)))}});
        for (const ChildConcerned& child : c.children)
            table({{Text::tr("Child"), name(child.name)},
                   {Text::tr("Child's status"),
                    escaped(m_labels.label(QStringLiteral("child_status"), child.statusCode))}});
        for (const StaffNamed& staff : c.staffNamed)
            table({{Text::tr("Staff named"),
                    name(staff.name) + escaped(staff.jobTitle.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(", ") + staff.jobTitle)}});
        for (const Remedy& remedy : c.remedies)
            table({{Text::tr("Remedy"),
                    escaped(QStringLiteral("%1: %2%3")
                                .arg(m_labels.label(QStringLiteral("remedy_type"), remedy.typeCode),
                                     remedy.description,
                                     remedy.amountPence
                                         ? QStringLiteral(" (%1)").arg(ukMoney(remedy.amountPence))
                                         : QString()))}});
        for (const Note& note : c.notes)
            table({{Text::tr("Note"),
                    escaped(QStringLiteral("%1, %2: %3")
                                .arg(note.createdAtUtc.toTimeZone(QTimeZone::systemTimeZone())
                                         .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                     note.author, note.text))}});
    }

    static QString dateOrDash(QDate date)
    {
        return date.isValid() ? ukDate(date) : QStringLiteral("–");
    }

    const SubjectAccessRecord& m_record;
    const ReferenceLabels& m_labels;
    QString m_html;
};

} // namespace

QString subjectAccessHtml(const SubjectAccessRecord& record, const ReferenceLabels& labels)
{
    return Writer(record, labels).html();
}

} // namespace redress
