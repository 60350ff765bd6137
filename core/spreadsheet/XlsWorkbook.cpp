#include "XlsWorkbook.h"

#include "SheetMessages.h"
#include "XlsReaderProtocol.h"
#include "XlsStructure.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <freexl.h>

namespace redress::spreadsheet::detail {

namespace {

QString freexlProblem(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return Text::tr("the file cannot be found");
    case FREEXL_INSUFFICIENT_MEMORY:
        return Text::tr("there is not enough memory to read it");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
        return Text::tr("the file is not an Excel 97–2003 workbook");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return Text::tr("the file is an Office file but holds no Excel workbook (it may be a Word "
                        "document, or a workbook protected with a password)");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return Text::tr("the file ends early; it may be truncated");
    default:
        return Text::tr("the workbook is damaged (FreeXL error %1)").arg(code);
    }
}

QString readerProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("redress-xls-reader.exe");
#else
    const QString name = QStringLiteral("redress-xls-reader");
#endif
    // Installed beside the program. Only beside it: a shipped binary must never look for a
    // program to run where some build machine once put it. The tests, whose programs are not
    // beside the reader, name it in REDRESS_XLS_READER.
    if (QCoreApplication::instance()) {
        const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        if (QFileInfo::exists(beside))
            return beside;
    }
    const QString named = qEnvironmentVariable("REDRESS_XLS_READER");
    if (!named.isEmpty() && QFileInfo::exists(named))
        return named;
    return {};
}

// The reader process (XlsReaderProtocol.h), and its messages read one at a time as they come.
class ReaderProcess
{
public:
    // Longer than FreeXL takes to open the largest Excel 97–2003 file (a few seconds); a
    // reader that says nothing for this long is stuck.
    static constexpr int silenceLimitMs = 120'000;

