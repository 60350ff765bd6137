#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace redress {

// Compact JSON written straight to UTF-8 text, byte for byte what
// QJsonDocument(...).toJson(QJsonDocument::Compact) gives for the same values: an object's
// keys sorted by their UTF-16 code units (as QJsonObject keeps them) with the last value of
// a repeated key kept, strings escaped as Qt escapes them, integral doubles within ±2^53
// written as integers (as QJsonValue stores them) and other numbers in their shortest form.
// The audit trail hashes and stores its snapshots as this text, so building a QJsonObject
// only to compact it is work it can skip; a change here must keep that identity (see
// TestJsonText).
namespace JsonText {
// `text` quoted and escaped.
void appendString(QByteArray& out, QStringView text);
void appendString(QByteArray& out, QLatin1StringView text);
void appendInteger(QByteArray& out, qint64 value);
void appendDouble(QByteArray& out, double value);
} // namespace JsonText

class JsonObjectText;

// A JSON array, its values appended in order.
class JsonArrayText
{
public:
    JsonArrayText() : m_text(1, '[') {}

    void appendNull() { next() += "null"; }
    void append(bool value) { next() += value ? "true" : "false"; }
    void append(int value) { JsonText::appendInteger(next(), value); }
    void append(qint64 value) { JsonText::appendInteger(next(), value); }
    void append(double value) { JsonText::appendDouble(next(), value); }
    void append(QStringView value) { JsonText::appendString(next(), value); }
    void append(QLatin1StringView value) { JsonText::appendString(next(), value); }
    void append(const JsonObjectText& value);
    void append(const JsonArrayText& value) { next() += value.text(); }
    void append(const char*) = delete; // it would be taken as a bool

    bool isEmpty() const { return m_count == 0; }
    // The whole array, "[…]".
    QByteArray text() const { return m_text + ']'; }

private:
    QByteArray& next()
    {
        if (m_count++ > 0)
            m_text += ',';
        return m_text;
    }

    QByteArray m_text;
    qsizetype m_count = 0;
};

// A JSON object, its members inserted in any order.
class JsonObjectText
{
public:
    void insertNull(const QString& key) { value(key) += "null"; }
    void insert(const QString& key, bool value) { this->value(key) += value ? "true" : "false"; }
    void insert(const QString& key, int value) { JsonText::appendInteger(this->value(key), value); }
    void insert(const QString& key, qint64 value)
    {
        JsonText::appendInteger(this->value(key), value);
    }
    void insert(const QString& key, double value)
    {
        JsonText::appendDouble(this->value(key), value);
    }
    void insert(const QString& key, QStringView value)
    {
        JsonText::appendString(this->value(key), value);
    }
    void insert(const QString& key, QLatin1StringView value)
    {
        JsonText::appendString(this->value(key), value);
    }
    void insert(const QString& key, const JsonObjectText& value)
    {
        this->value(key) += value.text();
    }
    void insert(const QString& key, const JsonArrayText& value)
    {
        this->value(key) += value.text();
    }
    void insert(const QString& key, const char*) = delete; // it would be taken as a bool
    // A member whose value is already compact JSON text.
    void insertText(const QString& key, const QByteArray& json) { value(key) += json; }

    // Room for this many members, their values this many bytes in all.
    void reserve(qsizetype members, qsizetype bytes)
    {
        m_members.reserve(members);
        m_values.reserve(bytes);
    }

    bool isEmpty() const { return m_members.isEmpty(); }
    // The whole object, "{…}".
    QByteArray text() const;

private:
    struct Member
    {
        QString key;
        qsizetype from = 0; // where its value starts in m_values; it ends where the next starts
    };

    // The buffer to write the value of `key` to, next.
    QByteArray& value(const QString& key)
    {
        m_members.append({key, m_values.size()});
        return m_values;
    }

    QList<Member> m_members;
    QByteArray m_values;
};

inline void JsonArrayText::append(const JsonObjectText& value)
{
    next() += value.text();
}

} // namespace redress
