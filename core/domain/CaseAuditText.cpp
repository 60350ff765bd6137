// CaseJson::auditSnapshotText: the audit snapshot written as compact JSON text straight from
// the case, by the field list auditSnapshot() is written by (CaseFields.h). It must stay byte
// for byte what compacting auditSnapshot() gives, since the stored text is hashed into the
// audit chain; TestCaseAuditText compares the two for every field and for a demo database's
// cases.
#include "CaseFields.h"
#include "CaseJson.h"
#include "util/JsonText.h"

namespace redress {

namespace {

// A caseFields Writer writing compact JSON text, as CaseJson's QJsonObjects compact to.
class TextWriter
{
public:
    struct Array
    {
        void append(const TextWriter& item) { array.append(item.m_object); }
        bool isEmpty() const { return array.isEmpty(); }
        JsonArrayText array;
    };

    void text(const QString& key, const QString& value)
    {
        m_object.insert(key, QStringView(value));
    }
    void flag(const QString& key, bool value) { m_object.insert(key, value); }
    void number(const QString& key, int value) { m_object.insert(key, value); }
    // As CaseJson::date(): ISO 8601, or null when there is none. QDate::toString formats
    // through asprintf, most of the snapshot's time; the digits are written here instead, for
    // the years it writes so (0 to 9999; for others it writes an empty text).
    void date(const QString& key, QDate date)
    {
        if (!date.isValid()) {
            m_object.insertNull(key);
            return;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        date.getDate(&year, &month, &day);
        if (year < 0 || year > 9999) {
            m_object.insert(key, date.toString(Qt::ISODate));
            return;
        }
        char text[10] = {char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10)};
        m_object.insert(key, QLatin1StringView(text, sizeof text));
    }
    // The id, as the snapshot names no unit by its code.
    void unit(const QString& key, qint64 id)
    {
        if (id == 0)
            m_object.insertNull(key);
        else
            m_object.insert(key, id);
    }
    // Pence as CaseJson writes them, a double.
    void pence(const QString& key, qint64 amount) { m_object.insert(key, double(amount)); }
    void object(const QString& key, const TextWriter& value)
    {
        m_object.insert(key, value.m_object);
    }
    void array(const QString& key, const Array& value) { m_object.insert(key, value.array); }
    TextWriter nested() const { return {}; }

    void reserve(qsizetype members, qsizetype bytes) { m_object.reserve(members, bytes); }
    QByteArray json() const { return m_object.text(); }

private:
    JsonObjectText m_object;
};

} // namespace

QByteArray CaseJson::auditSnapshotText(const Case& record)
{
    TextWriter writer;
    writer.reserve(40 + 24 * record.stages.size(), 2048);
    caseFields::writeAuditSnapshot(writer, record);
    return writer.json();
}

} // namespace redress
