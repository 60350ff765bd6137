#include "CaseJson.h"

#include "CaseFields.h"

namespace redress {

namespace {

// A caseFields Writer building a QJsonObject.
class ObjectWriter
{
public:
    struct Array
    {
        void append(const ObjectWriter& item) { array.append(item.json()); }
        bool isEmpty() const { return array.isEmpty(); }
        QJsonArray array;
    };

    // `unit` names a team (an id, or null for none, when it names none); it must outlive this.
    explicit ObjectWriter(const CaseJson::UnitName& unit) : m_unit(unit) {}

    void text(const QString& key, const QString& value) { m_object.insert(key, value); }
    void flag(const QString& key, bool value) { m_object.insert(key, value); }
    void number(const QString& key, int value) { m_object.insert(key, value); }
    void date(const QString& key, QDate value) { m_object.insert(key, CaseJson::date(value)); }
    void unit(const QString& key, qint64 id)
    {
        if (m_unit)
            m_object.insert(key, m_unit(id));
        else
            m_object.insert(key, id == 0 ? QJsonValue() : QJsonValue(id));
    }
    // Money as a JSON number: pence fit a double exactly far beyond any remedy.
    void pence(const QString& key, qint64 amount) { m_object.insert(key, double(amount)); }
    void object(const QString& key, const ObjectWriter& value)
    {
        m_object.insert(key, value.json());
    }
    void array(const QString& key, const Array& value) { m_object.insert(key, value.array); }
    ObjectWriter nested() const { return ObjectWriter(m_unit); }

    const QJsonObject& json() const { return m_object; }

private:
    const CaseJson::UnitName& m_unit;
    QJsonObject m_object;
};

} // namespace

QJsonValue CaseJson::date(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject CaseJson::stageToJson(const Stage& stage)
{
    const UnitName none;
    ObjectWriter writer(none);
    caseFields::writeStage(writer, stage);
    return writer.json();
}

QJsonArray CaseJson::part(Part part, const Case& record, const UnitName& unit)
{
    return caseFields::writePart(ObjectWriter(unit), part, record).array;
}

QJsonObject CaseJson::toJson(const Case& record, const UnitName& unit)
{
    ObjectWriter writer(unit);
    caseFields::writeCase(writer, record);
    return writer.json();
}

QJsonObject CaseJson::auditSnapshot(const Case& record)
{
    const UnitName none;
    ObjectWriter writer(none);
    caseFields::writeAuditSnapshot(writer, record);
    return writer.json();
}

} // namespace redress
