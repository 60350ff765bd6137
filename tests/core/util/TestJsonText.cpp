#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace redress;

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString units(std::initializer_list<char16_t> codeUnits)
{
    QString text;
    for (char16_t unit : codeUnits)
        text += QChar(unit);
    return text;
}

} // namespace

// The audit trail stores and hashes JSON written by JsonText where it used to compact a
// QJsonObject: every value must come out byte for byte as QJsonDocument writes it, or the
// entries written before and after would not read (or hash) alike.
class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty, not null") << QStringLiteral("");
        QTest::newRow("plain") << QStringLiteral("Contact was cancelled");
        QTest::newRow("quotes") << QStringLiteral("She said \"no\"");
        QTest::newRow("backslashes") << QStringLiteral("C:\\Users\\\\n");
        QTest::newRow("slash") << QStringLiteral("a/b</script>");
        QTest::newRow("delete") << units({u'a', 0x7f, u'b'});
        for (char16_t control = 0; control < 0x20; ++control)
            QTest::addRow("control %02x", unsigned(control)) << units({u'x', control, u'y'});
        QTest::newRow("latin") << QStringLiteral("Café, naïve, £5, ÿ");
        QTest::newRow("two-byte edge") << units({0x7ff, 0x800});
        QTest::newRow("chinese") << QStringLiteral("投诉 中文");
        QTest::newRow("emoji") << QStringLiteral("thanks 😀👍🏽");
        QTest::newRow("private use and non-characters") << units({0xe000, 0xfffe, 0xffff});
        QTest::newRow("lone high surrogate") << units({u'a', 0xd83d, u'b'});
        QTest::newRow("lone low surrogate") << units({u'a', 0xde00, u'b'});
        QTest::newRow("high surrogate at the end") << units({u'a', 0xd83d});
        QTest::newRow("surrogates reversed") << units({0xde00, 0xd83d});
        QTest::newRow("two high surrogates then a low") << units({0xd83d, 0xd83d, 0xde00, u'z'});
        QTest::newRow("everything")
            << (QStringLiteral("\"\\/\b\f\n\r\t é中😀") + units({0xdbff, 0x1, 0x1f}));
    }
    void stringsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        JsonObjectText object;
        object.insert(QStringLiteral("value"), text);
        QCOMPARE(object.text(), compact(QJsonObject{{QStringLiteral("value"), text}}));
        // As a key, too.
        JsonObjectText keyed;
        keyed.insert(text, true);
        QCOMPARE(keyed.text(), compact(QJsonObject{{text, true}}));
        JsonArrayText array;
        array.append(text);
        QCOMPARE(array.text(), compact(QJsonArray{text}));
    }

    // Latin-1 text (a date's digits, written without a QString) is escaped alike.
    void latin1TextIsEscapedAlike_data()
    {
        QTest::addColumn<QByteArray>("latin1");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a date") << QByteArrayLiteral("2021-03-04");
        QTest::newRow("quotes and backslashes") << QByteArrayLiteral("\"a\\b\"");
        QTest::newRow("controls") << QByteArrayLiteral("\x01\b\t\n\f\r\x1f\x7f");
        QTest::newRow("accents") << QByteArrayLiteral("caf\xe9 \xa3"
                                                      "5 \xff\x80");
    }
    void latin1TextIsEscapedAlike()
    {
        QFETCH(QByteArray, latin1);
        const QLatin1StringView text(latin1.constData(), latin1.size());
        JsonObjectText object;
        object.insert(QStringLiteral("value"), text);
        QCOMPARE(object.text(), compact(QJsonObject{{QStringLiteral("value"), text}}));
        JsonArrayText array;
        array.append(text);
        QCOMPARE(array.text(), compact(QJsonArray{QString(text)}));
    }

    void doublesAreWrittenAsQJsonValueWritesThem_data()
    {
        QTest::addColumn<double>("number");
        const double limit = 9007199254740992.0; // 2^53
        const std::pair<const char*, double> rows[] = {
            {"zero", 0.0},
            {"negative zero", -0.0},
            {"pence", 5000.0},
            {"negative pence", -5000.0},
            {"a tenth", 0.1},
            {"a third", 1.0 / 3.0},
            {"half a penny", 123456789012.5},
            {"small", 1e-7},
            {"smallest", std::numeric_limits<double>::denorm_min()},
            {"1e15", 1e15},
            {"-1e15", -1e15},
            {"2^53 - 1", limit - 1},
            {"2^53", limit},
            {"-2^53", -limit},
            {"2^53 + 2", limit + 2},
            {"-2^53 - 2", -limit - 2},
            {"1e16", 1e16},
            {"2^54", limit * 2},
            {"1e18", 1e18},
            {"2^63", 9223372036854775808.0},
            {"-2^63", -9223372036854775808.0},
            {"1e21", 1e21},
            {"largest", std::numeric_limits<double>::max()},
            {"lowest", std::numeric_limits<double>::lowest()},
            {"infinity", std::numeric_limits<double>::infinity()},
            {"negative infinity", -std::numeric_limits<double>::infinity()},
            {"not a number", std::numeric_limits<double>::quiet_NaN()},
        };
        for (const auto& [name, number] : rows)
            QTest::newRow(name) << number;
    }
    void doublesAreWrittenAsQJsonValueWritesThem()
    {
        QFETCH(double, number);
        JsonObjectText object;
        object.insert(QStringLiteral("n"), number);
        QCOMPARE(object.text(), compact(QJsonObject{{QStringLiteral("n"), number}}));
        JsonArrayText array;
        array.append(number);
        QCOMPARE(array.text(), compact(QJsonArray{number}));
    }

    void integersAreWrittenWhole_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("an id") << qint64(4217);
        QTest::newRow("int max") << qint64(std::numeric_limits<int>::max());
        QTest::newRow("int min") << qint64(std::numeric_limits<int>::min());
        QTest::newRow("2^53 + 1") << qint64(9007199254740993LL);
        QTest::newRow("-2^53 - 1") << qint64(-9007199254740993LL);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void integersAreWrittenWhole()
    {
        QFETCH(qint64, number);
        JsonObjectText object;
        object.insert(QStringLiteral("n"), number);
        if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
            object.insert(QStringLiteral("i"), int(number));
        QJsonObject expected{{QStringLiteral("n"), number}};
        if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
            expected.insert(QStringLiteral("i"), int(number));
        QCOMPARE(object.text(), compact(expected));
    }

    // QJsonObject keeps its keys sorted by UTF-16 code unit (so "B" before "a", and a
    // character beyond U+FFFF, a surrogate pair, before U+E000 to U+FFFF), and a key inserted
    // again keeps its last value.
    void keysAreOrderedAsQJsonObjectOrdersThem_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("none") << QStringList();
        QTest::newRow("reversed") << QStringList{u"z"_qs, u"y"_qs, u"b"_qs, u"a"_qs};
        QTest::newRow("case") << QStringList{u"b"_qs, u"B"_qs, u"a"_qs, u"A"_qs, u"_"_qs};
        QTest::newRow("prefixes") << QStringList{
            u"stage2.dueOn"_qs, u"stage1.dueOn"_qs,  u"stage1.due"_qs, u"stage1"_qs,
            u"stage10"_qs,      u"stage1.dueOn2"_qs, u"a.b"_qs,        u"aa"_qs};
        QTest::newRow("digits") << QStringList{u"10"_qs, u"2"_qs, u"1"_qs, u"01"_qs};
        QTest::newRow("non-ASCII")
            << QStringList{u"é"_qs, u"z"_qs, u"中"_qs,        u"😀"_qs,         u"！"_qs,
                           u"ÿ"_qs, u"Ā"_qs, units({0xe000}), units({0xffff}), u"e"_qs};
        QTest::newRow("repeated") << QStringList{u"b"_qs, u"a"_qs, u"b"_qs,
                                                 u"c"_qs, u"a"_qs, u"b"_qs};
        QTest::newRow("empty key") << QStringList{u"a"_qs, QString(), u""_qs};
    }
    void keysAreOrderedAsQJsonObjectOrdersThem()
    {
        QFETCH(QStringList, keys);
        JsonObjectText object;
        QJsonObject expected;
        for (int i = 0; i < keys.size(); ++i) {
            object.insert(keys.at(i), i);
            expected.insert(keys.at(i), i);
        }
        QCOMPARE(object.text(), compact(expected));
    }

    void nestedValuesAndEmptyOnes()
    {
        JsonObjectText empty;
        QCOMPARE(empty.text(), compact(QJsonObject()));
        QVERIFY(empty.isEmpty());
        JsonArrayText none;
        QCOMPARE(none.text(), compact(QJsonArray()));
        QVERIFY(none.isEmpty());

        JsonObjectText finding;
        finding.insert(QStringLiteral("2"), QStringLiteral("upheld"));
        finding.insert(QStringLiteral("1"), QStringLiteral("not_upheld"));
        JsonObjectText point;
        point.insert(QStringLiteral("findings"), finding);
        point.insertNull(QStringLiteral("team"));
        point.insert(QStringLiteral("description"), QStringLiteral("Late \"reply\""));
        JsonArrayText points;
        points.append(point);
        points.append(JsonObjectText());
        points.append(JsonArrayText());
        points.appendNull();
        points.append(false);
        points.append(7);
        points.append(qint64(-8));
        points.append(2.5);
        JsonObjectText object;
        object.insert(QStringLiteral("points"), points);
        object.insert(QStringLiteral("nothing"), JsonArrayText());
        object.insert(QStringLiteral("empty"), JsonObjectText());
        object.insert(QStringLiteral("yes"), true);
        object.insert(QStringLiteral("no"), false);
        object.insertNull(QStringLiteral("none"));
        object.insertText(QStringLiteral("raw"), QByteArrayLiteral("[1,{\"a\":null}]"));

        const QJsonObject expectedPoint{
            {QStringLiteral("findings"),
             QJsonObject{{QStringLiteral("2"), QStringLiteral("upheld")},
                         {QStringLiteral("1"), QStringLiteral("not_upheld")}}},
            {QStringLiteral("team"), QJsonValue()},
            {QStringLiteral("description"), QStringLiteral("Late \"reply\"")}};
        const QJsonObject expected{
            {QStringLiteral("points"), QJsonArray{expectedPoint, QJsonObject(), QJsonArray(),
                                                  QJsonValue(), false, 7, qint64(-8), 2.5}},
            {QStringLiteral("nothing"), QJsonArray()},
            {QStringLiteral("empty"), QJsonObject()},
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("none"), QJsonValue()},
            {QStringLiteral("raw"),
             QJsonArray{1, QJsonObject{{QStringLiteral("a"), QJsonValue()}}}},
        };
        QCOMPARE(object.text(), compact(expected));
    }
};

QTEST_APPLESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
