#include "CliRun.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "document/PagedText.h"
#include "letters/LetterTemplates.h"
#include "letters/OdtPackage.h"
#include "session/Session.h"
#include "spreadsheet/ZipPackage.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace redress;
using namespace Qt::StringLiterals;
using namespace redress::test;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // A paragraph wrapped over lines reads as one line of words.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QString odtText(const QString& path)
{
    auto zip = spreadsheet::detail::ZipPackage::open(path, 50 * 1024 * 1024);
    if (!zip)
        return zip.error();
    auto content = zip.value()->stream(QStringLiteral("content.xml"));
    if (!content)
        return content.error();
    QXmlStreamReader xml(content.value()->readAll());
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() || xml.isEndElement())
            text += u' ';
    }
    if (xml.hasError())
        return QStringLiteral("content.xml is damaged: ") + xml.errorString();
    return text.simplified();
}

CliRun runLetter(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CommandRunner runner;
    runner.setStreams(&out, &err);
    runner.setPdfRenderer(&htmlToPdf);
    run.code = runner.run(QStringList{QStringLiteral("redress-cli"), QStringLiteral("letter")} +
                          arguments);
    out.flush();
    err.flush();
    return run;
}

ActionRequest request(Action action, QDate on = {})
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

bool perform(Session& session, Case& record, const ActionRequest& r)
{
    const Status done = session.perform(record, r);
    if (!done)
        qWarning("%s", qPrintable(done.error()));
    return bool(done);
}

// A statutory complaint received on Monday 02/03/2026 about Riley, taken as far as `stage`:
// "acknowledged", "extended", "stage 1 responded", "stage 2 responded", "at stage 3".
Case caseAt(Session& session, const QString& stage)
{
    Case record = loggedComplaint(session, QDate(2026, 3, 2), QDate(2026, 3, 3));
    record.complainant.address = QStringLiteral("12 Mill Lane\nGrimsby");
    record.complainant.postcode = QStringLiteral("DN31 1AA");
    record.children = {{0,
                        QStringLiteral("C-1001"),
                        QStringLiteral("Riley Example"),
                        QStringLiteral("cic"),
                        false,
                        {}}};
    for (int number : {1, 2, 3})
        record.remedies.append({0,
                                number,
                                QStringLiteral("apology"),
                                QStringLiteral("A written apology at stage %1").arg(number),
                                0,
                                {},
                                {}});
    if (!session.saveDetails(record, QStringLiteral("details")))
        return {};
    ActionRequest officer = request(Action::Allocate);
    officer.officer = QStringLiteral("officer");
    if (!perform(session, record, officer))
        return {};
    if (stage == u"acknowledged")
        return record;
    if (stage == u"extended") {
        ActionRequest extend = request(Action::Extend);
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2026, 3, 10);
        extend.reason = QStringLiteral("the responding manager is on leave");
        return perform(session, record, extend) ? record : Case{};
    }
    record.points[0].findings = {{1, QStringLiteral("upheld")}};
    ActionRequest allocate = request(Action::Allocate);
    allocate.respondingManager = QStringLiteral("Sam Manager");
    if (!perform(session, record, allocate) ||
        !perform(session, record, request(Action::Respond, QDate(2026, 3, 13))))
        return {};
    if (stage == u"stage 1 responded")
        return record;
    if (!perform(session, record, request(Action::Escalate, QDate(2026, 3, 20))) ||
        !perform(session, record, request(Action::Acknowledge, QDate(2026, 3, 23))))
        return {};
    record.points[0].findings.append({2, QStringLiteral("not_upheld")});
    if (!perform(session, record, allocate) ||
        !perform(session, record, request(Action::Respond, QDate(2026, 4, 24))))
        return {};
    if (stage == u"stage 2 responded")
        return record;
    if (!perform(session, record, request(Action::Escalate, QDate(2026, 5, 1))) ||
        !perform(session, record, request(Action::Acknowledge, QDate(2026, 5, 4))) ||
        !perform(session, record, allocate))
        return {};
    ActionRequest panel = request(Action::RecordMilestone, QDate(2026, 5, 11));
    panel.milestone = Milestone2or3::PanelHeld;
    ActionRequest report = request(Action::RecordMilestone, QDate(2026, 5, 14));
    report.milestone = Milestone2or3::PanelReport;
    ActionRequest outcome = request(Action::RecordOutcome);
    outcome.outcomeCode = QStringLiteral("partially_upheld");
    if (!perform(session, record, panel) || !perform(session, record, report) ||
        !perform(session, record, request(Action::Respond, QDate(2026, 5, 20))) ||
        !perform(session, record, outcome))
        return {};
    return record;
}

} // namespace

