#include "AdministrationFixture.h"
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "importing/ImportWizard.h"
#include "intake/NewCaseDialog.h"
#include "mainwindow/MainWindow.h"
#include "storage/CaseKindStore.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <functional>
#include <memory>

using namespace redress;
using namespace redress::test;

namespace {

// Every Alt+letter a window offers at once, with the texts that claim it. Two controls with
// the same letter make Alt+letter cycle between them instead of acting, so a keyboard user
// cannot reach the second directly.
QMap<QKeySequence, QStringList> mnemonicsOf(QWidget& window)
{
    QMap<QKeySequence, QStringList> claims;
    auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key] << text;
    };
    const auto shown = [&](QWidget* widget) {
        return widget->isVisibleTo(&window);
    };
    for (QMenuBar* bar : window.findChildren<QMenuBar*>())
        if (shown(bar))
            for (QAction* menu : bar->actions())
                claim(menu->text());
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (shown(button))
            claim(button->text());
    for (QLabel* label : window.findChildren<QLabel*>())
        if (shown(label) && label->buddy())
            claim(label->text());
    for (QGroupBox* box : window.findChildren<QGroupBox*>())
        if (shown(box) && box->isCheckable())
            claim(box->title());
    for (QTabBar* tabs : window.findChildren<QTabBar*>())
        if (shown(tabs))
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i));
    return claims;
}

QString duplicates(const QMap<QKeySequence, QStringList>& claims)
{
    QStringList found;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("%1: %2").arg(it.key().toString(),
                                                  it.value().join(QStringLiteral(" | ")));
    return found.join(u'\n');
}

qint64 logCase(Database& db, CaseKind kind)
{
    auto workflow = CaseWorkflow::forDatabase(db, QStringLiteral("officer"));
    Case record;
    record.kind = kind;
    record.procedure = kind == CaseKind::Complaint ? Procedure::Statutory : Procedure::None;
    record.receivedOn = QDate(2021, 1, 4);
    record.complainant.fullName = QStringLiteral("Jo Bloggs");
    if (!workflow || !workflow->log(record))
        return 0;
    return record.id;
}

} // namespace

class TestKeyboardMnemonics : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    using Opener = std::function<QWidget*(Session&, MainWindow&)>;

private slots:

    void eachWindowGivesEveryLetterOnce_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Opener>("open");
        const QString officer = QStringLiteral("officer");
        QTest::addRow("queue") << officer << Opener([](Session&, MainWindow& main) -> QWidget* {
            return &main;
        });
        // A complaint, and an Ombudsman enquiry, whose case view has a tab more; a lead also
        // has the case's Restrict… button.
        for (const QString& role : {officer, QStringLiteral("lead")})
            for (CaseKind kind : {CaseKind::Complaint, CaseKind::OmbudsmanEnquiry})
                QTest::addRow("case view, %s, as %s",
                              kind == CaseKind::Complaint ? "complaint" : "enquiry",
                              qPrintable(role))
                    << role << Opener([kind](Session& session, MainWindow& main) -> QWidget* {
                           const qint64 id = logCase(session.database(), kind);
                           if (id == 0)
                               return nullptr;
                           main.openCase(id);
                           return &main;
                       });
        QTest::addRow("reports") << officer << Opener([](Session&, MainWindow& main) -> QWidget* {
            main.openReports();
            return &main;
        });
        QTest::addRow("new case") << officer
                                  << Opener([](Session& session, MainWindow& main) -> QWidget* {
                                         return new NewCaseDialog(session, &main);
                                     });
        QTest::addRow("administration")
            << officer << Opener([](Session& session, MainWindow& main) -> QWidget* {
                   return new AdministrationDialog(session, &main);
               });
        QTest::addRow("import wizard")
            << officer << Opener([](Session& session, MainWindow& main) -> QWidget* {
                   return new ImportWizard(session, &main);
               });
    }

    void eachWindowGivesEveryLetterOnce()
    {
        QFETCH(QString, role);
        QFETCH(Opener, open);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        const QString login = QStringLiteral("kim.") + role;
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                         "VALUES (?, ?, ?)"),
                          {login, login, role}));
        auto session = sessionOn(*db, login);
        QVERIFY(session);
        MainWindow main(*session);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QWidget* window = open(*session, main);
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The New case dialog shows a different form for each kind of case, and a dialog with
        // tabs (administration) a different page on each.
        auto* kinds = window->findChild<QComboBox*>(QStringLiteral("caseKind"));
        // A case's tabs in the main window: each of its pages too.
        QTabWidget* pages = window != &main
                                ? window->findChild<QTabWidget*>()
                                : window->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        const int views = kinds ? kinds->count() : pages ? pages->count() : 1;
        for (int view = 0; view < views; ++view) {
            if (kinds)
                kinds->setCurrentIndex(view);
            else if (pages)
                pages->setCurrentIndex(view);
            const auto claims = mnemonicsOf(*window);
            QVERIFY2(claims.size() > 2, "the window offers hardly any Alt+letter keys");
            const QString clashes = duplicates(claims);
            const QString shown = kinds   ? kinds->currentText()
                                  : pages ? pages->tabText(view)
                                          : QString();
            QVERIFY2(
                clashes.isEmpty(),
                qPrintable(QStringLiteral("%1: letters claimed twice:\n%2").arg(shown, clashes)));
        }
        if (window != &main)
            delete window;
    }

    // Administration as an administrator, with a retired kind of the council's own: every
    // page, and on Kinds each kind chosen in turn, since its buttons' texts follow the choice.
    void everyAdministrationPageGivesEveryLetterOnce()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("admin.tester")); // unlisted: an administrator
        QVERIFY(session);
        CouncilKind retired;
        retired.name = QStringLiteral("Correspondence");
        auto added = session->caseKinds().add(retired);
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(session->caseKinds().setRetired(added->code, true));
        auto dialog = openAdministration(*session);
        QVERIFY(dialog);
        QTabWidget* pages = dialog->tabs();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            auto* choices =
                pages->widget(page)->findChild<QTableWidget*>(QStringLiteral("kindList"));
            const int chosen = choices ? choices->rowCount() : 1;
            for (int row = 0; row < chosen; ++row) {
                if (choices)
                    choices->setCurrentCell(row, 0);
                const QString clashes = duplicates(mnemonicsOf(*dialog));
                QVERIFY2(clashes.isEmpty(),
                         qPrintable(QStringLiteral("%1 (row %2): letters claimed twice:\n%3")
                                        .arg(pages->tabText(page))
                                        .arg(row)
                                        .arg(clashes)));
            }
        }
    }

    // Every tab of a case, the Ombudsman's included, is reached with an Alt+letter of its own
    // (eachWindowGivesEveryLetterOnce checks that no other control claims it).
    void everyTabOfACaseHasALetter()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        MainWindow main(*session);
        main.openCase(logCase(*db, CaseKind::OmbudsmanEnquiry));
        auto* tabs = main.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            QVERIFY(tabs->isTabVisible(i));
            QVERIFY2(!QKeySequence::mnemonic(tabs->tabText(i)).isEmpty(),
                     qPrintable(tabs->tabText(i)));
        }
    }
};

QTEST_MAIN(TestKeyboardMnemonics)
#include "TestKeyboardMnemonics.moc"
