#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "caseview/CaseView.h"
#include "caseview/DocumentsPanel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace redress;
using namespace redress::test;

namespace {

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList column(QTableWidget* table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells.append(table->item(row, column)->text());
    return cells;
}

} // namespace

// The case's Documents tab: files added, opened from a private copy, saved, removed with a
// reason, and letters produced, each in the case's history.
class TestDocumentsPanel : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    QList<QUrl> m_opened;

private slots:
    void init()
    {
        m_opened.clear();
        DocumentsPanel::setOpener([this](const QUrl& url) {
            m_opened.append(url);
            return true;
        });
    }

    void addOpenSaveAndRemoveAFile()
    {
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2), QDate(2026, 3, 3));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        auto* panel = view.findChild<DocumentsPanel*>(QStringLiteral("caseDocumentsPage"));
        QVERIFY(panel);
        auto* table = panel->findChild<QTableWidget*>(QStringLiteral("caseDocuments"));
        auto* message = panel->findChild<QLabel*>(QStringLiteral("documentsMessage"));
        auto* timeline = view.findChild<QTableWidget*>(QStringLiteral("caseTimeline"));
        QCOMPARE(table->rowCount(), 0);

        QTemporaryDir folder;
        const QByteArray bytes("From: parent@example.org\r\n\r\nI want to complain\0about", 51);
        FileDialog::setNextFileName(writeFile(folder, QStringLiteral("complaint.eml"), bytes));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("addDocument")),
                          Qt::LeftButton);
        QCOMPARE(column(table, 0), QStringList{QStringLiteral("complaint.eml")});
        QVERIFY(column(timeline, 2).join(u'\n').contains(u"File attached: complaint.eml"));

        auto* viewButton = panel->findChild<QPushButton*>(QStringLiteral("openDocument"));
        QVERIFY(!viewButton->isEnabled());
        table->selectRow(0);
        QVERIFY(viewButton->isEnabled());
        QTest::mouseClick(viewButton, Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        const QString copy = m_opened.first().toLocalFile();
        QCOMPARE(readFile(copy), bytes);
        QVERIFY(copy.startsWith(DocumentsPanel::temporaryFolder()));
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        const QString saved = folder.filePath(QStringLiteral("saved.eml"));
        FileDialog::setNextFileName(saved);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveDocumentAs")),
                          Qt::LeftButton);
        QCOMPARE(readFile(saved), bytes);

        // Removing asks why first, and changes nothing until told.
        auto* remove = panel->findChild<QPushButton*>(QStringLiteral("removeDocument"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(message->text().contains(u"Type why"));
        QTest::keyClicks(panel->findChild<QLineEdit*>(QStringLiteral("removeReason")),
                         QStringLiteral("Belongs to another case"));
        table->selectRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(column(timeline, 2).join(u'\n').contains(u"Belongs to another case"));
    }

    void byShowsThePersonsName_data()
    {
        QTest::addColumn<QString>("actor"); // who signs in and adds the file
        QTest::addColumn<QString>("shown");
        QTest::addRow("listed") << "officer"
                                << "Complaints officer";
        QTest::addRow("not in the users list") << "agency.worker"
                                               << "agency.worker";
    }

    // Who added a file is shown by their name from the users list, not their login.
    void byShowsThePersonsName()
    {
        QFETCH(QString, actor);
        QFETCH(QString, shown);
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2), QDate(2026, 3, 3));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        auto* panel = view.findChild<DocumentsPanel*>(QStringLiteral("caseDocumentsPage"));
        QTemporaryDir folder;
        QVERIFY(panel->addFiles({writeFile(folder, QStringLiteral("note.txt"), "A note")}));
        auto* table = panel->findChild<QTableWidget*>(QStringLiteral("caseDocuments"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("By"));
        QCOMPARE(column(table, 3), QStringList{shown});
    }

    void aFileOverTheLimitIsRefusedInThePanel()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        QVERIFY(session->attachments().setSizeLimit(10));
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        auto* panel = view.findChild<DocumentsPanel*>(QStringLiteral("caseDocumentsPage"));
        QTemporaryDir folder;
        QVERIFY(
            !panel->addFiles({writeFile(folder, QStringLiteral("big.pdf"), QByteArray(11, 'x'))}));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("documentsMessage"))
                    ->text()
                    .contains(u"\"big.pdf\" is 11 bytes, larger than the 10 bytes"));
        QCOMPARE(panel->findChild<QTableWidget*>(QStringLiteral("caseDocuments"))->rowCount(), 0);
    }

    // A letter asks first about fields with no value, then is kept as PDF and opened as ODT.
    void aLetterIsKeptAndOpenedForEditing()
    {
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2), QDate(2026, 3, 3));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        auto* panel = view.findChild<DocumentsPanel*>(QStringLiteral("caseDocumentsPage"));
        auto* table = panel->findChild<QTableWidget*>(QStringLiteral("caseDocuments"));
        auto* templates = panel->findChild<QComboBox*>(QStringLiteral("letterTemplate"));
        QCOMPARE(templates->count(), 7);
        templates->setCurrentIndex(templates->findData(QStringLiteral("acknowledgement")));
        auto* produce = panel->findChild<QPushButton*>(QStringLiteral("produceLetter"));

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(produce, Qt::LeftButton);
        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("letterMissingFields"));
        QVERIFY2(MessageBox::lastText().contains(u"{{complainant.address}}"),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(m_opened.isEmpty());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(produce, Qt::LeftButton);
        QCOMPARE(column(table, 0),
                 QStringList{record.reference + QStringLiteral(" Acknowledgement 2026-06-01.pdf")});
        QCOMPARE(column(table, 4), QStringList{QStringLiteral("Letter: Acknowledgement")});
        QCOMPARE(m_opened.size(), 1);
        QVERIFY(m_opened.first().toLocalFile().endsWith(u".odt"));
        QVERIFY(readFile(m_opened.first().toLocalFile()).startsWith("PK"));
        QVERIFY(column(view.findChild<QTableWidget*>(QStringLiteral("caseTimeline")), 2)
                    .join(u'\n')
                    .contains(u"Letter produced: Acknowledgement"));
    }
};

QTEST_MAIN(TestDocumentsPanel)
#include "TestDocumentsPanel.moc"