    ~ReaderProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Status start(const QString& path, int sheet)
    {
        const QString program = readerProgram();
        if (program.isEmpty())
            return fileError(path, Text::tr("the reader of Excel 97–2003 files "
                                            "(redress-xls-reader) is missing from this "
                                            "installation; install Redress again"));
        QStringList arguments{QStringLiteral("--memory-limit-mib"),
                              QString::number(xlsreader::memoryLimitMiB),
                              QDir::toNativeSeparators(path)};
        if (sheet >= 0)
            arguments << QString::number(sheet);
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.start(program, arguments, QIODevice::ReadOnly);
        if (!m_process.waitForStarted(30'000))
            return fileError(path, Text::tr("the reader of Excel 97–2003 files could not be "
                                            "started (%1)")
                                       .arg(m_process.errorString()));
        m_in.setDevice(&m_process);
        m_in.setVersion(xlsreader::streamVersion);
        return {};
    }

    // Reads one whole message with `read`, waiting for it; false when the process ended (or
    // went silent) before writing it.
    template <typename Read> bool next(const Read& read)
    {
        for (;;) {
            m_in.startTransaction();
            read(m_in);
            if (m_in.commitTransaction())
                return true;
            // Short of a whole message, the stream says ReadPastEnd and has been rolled back.
            if (m_in.status() != QDataStream::ReadPastEnd)
                return false; // not the reader's messages
            if (!m_process.waitForReadyRead(silenceLimitMs) && m_process.bytesAvailable() == 0)
                return false;
        }
    }

private:
    QProcess m_process;
    QDataStream m_in;
};

Error readerStopped(const QString& path)
{
    return fileError(path, Text::tr("the workbook is damaged: reading it stopped part-way, and "
                                    "nothing of it was imported; open it in Excel or "
                                    "LibreOffice, save it as XLSX and import that"));
}

xlsreader::Message readMessage(QDataStream& in)
{
    quint8 tag = 0;
    in >> tag;
    return xlsreader::Message(tag);
}

QVariant cellValue(quint8 type, QDataStream& in)
{
    if (xlsreader::CellType(type) == xlsreader::CellType::Number) {
        double number = 0;
        in >> number;
        return number;
    }
    QByteArray raw;
    in >> raw;
    switch (xlsreader::CellType(type)) {
    case xlsreader::CellType::Text: {
        const QString text = normaliseLineBreaks(QString::fromUtf8(raw));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case xlsreader::CellType::Date:
        // FreeXL has already applied the workbook's 1900 or 1904 date system.
        return QDate::fromString(QString::fromLatin1(raw), Qt::ISODate);
    case xlsreader::CellType::DateTime: {
        QDateTime moment =
            QDateTime::fromString(QString::fromLatin1(raw), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        moment.setTimeSpec(Qt::UTC);
        return moment;
    }
    case xlsreader::CellType::Time:
        return QTime::fromString(QString::fromLatin1(raw), QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

// The Opened message: the sheets' names, or why the workbook cannot be read.
Result<QStringList> readOpened(const QString& path, ReaderProcess& reader)
{
    qint32 opened = 0;
    qint32 counted = 0;
    bool hasHandle = false;
    bool obfuscated = false;
    quint32 sheets = 0;
    QList<qint32> nameAnswers;
    QList<QByteArray> names;
    const bool complete = reader.next([&](QDataStream& in) {
        if (readMessage(in) != xlsreader::Message::Opened) {
            in.setStatus(QDataStream::ReadCorruptData);
            return;
        }
        in >> opened >> hasHandle >> obfuscated >> counted >> sheets;
        nameAnswers.clear();
        names.clear();
        for (quint32 i = 0; i < sheets && in.status() == QDataStream::Ok; ++i) {
            qint32 answer = 0;
            QByteArray name;
            in >> answer >> name;
            nameAnswers << answer;
            names << name;
        }
    });
    if (!complete)
        return readerStopped(path);
    // FreeXL 1.0 answers OK without a handle for some BIFF8 writers (Apple Numbers).
    if (opened == FREEXL_OK && !hasHandle)
        return fileError(path, Text::tr("the Excel 97–2003 workbook is written in a way this "
                                        "program cannot read; open it in Excel or LibreOffice, "
                                        "save it as XLSX and import that"));
    if (opened != FREEXL_OK)
        return fileError(path, freexlProblem(opened));
    if (obfuscated)
        return fileError(path, Text::tr("the workbook is protected with a password; save it "
                                        "without one and import it again"));
    if (counted != FREEXL_OK || sheets == 0)
        return fileError(path, Text::tr("the workbook has no sheets"));
    QStringList sheetNames;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (nameAnswers.at(i) != FREEXL_OK || names.at(i).isNull())
            return fileError(path, Text::tr("the workbook is damaged (a sheet has no name)"));
        sheetNames << QString::fromUtf8(names.at(i));
    }
    return sheetNames;
}

} // namespace

XlsWorkbook::XlsWorkbook(QString path, ReadLimits limits) : Workbook(std::move(path), limits) {}

XlsWorkbook::~XlsWorkbook() = default;

Result<std::unique_ptr<Workbook>> XlsWorkbook::open(const QString& path, ReadLimits limits)
{
    // Checked first, for a message that says what is wrong: the reader process would only
    // stop.
    if (const QString problem = xlsStructureProblem(path); !problem.isEmpty())
        return fileError(path, problem);
    return openUnchecked(path, limits);
}

Result<std::unique_ptr<Workbook>> XlsWorkbook::openUnchecked(const QString& path, ReadLimits limits)
{
    ReaderProcess reader;
    if (Status started = reader.start(path, -1); !started)
        return Error{started.error()};
    auto names = readOpened(path, reader);
    if (!names)
        return Error{names.error()};
    std::unique_ptr<XlsWorkbook> book(new XlsWorkbook(path, limits));
    book->m_sheetNames = std::move(names).value();
    return std::unique_ptr<Workbook>(std::move(book));
}

Status XlsWorkbook::readRows(int sheet, const RowCallback& onRow) const
{
    if (sheet < 0 || sheet >= m_sheetNames.size())
        return fileError(path(), Text::tr("there is no sheet number %1").arg(sheet + 1));
    const QString& sheetName = m_sheetNames.at(sheet);
    ReaderProcess reader;
    if (Status started = reader.start(path(), sheet); !started)
        return started;
    if (auto names = readOpened(path(), reader); !names)
        return Error{names.error()};
    else if (names.value() != m_sheetNames)
        return fileError(path(), Text::tr("the file changed while it was being read"));

    qint32 selected = 0;
    qint32 measured = 0;
    quint32 rows = 0;
    quint16 columns = 0;
    if (!reader.next([&](QDataStream& in) {
            if (readMessage(in) != xlsreader::Message::Sheet)
                in.setStatus(QDataStream::ReadCorruptData);
            in >> selected >> measured >> rows >> columns;
        }))
        return readerStopped(path());
    if (selected != FREEXL_OK)
        return sheetError(path(), sheetName, freexlProblem(selected));
    if (measured != FREEXL_OK)
        return sheetError(path(), sheetName, freexlProblem(measured));

    SheetRow row;
    for (;;) {
        xlsreader::Message message{};
        quint32 r = 0;
        quint16 c = 0;
        qint32 failed = 0;
        Status checked;
        if (!reader.next([&](QDataStream& in) {
                message = readMessage(in);
                row.cells.clear();
                checked = {};
                if (message == xlsreader::Message::CellFailed) {
                    in >> r >> c >> failed;
                    return;
                }
                if (message == xlsreader::Message::End)
                    return;
                if (message != xlsreader::Message::Row) {
                    in.setStatus(QDataStream::ReadCorruptData);
                    return;
                }
                quint16 cells = 0;
                in >> r >> cells;
                row.number = qint64(r) + 1;
                for (quint16 i = 0; i < cells && in.status() == QDataStream::Ok; ++i) {
                    quint8 type = 0;
                    in >> c >> type;
                    QVariant value = cellValue(type, in);
                    if (value.isNull() || !checked.ok())
                        continue;
                    checked = checkCell(row.number, c, value, sheetName);
                    if (row.cells.size() <= c)
                        row.cells.resize(c + 1);
                    row.cells[c] = std::move(value);
                }
            }))
            return readerStopped(path());
        if (message == xlsreader::Message::End)
            return {};
        if (message == xlsreader::Message::CellFailed)
            return cellError(path(), sheetName, qint64(r) + 1, c, freexlProblem(failed));
        if (!checked)
            return checked;
        if (row.cells.isEmpty())
            continue;
        if (auto limit = checkRow(path(), sheetName, row.number, limits().maxRows); !limit)
            return limit;
        if (!onRow(row, rows ? double(r + 1) / double(rows) : 1.0))
            return fileError(path(), Text::tr("the import was cancelled"));
    }
}

Status XlsWorkbook::checkCell(qint64 row, int column, const QVariant& value,
                              const QString& sheetName) const
{
    if (auto checked = checkColumn(path(), sheetName, row, column, limits().maxColumns); !checked)
        return checked;
    if (value.typeId() == QMetaType::QString)
        return checkCellLength(path(), sheetName, row, column, value.toString().size(),
                               limits().maxCellChars);
    return {};
}

} // namespace redress::spreadsheet::detail