// Each default letter, produced from a case at its stage through `redress-cli letter`, as PDF
// and ODT: the merge fields filled with the case's own reference, names, due dates and rights.
class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void defaultLettersAreFilledFromTheCase_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("notExpected");
        const QStringList names = {QStringLiteral("Jordan Example"),
                                   QStringLiteral("Dear Jordan Example,"),
                                   QStringLiteral("12 Mill Lane"), QStringLiteral("DN31 1AA")};
        // Stage 1 is due 10 working days after 02/03/2026; extended to 20, on 30/03/2026.
        QTest::addRow("acknowledgement")
            << u"acknowledgement"_s << u"acknowledged"_s
            << names + QStringList{u"received on 02/03/2026"_s, u"full response by 16/03/2026"_s,
                                   u"Contact visits cancelled at short notice"_s}
            << QStringList{u"{{"_s};
        QTest::addRow("extension")
            << u"extension"_s << u"extended"_s
            << names + QStringList{u"by 16/03/2026"_s, u"the responding manager is on leave"_s,
                                   u"our response by 30/03/2026"_s}
            << QStringList{u"{{"_s};
        // Stage 2 may be asked for within 20 working days of 13/03/2026: Good Friday and
        // Easter Monday (3 and 6 April 2026) are not working days.
        QTest::addRow("stage 1 response")
            << u"stage1-response"_s << u"stage 1 responded"_s
            << names + QStringList{u"Sam Manager has looked into it"_s,
                                   u"A written apology at stage 1"_s,
                                   u"1. Visits cancelled: Upheld"_s,
                                   u"investigated independently (stage 2"_s,
                                   u"Please tell us by 14/04/2026"_s}
            << QStringList{u"{{"_s, u"Review Panel"_s};
        QTest::addRow("stage 2 response")
            << u"stage2-response"_s << u"stage 2 responded"_s
            << names + QStringList{u"1. Visits cancelled: Not upheld"_s,
                                   u"independent Review Panel"_s, u"Please tell us by 26/05/2026"_s,
                                   u"Ombudsman"_s}
            << QStringList{u"investigated independently"_s};
        QTest::addRow("panel outcome")
            << u"panel-outcome"_s << u"at stage 3"_s
            << names + QStringList{u"review panel considered your complaint"_s,
                                   u"Overall, your complaint was: Partially upheld."_s,
                                   u"A written apology at stage 3"_s,
                                   u"Local Government and Social Care Ombudsman"_s}
            << QStringList{u"Review Panel (stage 3"_s, u"Please tell us by"_s};
        QTest::addRow("acknowledgement, young person")
            << u"acknowledgement-young-person"_s << u"acknowledged"_s
            << QStringList{u"Dear Riley,"_s, u"12 Mill Lane"_s, u"on 02/03/2026"_s,
                           u"write to you again by 16/03/2026"_s, u"advocate"_s}
            << QStringList{u"{{"_s, u"Dear Jordan"_s};
        QTest::addRow("stage 1 response, young person")
            << u"stage1-response-young-person"_s << u"stage 1 responded"_s
            << QStringList{u"Dear Riley,"_s, u"1. Visits cancelled: Upheld"_s,
                           u"investigated independently"_s, u"Please tell us by 14/04/2026"_s}
            << QStringList{u"{{"_s};
    }
    void defaultLettersAreFilledFromTheCase()
    {
        QFETCH(QString, letter);
        QFETCH(QString, stage);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, notExpected);
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = caseAt(*session, stage);
        QVERIFY(record.id);

        QTemporaryDir folder;
        for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("odt")}) {
            const QString path = folder.filePath(QStringLiteral("letter.") + format);
            const CliRun run = runLetter(databaseArguments(dbHolder->location()) +
                                         QStringList{u"--case"_s, record.reference, u"--template"_s,
                                                     letter, u"--format"_s, format, u"--out"_s,
                                                     path, u"--actor"_s, u"officer"_s});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            const QString text = format == u"pdf" ? pdfText(path) : odtText(path);
            for (const QString& wanted : expected + QStringList{record.reference, u"01/06/2026"_s})
                QVERIFY2(text.contains(wanted),
                         qPrintable(format + u": no \"" + wanted + u"\" in: " + text));
            for (const QString& unwanted : notExpected)
                QVERIFY2(!text.contains(unwanted),
                         qPrintable(format + u": \"" + unwanted + u"\" in: " + text));
        }
        // Kept with the case as PDF, each time, and recorded as produced.
        auto kept = session->attachments().list(record.id);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        QVERIFY(kept->first().fileName.endsWith(u" 2026-06-01.pdf"));
        QVERIFY(kept->first().description.startsWith(u"Letter: "));
        QVERIFY(session->attachments().content(kept->first().id)->startsWith("%PDF"));
        int produced = 0;
        for (const AuditEntry& entry : session->auditLog().entriesForCase(record.id).value())
            if (entry.action == u"letter") {
                ++produced;
                QCOMPARE(entry.after.value(u"template").toString(), letter);
                QCOMPARE(entry.actor, QStringLiteral("officer"));
            }
        QCOMPARE(produced, 2);
    }

    // The .odt a team gets is read by LibreOffice as written: the stage 1 response (with
    // findings, remedies and the rights that follow), converted there to PDF, has every merged
    // value in it. Skipped where LibreOffice is not installed.
    void aProducedLetterOpensInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: the .odt is not opened in it");
        const QString letter = u"stage1-response"_s;
        const QString stage = u"stage 1 responded"_s;
        const QStringList expected = {u"Jordan Example"_s,
                                      u"Dear Jordan Example,"_s,
                                      u"12 Mill Lane"_s,
                                      u"DN31 1AA"_s,
                                      u"Sam Manager has looked into it"_s,
                                      u"A written apology at stage 1"_s,
                                      u"1. Visits cancelled: Upheld"_s,
                                      u"Please tell us by 14/04/2026"_s};
        const QStringList notExpected = {u"{{"_s, u"Review Panel"_s};
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = caseAt(*session, stage);
        QVERIFY(record.id);

        QTemporaryDir folder;
        const QString odt = folder.filePath(QStringLiteral("letter.odt"));
        const CliRun run = runLetter(databaseArguments(dbHolder->location()) +
                                     QStringList{u"--case"_s, record.reference, u"--template"_s,
                                                 letter, u"--format"_s, u"odt"_s, u"--out"_s, odt,
                                                 u"--actor"_s, u"officer"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QProcess convert;
        // A profile of its own, so a LibreOffice the user has open is neither used nor changed.
        convert.start(soffice, {u"-env:UserInstallation="_s +
                                    QUrl::fromLocalFile(folder.filePath(u"profile"_s)).toString(),
                                u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s,
                                folder.path(), odt});
        QVERIFY(convert.waitForFinished(120000));
        QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
        const QString text = pdfText(folder.filePath(QStringLiteral("letter.pdf")));
        for (const QString& wanted : expected + QStringList{record.reference, u"01/06/2026"_s})
            QVERIFY2(text.contains(wanted), qPrintable(u"no \""_s + wanted + u"\" in: "_s + text));
        for (const QString& unwanted : notExpected)
            QVERIFY2(!text.contains(unwanted),
                     qPrintable(u"\""_s + unwanted + u"\" in: "_s + text));
    }

    void fieldsWithoutAValueAreShownBeforeAnythingIsWritten()
    {
        FixedToday today(QDate(2026, 6, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2)); // no child, no address
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("letter.pdf"));
        const QStringList arguments =
            databaseArguments(dbHolder->location()) +
            QStringList{u"--case"_s,     record.reference,
                        u"--template"_s, u"Acknowledgement (young person)"_s,
                        u"--out"_s,      path};
        const CliRun refused = runLetter(arguments);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"{{child.firstName}}") &&
                     refused.err.contains(u"{{complainant.address}}") &&
                     refused.err.contains(u"Nothing was written"),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY(session->attachments().list(record.id)->isEmpty());

        const CliRun allowed = runLetter(arguments + QStringList{u"--allow-missing"_s});
        QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
        QVERIFY(allowed.err.contains(u"{{child.firstName}}"));
        QVERIFY(pdfText(path).contains(u"Dear {{child.firstName}},"));
    }

    void producesALetterWithoutADisplay()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2), QDate(2026, 3, 3));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("acknowledgement.pdf"));
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(REDRESS_CLI_PROGRAM),
                      {u"letter"_s, u"--db"_s, dbHolder->location().filePath, u"--case"_s,
                       record.reference, u"--template"_s, u"acknowledgement"_s, u"--out"_s, path,
                       u"--allow-missing"_s});
        QVERIFY(program.waitForFinished(60000));
        QVERIFY2(program.exitStatus() == QProcess::NormalExit && program.exitCode() == 0,
                 program.readAllStandardError().constData());
        QVERIFY(pdfText(path).contains(record.reference));
    }

    // Word processors split text into spans as it is edited; a field still fills, and the
    // document stays well formed.
    void fieldsSplitByEditingStillFill()
    {
        const QByteArray content =
            "<office:text xmlns:office=\"o\" xmlns:text=\"t\"><text:p>Ref "
            "{<text:span>{</text:span>case.<text:span text:style-name=\"T1\">reference}}"
            "</text:span> for {{ complainant.name }} and {{unknown.field}}</text:p>"
            "</office:text>";
        QCOMPARE(letters::fieldsIn(content),
                 (QSet<QString>{u"case.reference"_s, u"complainant.name"_s, u"unknown.field"_s}));
        const QByteArray filled =
            letters::fillFields(content, {{u"case.reference"_s, u"CP-2026-00001"_s},
                                          {u"complainant.name"_s, u"A & B <C>"_s}});
        QXmlStreamReader xml(filled);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(text, QStringLiteral("Ref CP-2026-00001 for A & B <C> and {{unknown.field}}"));
    }

    void anAdministratorReplacesATemplate_data() { addBackendRows(); }
    void anAdministratorReplacesATemplate()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        letters::LetterTemplates templates(*db, session->actor());
        const QByteArray odt = letters::OdtPackage::fromParagraphs(
                                   {u"Dear {{complainant.name}}, about {{case.reference}}."_s})
                                   .toBytes();
        const Status unknown = templates.save(
            u"acknowledgement"_s, u"Our acknowledgement"_s,
            letters::OdtPackage::fromParagraphs({u"Dear {{complainant.nmae}}"_s}).toBytes());
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(u"{{complainant.nmae}}"), qPrintable(unknown.error()));
        const Status notOdt =
            templates.save(u"acknowledgement"_s, u"Ours"_s, QByteArray("not a zip"));
        QVERIFY(!notOdt);
        QVERIFY2(notOdt.error().contains(u"not an OpenDocument text"), qPrintable(notOdt.error()));
        QVERIFY(templates.find(u"acknowledgement"_s)->builtIn);

        QVERIFY(templates.save(u"acknowledgement"_s, u"Our acknowledgement"_s, odt));
        auto replaced = templates.find(u"acknowledgement"_s);
        QVERIFY(replaced);
        QVERIFY(!replaced->builtIn);
        QCOMPARE(replaced->odt, odt);
        QCOMPARE(replaced->title, QStringLiteral("Our acknowledgement"));
        QCOMPARE(templates.all()->size(), 7);
        QVERIFY(templates.save(u"apology"_s, u"Apology"_s, odt));
        QCOMPARE(templates.all()->size(), 8);
        int audited = 0;
        for (const AuditEntry& entry : session->auditLog().latest(10).value())
            audited += entry.action == u"letter_template";
        QCOMPARE(audited, 2);
    }
};

QTEST_MAIN(TestLetters)
#include "TestLetters.moc"
