// Forms that behave: dates typed the way officers type them, the mouse wheel leaving
// unfocused controls alone, the New case dialog fitting a 1280×720 screen, and its error
// clearing once the problem is put right.
#include "TestSupport.h"
#include "common/DateEdit.h"
#include "common/TypedDate.h"
#include "common/WheelGuard.h"
#include "intake/IntakeForm.h"
#include "intake/NewCaseDialog.h"
#include "storage/CaseRepository.h"
#include "util/Clock.h"
#include "workflow/CaseWorkflow.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace redress;
using namespace redress::test;

class TestForms : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    template <typename T> static T* field(NewCaseDialog& dialog, const char* name)
    {
        T* widget = dialog.currentForm()->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no %s on the form", name);
        return widget;
    }

    static QString error(NewCaseDialog& dialog)
    {
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
        return label && label->isVisible() ? label->text() : QString();
    }

    // Replaces what a date box holds by typing, as an officer would.
    static void retype(QLineEdit* edit, const QString& typed)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, typed);
    }

    static void wheel(QWidget* widget)
    {
        const QPointF centre = QRectF(widget->rect()).center();
        QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

private slots:

    // The parser alone, including what is no date.
    void readsTypedDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        const QDate jan31(2021, 1, 31);
        QTest::addRow("dd/MM/yyyy") << QStringLiteral("31/01/2021") << jan31;
        QTest::addRow("d/M/yy") << QStringLiteral("31/1/21") << jan31;
        QTest::addRow("d-MMM-yy") << QStringLiteral("31-Jan-21") << jan31;
        QTest::addRow("d MMM yyyy") << QStringLiteral("31 Jan 2021") << jan31;
        QTest::addRow("d MMMM yyyy") << QStringLiteral("31 January 2021") << jan31;
        QTest::addRow("lower case, dots") << QStringLiteral("31.jan.2021") << jan31;
        QTest::addRow("spaces around") << QStringLiteral("  31 / 1 / 2021 ") << jan31;
        QTest::addRow("eight digits") << QStringLiteral("31012021") << jan31;
        QTest::addRow("six digits") << QStringLiteral("310121") << jan31;
        QTest::addRow("as a spreadsheet writes it") << QStringLiteral("2021-01-31") << jan31;
        QTest::addRow("year first, day before month") << QStringLiteral("2021-31-01") << QDate();
        QTest::addRow("Sept") << QStringLiteral("1 Sept 2020") << QDate(2020, 9, 1);
        QTest::addRow("last century") << QStringLiteral("1/2/85") << QDate(1985, 2, 1);
        QTest::addRow("next few years") << QStringLiteral("1/2/30") << QDate(2030, 2, 1);
        QTest::addRow("no 31 February") << QStringLiteral("31/02/2021") << QDate();
        QTest::addRow("no month 13") << QStringLiteral("01/13/2021") << QDate();
        QTest::addRow("no month named Foo") << QStringLiteral("1 Foo 2021") << QDate();
        QTest::addRow("words") << QStringLiteral("Not known") << QDate();
        QTest::addRow("day and month only") << QStringLiteral("31/01") << QDate();
        QTest::addRow("three-digit year") << QStringLiteral("31/01/202") << QDate();
    }
    void readsTypedDates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QCOMPARE(dateFromTypedText(typed, QDate(2021, 2, 15)), expected);
    }

    // Typed into the real form's "Received on": one Tab leaves the box, which then shows the
    // date as dd/MM/yyyy; what is no date stays as typed and stops the save, saying so.
    void typedDateOnTheNewCaseForm_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("problem");
        const QDate jan31(2021, 1, 31);
        QTest::addRow("31/01/2021") << QStringLiteral("31/01/2021") << jan31 << QString();
        QTest::addRow("31/1/21") << QStringLiteral("31/1/21") << jan31 << QString();
        QTest::addRow("31-Jan-21") << QStringLiteral("31-Jan-21") << jan31 << QString();
        QTest::addRow("31 Jan 2021") << QStringLiteral("31 Jan 2021") << jan31 << QString();
        QTest::addRow("not a date")
            << QStringLiteral("31/02/2021") << QDate() << QStringLiteral("is not a date");
        QTest::addRow("after today")
            << QStringLiteral("16/02/2021") << QDate() << QStringLiteral("is after 15/02/2021");
        QTest::addRow("empty") << QString() << QDate() << QStringLiteral("Give the date");
    }
    void typedDateOnTheNewCaseForm()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(QString, problem);
        FixedToday today(QDate(2021, 2, 15));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(CaseKind::Concern);
        auto* received = field<DateEdit>(dialog, "receivedOn");
        QVERIFY(received);
        retype(received, typed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field<QComboBox>(dialog, "channel"));
        QCOMPARE(received->date(), expected);
        QCOMPARE(received->text(), expected.isValid() ? expected.toString(u"dd/MM/yyyy") : typed);

        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Sam Lee"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Review meeting moved again"));
        const bool saved = dialog.save();
        QCOMPARE(saved, problem.isEmpty());
        QVERIFY2(error(dialog).contains(problem), qPrintable(error(dialog)));
        if (!saved) {
            QVERIFY(error(dialog).contains(u"Received on"));
            QCOMPARE(received->text(), typed); // kept to correct
            QCOMPARE(CaseRepository(*db).count({}).value(), qint64(0));
        }
    }

    // "Not after today" is today when the box is checked, not when the form was opened: a
    // New case form left open overnight takes the new day's date, and still refuses the
    // day after.
    void aFormLeftOpenOvernightTakesTheNewDay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("problem");
        QTest::addRow("the new today")
            << QStringLiteral("16/02/2021") << QDate(2021, 2, 16) << QString();
        QTest::addRow("the day after")
            << QStringLiteral("17/02/2021") << QDate() << QStringLiteral("is after 16/02/2021");
    }
    void aFormLeftOpenOvernightTakesTheNewDay()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(QString, problem);
        FixedToday today(QDate(2021, 2, 15));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(CaseKind::Concern);
        auto* received = field<DateEdit>(dialog, "receivedOn");
        QVERIFY(received);

        Clock::setInstance(
            std::make_unique<FixedClock>(QDateTime(QDate(2021, 2, 16), QTime(9, 0), Qt::UTC)));
        retype(received, typed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(received->date(), expected);
        QCOMPARE(received->maximumDate(), QDate(2021, 2, 16));
        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Sam Lee"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Review meeting moved again"));
        QCOMPARE(dialog.save(), problem.isEmpty());
        QVERIFY2(error(dialog).contains(problem), qPrintable(error(dialog)));
        received->showCalendar();
        QCOMPARE(received->calendar()->maximumDate(), QDate(2021, 2, 16));
        received->calendar()->window()->hide();
    }

    // "Matter arose on" may be not known: empty, saying so, and typed into without anything
    // left over; its calendar opens at today, not at the first year a calendar knows.
    void optionalDateIsTypedAndOpensAtToday()
    {
        const QDate day(2021, 2, 15);
        FixedToday today(day);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* arose = field<DateEdit>(dialog, "matterArose");
        QVERIFY(arose);
        QVERIFY(arose->text().isEmpty());
        QCOMPARE(arose->placeholderText(), QStringLiteral("Not known"));
        QVERIFY(!arose->date().isValid());
        QVERIFY(dialog.currentForm()->dateProblem().isEmpty());

        arose->setFocus();
        QTest::keyClick(arose, Qt::Key_F4);
        QVERIFY(arose->calendar());
        QTRY_VERIFY(arose->calendar()->isVisible());
        QCOMPARE(arose->calendar()->selectedDate(), day);
        QCOMPARE(arose->calendar()->yearShown(), 2021);
        QTest::keyClick(arose->calendar(), Qt::Key_Escape);
        QTRY_VERIFY(!arose->calendar()->isVisible());
        QVERIFY(arose->text().isEmpty()); // closing the calendar chooses nothing

        QSignalSpy changed(arose, &DateEdit::dateChanged);
        retype(arose, QStringLiteral("01112020"));
        QCOMPARE(arose->date(), QDate(2020, 11, 1));
        QTest::keyClick(arose, Qt::Key_Tab);
        QCOMPARE(arose->text(), QStringLiteral("01/11/2020"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().toDate(), QDate(2020, 11, 1));
        QVERIFY(field<QLabel>(dialog, "timeLimitStatus")->text().contains(u"Within"));

        // Chosen from the calendar, which now opens at the date shown.
        arose->showCalendar();
        QCOMPARE(arose->calendar()->selectedDate(), QDate(2020, 11, 1));
        emit arose->calendar()->activated(QDate(2020, 10, 5));
        QCOMPARE(arose->text(), QStringLiteral("05/10/2020"));
        QVERIFY(!arose->calendar()->isVisible());

        // Emptied again, it is "not known" once more, not an error.
        retype(arose, QString());
        QVERIFY(!arose->date().isValid());
        QVERIFY(dialog.currentForm()->dateProblem().isEmpty());

        // Up and Down step a day from today, never past the latest date allowed.
        QTest::keyClick(arose, Qt::Key_Down);
        QCOMPARE(arose->date(), day);
        QTest::keyClick(arose, Qt::Key_Up);
        QCOMPARE(arose->date(), day);
        QTest::keyClick(arose, Qt::Key_Down);
        QCOMPARE(arose->text(), QStringLiteral("14/02/2021"));
    }

    // Scrolling the long New case form over the Team drop-down must not change the team; once
    // the officer is in the drop-down, the wheel turns it as usual.
    void wheelLeavesAnUnfocusedComboAlone()
    {
        FixedToday today(QDate(2021, 2, 15));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* service = field<QComboBox>(dialog, "serviceArea");
        auto* team = field<QComboBox>(dialog, "team");
        QVERIFY(service && team);
        int withTeams = -1;
        for (int i = 1; i < service->count() && withTeams < 0; ++i) {
            service->setCurrentIndex(i);
            if (team->count() > 2)
                withTeams = i;
        }
        QVERIFY2(withTeams > 0, "no service area with two teams in the default data");
        team->setCurrentIndex(1);
        QCOMPARE(team->focusPolicy(), Qt::StrongFocus); // the wheel gives it no focus either

        dialog.findChild<QComboBox*>(QStringLiteral("caseKind"))->setFocus();
        QVERIFY(!team->hasFocus());
        wheel(team);
        QCOMPARE(team->currentIndex(), 1);
        wheel(service);
        QCOMPARE(service->currentIndex(), withTeams);

        team->setFocus();
        QVERIFY(team->hasFocus());
        wheel(team);
        QCOMPARE(team->currentIndex(), 2);
    }

    // Each kind's form, at 1280×720, opens with its Save button on the screen.
    void newCaseDialogFitsTheScreen_data()
    {
        QTest::addColumn<CaseKind>("kind");
        for (CaseKind kind : allCaseKinds())
            QTest::addRow("%s", qPrintable(caseKindCode(kind))) << kind;
    }
    void newCaseDialogFitsTheScreen()
    {
        QFETCH(CaseKind, kind);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.setKind(kind);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QCOMPARE(dialog.screen()->geometry().size(), QSize(1280, 720));
        QVERIFY2(screen.contains(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("dialog at %1,%2 %3×%4")
                                .arg(dialog.frameGeometry().x())
                                .arg(dialog.frameGeometry().y())
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("save"));
        QVERIFY(save && save->isVisible());
        const QRect saveOnScreen(save->mapToGlobal(QPoint(0, 0)), save->size());
        QVERIFY2(screen.contains(saveOnScreen),
                 qPrintable(QStringLiteral("Save at y %1 on a screen %2 high")
                                .arg(saveOnScreen.bottom())
                                .arg(screen.height())));
    }

    // The error above the form goes as soon as the officer puts the problem right, and
    // changes to the next problem if there is one; nothing is saved meanwhile.
    void errorClearsWhenPutRight()
    {
        FixedToday today(QDate(2021, 2, 15));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(CaseKind::Concern);
        auto* received = field<DateEdit>(dialog, "receivedOn");
        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Sam Lee"));
        retype(received, QStringLiteral("32/01/2021"));
        QVERIFY(!dialog.save());
        QVERIFY2(error(dialog).contains(u"32/01/2021"), qPrintable(error(dialog)));

        retype(received, QStringLiteral("31/01/2021"));
        QVERIFY2(!error(dialog).isEmpty(), "the summary is still missing");
        QVERIFY2(!error(dialog).contains(u"32/01/2021"), qPrintable(error(dialog)));

        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Review meeting moved again"));
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 0);
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(0));
    }
};

// A 1280×720 screen, the smallest Redress is used on, and the wheel guard the program
// installs.
int main(int argc, char* argv[])
{
    QTemporaryDir folder;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        QFile config(folder.filePath(QStringLiteral("screen.json")));
        if (!config.open(QIODevice::WriteOnly))
            return 1;
        config.write(R"({"windowFrameMargins": true, "screens": [{"name": "laptop", "x": 0,)"
                     R"( "y": 0, "width": 1280, "height": 720, "logicalDpi": 96,)"
                     R"( "logicalBaseDpi": 96, "dpr": 1}]})");
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    WheelGuard::installOnApplication();
    TestForms test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestForms.moc"
