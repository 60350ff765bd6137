#include "intake/TimeLimitCheck.h"
#include "reports/CaseListDialog.h"
#include "storage/CaseQuery.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QXmlStreamReader>
#include <optional>
#include <utility>

using namespace redress;

namespace {

// A message with %n in a translation source file, and what it holds.
struct NumerusMessage
{
    QString context;
    QString source;
    bool finished = false;
    QStringList forms;
};

QList<NumerusMessage> numerusMessages(const QString& path, QStringList* contexts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<NumerusMessage> found;
    QXmlStreamReader xml(&file);
    QString context;
    std::optional<NumerusMessage> message;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isEndElement()) {
            if (xml.name() == u"message" && message)
                found << *std::exchange(message, std::nullopt);
            xml.readNext();
            continue;
        }
        if (!xml.isStartElement()) {
            xml.readNext();
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
            *contexts << context;
        } else if (xml.name() == u"message") {
            if (xml.attributes().value(QStringLiteral("numerus")) == u"yes")
                message = NumerusMessage{context, {}, false, {}};
        } else if (xml.name() == u"source" && message) {
            message->source = xml.readElementText();
        } else if (xml.name() == u"translation" && message) {
            message->finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
        } else if (xml.name() == u"numerusform" && message) {
            message->forms << xml.readElementText();
        }
    }
    return found;
}

} // namespace

// British English, loaded from :/i18n as the programs load it: core's strings are found under
// the contexts the runtime asks for, and counts read "1 day" and "2 days", never "1 day(s)".
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // As the programs do, for a user whose locale is American English: British English is
    // what Redress speaks to every English (and every untranslated) locale.
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/redress_en_GB.qm")));
        installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void corePlural()
    {
        const QDate arose(2020, 3, 1);
        const QDate lastDay = TimeLimitCheck::standing(12, arose, arose).lastDay;
        const TimeLimitStanding oneDay = TimeLimitCheck::standing(12, arose, lastDay.addDays(1));
        QCOMPARE(oneDay.kind, TimeLimitStanding::Kind::Late);
        QCOMPARE(oneDay.daysLate, 1);
        QVERIFY2(oneDay.describe().startsWith(QStringLiteral("Late by 1 day: ")),
                 qPrintable(oneDay.describe()));
        const TimeLimitStanding twoDays = TimeLimitCheck::standing(12, arose, lastDay.addDays(2));
        QVERIFY2(twoDays.describe().startsWith(QStringLiteral("Late by 2 days: ")),
                 qPrintable(twoDays.describe()));
    }

    void uiPlural()
    {
        CaseSummary summary;
        summary.id = 1;
        summary.reference = QStringLiteral("CP-2020-00001");
        CaseListDialog one(QStringLiteral("Upheld at stage 1"), {summary});
        QStringList headings;
        for (const QLabel* label : one.findChildren<QLabel*>())
            headings << label->text();
        QVERIFY2(headings.contains(QStringLiteral("Upheld at stage 1: 1 case")),
                 qPrintable(headings.join(u" | ")));
        // Where a case stands, as the queue and the case header show it.
        QCOMPARE(
            QCoreApplication::translate("DeadlineStanding", "Due in %n working day(s)", nullptr, 1),
            QStringLiteral("Due in 1 working day"));
        QCOMPARE(QCoreApplication::translate("DeadlineStanding", "Overdue by %n working day(s)",
                                             nullptr, 30),
                 QStringLiteral("Overdue by 30 working days"));
    }

    // Every count in the British English file is written out in its two forms, and no message
    // sits under a bare namespace, where a free tr() files it and no lookup ever finds it.
    void everyPluralIsWrittenOut()
    {
        QStringList contexts;
        const QList<NumerusMessage> messages = numerusMessages(
            QStringLiteral(REDRESS_TRANSLATIONS_DIR "/redress_en_GB.ts"), &contexts);
        QVERIFY(messages.size() >= 10);
        for (const NumerusMessage& message : messages) {
            const QString where = message.context + u": " + message.source;
            QVERIFY2(message.finished, qPrintable(where));
            QVERIFY2(message.forms.size() == 2, qPrintable(where));
            for (const QString& form : message.forms)
                QVERIFY2(!form.contains(u"(s)") && form.contains(u"%n"), qPrintable(where));
        }
        QVERIFY(!contexts.contains(QStringLiteral("redress")));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
