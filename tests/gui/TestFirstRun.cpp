// What the desktop program sets up around its window: the first-run question (and the
// answer IT can preset in the settings), and the rotating log file.
#include "FirstRun.h"
#include "LogFile.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace redress;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void presetChoice_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // -1: no preset
        QTest::addRow("demo") << QStringLiteral("demo") << int(StartChoice::Demo);
        QTest::addRow("empty, any case") << QStringLiteral(" Empty ") << int(StartChoice::Empty);
        QTest::addRow("server") << QStringLiteral("server") << int(StartChoice::Server);
        QTest::addRow("unknown") << QStringLiteral("sample") << -1;
        QTest::addRow("missing") << QString() << -1;
    }
    void presetChoice()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("Redress.conf")), QSettings::IniFormat);
        if (!value.isNull())
            settings.setValue(QStringLiteral("firstRun/choice"), value);
        const auto choice = presetStartChoice(settings);
        QCOMPARE(choice ? int(*choice) : -1, expected);
    }

    void questionOffersThreeStartsAndCancel_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("expected"); // -1: closed without a choice
        QTest::addRow("demo") << QStringLiteral("firstRunDemo") << int(StartChoice::Demo);
        QTest::addRow("empty") << QStringLiteral("firstRunEmpty") << int(StartChoice::Empty);
        QTest::addRow("server") << QStringLiteral("firstRunServer") << int(StartChoice::Server);
        QTest::addRow("cancel") << QString() << -1;
    }
    void questionOffersThreeStartsAndCancel()
    {
        QFETCH(QString, button);
        QFETCH(int, expected);
        std::unique_ptr<QMessageBox> question(makeStartQuestion(nullptr));
        // Demo data only on request: the default button is the empty database.
        QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("firstRunEmpty"));
        QTimer::singleShot(0, question.get(), [&] {
            QAbstractButton* target = button.isEmpty()
                                          ? question->button(QMessageBox::Cancel)
                                          : question->findChild<QAbstractButton*>(button);
            QVERIFY(target);
            target->click();
        });
        question->exec();
        const auto choice = choiceOf(*question);
        QCOMPARE(choice ? int(*choice) : -1, expected);
    }

    void logFileRotates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("redress.log"));
        for (int n = 1; n <= 4; ++n) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(100, char('0' + n)));
            file.close();
            applog::rotateIfFull(path, 100, 3);
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(readFile(path + QStringLiteral(".1")), QByteArray(100, '4'));
        QCOMPARE(readFile(path + QStringLiteral(".3")), QByteArray(100, '2'));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".4"))); // the oldest is dropped

        QFile small(path);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("short");
        small.close();
        applog::rotateIfFull(path, 100, 3);
        QCOMPARE(readFile(path), QByteArray("short")); // under the limit: left alone
    }

    void messagesReachTheLogFile()
    {
        QTemporaryDir dir;
        QVERIFY(applog::startLogFile(dir.filePath(QStringLiteral("logs")), false));
        qCInfo(applog::lcDatabase, "opening a SQLite file");
        qCDebug(applog::lcDatabase, "a detail only --verbose writes");
        const QByteArray log = readFile(dir.filePath(QStringLiteral("logs/redress.log")));
        QVERIFY2(log.contains("info redress.database: opening a SQLite file"), log.constData());
        QVERIFY(!log.contains("only --verbose"));
    }
};

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
