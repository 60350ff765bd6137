// The user guide inside the program: F1 opens it at the section for the screen in use, with
// its pictures and its links to the other pages, and no network.
#include "TestSupport.h"
#include "help/HelpWindow.h"
#include "intake/NewCaseDialog.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace redress;
using namespace redress::test;

namespace {

HelpWindow* helpWindow()
{
    for (QWidget* window : QApplication::topLevelWidgets())
        if (auto* help = qobject_cast<HelpWindow*>(window); help && help->isVisible())
            return help;
    return nullptr;
}

// F1 pressed where the keyboard is: the section the guide opens at.
QString sectionOnF1(QWidget* focus)
{
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_F1);
    HelpWindow* help = helpWindow();
    return help ? help->sectionShown() : QStringLiteral("(no help window)");
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { HelpWindow::installF1(); }
    void cleanup()
    {
        if (HelpWindow* help = helpWindow())
            help->close();
    }

    void f1OpensTheSectionForTheScreen()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case logged = loggedComplaint(*session, QDate(2026, 3, 2));
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(sectionOnF1(window.findChild<QTableView*>(QStringLiteral("caseQueue"))),
                 QStringLiteral("The case queue"));
        HelpWindow* help = helpWindow();
        QVERIFY(help);
        // The heading is on screen, not merely somewhere in the document.
        QTextBrowser* browser = help->browser();
        QVERIFY(browser->viewport()->rect().contains(browser->cursorRect().center()));

        window.openCase(logged.id);
        QCOMPARE(sectionOnF1(QApplication::focusWidget() ? QApplication::focusWidget()
                                                         : window.centralWidget()),
                 QStringLiteral("A case"));
        QCOMPARE(helpWindow(), help); // one window, reused

        window.openReports();
        QCOMPARE(sectionOnF1(QApplication::focusWidget()), QStringLiteral("Reports"));

        NewCaseDialog dialog(*session, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(sectionOnF1(&dialog), QStringLiteral("Logging a new case"));
    }

    void helpMenuOpensTheGuideAndItsShortcuts()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        MainWindow window(*session);
        window.show();
        auto* shortcuts = window.findChild<QAction*>(QStringLiteral("openKeyboardShortcuts"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        QVERIFY(helpWindow());
        QCOMPARE(helpWindow()->sectionShown(),
                 QStringLiteral("Keyboard shortcuts in the main window"));
        auto* guide = window.findChild<QAction*>(QStringLiteral("openUserGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1)); // shown in the menu
    }

    // Everything the guide shows is compiled in: its pictures and the pages it links to.
    void picturesAndLinkedPagesAreInside()
    {
        HelpWindow* help = HelpWindow::showSection(QStringLiteral("The case queue"));
        QTextBrowser* browser = help->browser();
        const QVariant picture = browser->loadResource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("images/queue.png")));
        QVERIFY(picture.isValid());
        QVERIFY(!picture.toByteArray().isEmpty());
        // Every picture the guide shows, not only the queue's.
        QFile guide(QStringLiteral(":/help/user-guide.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\((images/[^)]+)\\)"));
        int pictures = 0;
        for (const QRegularExpressionMatch& match : image.globalMatch(text)) {
            ++pictures;
            const QVariant each =
                browser->loadResource(QTextDocument::ImageResource, QUrl(match.captured(1)));
            QVERIFY2(each.isValid() && !each.toByteArray().isEmpty(),
                     qPrintable(match.captured(1)));
        }
        QVERIFY(pictures > 10);
        browser->setSource(QUrl(QStringLiteral("subject-access.md")));
        QVERIFY(
            browser->toPlainText().contains(QStringLiteral("Answering a subject access request")));
        // Opening a section again goes back to the guide itself.
        help = HelpWindow::showSection(QStringLiteral("Reports"));
        QCOMPARE(help->sectionShown(), QStringLiteral("Reports"));
    }
};

QTEST_MAIN(TestHelp)
#include "TestHelp.moc"
