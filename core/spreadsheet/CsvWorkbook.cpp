#include "CsvWorkbook.h"

#include "SheetMessages.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <algorithm>
#include <array>
#include <limits>

namespace redress::spreadsheet::detail {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;
constexpr qsizetype sniffBytes = 64 * 1024;
constexpr int sniffRecords = 50;

// RFC 4180 and what spreadsheets actually write: a quote opens a quoted field only at the
// start of a field; "" inside one is a quote; CR, LF and CRLF all end a record outside
// quotes and are kept as \n inside them; text after a closing quote is kept, not refused.
class CsvParser
{
public:
    // the record's fields and its 1-based number, counting empty records too
    using RecordFn = std::function<Status(QVariantList& fields, qint64 record)>;

    CsvParser(QString path, QChar delimiter, const ReadLimits& limits, RecordFn onRecord)
        : m_path(std::move(path)), m_delimiter(delimiter), m_limits(limits),
          m_onRecord(std::move(onRecord))
    {}

    // Where the character that ended the last record is, counting every character fed.
    qint64 position() const { return m_position; }

    Status feed(QStringView text)
    {
        const qsizetype size = text.size();
        const auto fed = qScopeGuard([&] { m_fed += size; });
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = text[i];
            m_position = m_fed + i;
            const bool lineBreak = c == u'\n' || c == u'\r';
            if (lineBreak && !(c == u'\n' && m_previous == u'\r'))
                ++m_line;
            const QChar previous = m_previous;
            m_previous = c;
            switch (m_state) {
            case State::AfterCr:
                m_state = State::FieldStart;
                if (c == u'\n')
                    break;
                [[fallthrough]];
            case State::FieldStart:
                if (c == u'"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    break;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                if (c == m_delimiter) {
                    if (auto ended = endField(); !ended)
                        return ended;
                    m_state = State::FieldStart;
                } else if (lineBreak) {
                    if (auto ended = endRecord(); !ended)
                        return ended;
                    m_state = c == u'\r' ? State::AfterCr : State::FieldStart;
                } else {
                    // Copy the run of ordinary characters at once.
                    qsizetype end = i + 1;
                    while (end < size && text[end] != m_delimiter && text[end] != u'\n' &&
                           text[end] != u'\r')
                        ++end;
                    m_field.append(text.mid(i, end - i));
                    m_previous = text[end - 1];
                    i = end - 1;
                    if (auto checked = checkLength(); !checked)
                        return checked;
                }
                break;
            }
            case State::Quoted:
                if (c == u'"') {
                    m_state = State::QuoteInQuoted;
                } else if (c == u'\n') {
                    if (previous != u'\r')
                        m_field.append(u'\n');
                } else if (c == u'\r') {
                    m_field.append(u'\n');
                } else {
                    qsizetype end = i + 1;
                    while (end < size && text[end] != u'"' && text[end] != u'\n' &&
                           text[end] != u'\r')
                        ++end;
                    m_field.append(text.mid(i, end - i));
                    m_previous = text[end - 1];
                    i = end - 1;
                    if (auto checked = checkLength(); !checked)
                        return checked;
                }
                break;
            case State::QuoteInQuoted:
                if (c == u'"') {
                    m_field.append(u'"');
                    m_state = State::Quoted;
                } else if (c == m_delimiter) {
                    if (auto ended = endField(); !ended)
                        return ended;
                    m_state = State::FieldStart;
                } else if (lineBreak) {
                    if (auto ended = endRecord(); !ended)
                        return ended;
                    m_state = c == u'\r' ? State::AfterCr : State::FieldStart;
                } else {
                    m_field.append(c);
                    m_state = State::Unquoted;
                }
                break;
            }
        }
        return {};
    }

    Status finish()
    {
        m_position = m_fed;
        if (m_state == State::Quoted)
            return fail(
                Text::tr("%1, row %2, column %3 (line %4): a quoted field opened here is never "
                         "closed; the file may be truncated")
                    .arg(QFileInfo(m_path).fileName(), count(m_record),
                         columnName(int(m_fields.size())), count(m_quoteLine)));
        if (m_state != State::FieldStart && m_state != State::AfterCr)
            return endRecord();
        if (m_state == State::FieldStart && !m_fields.isEmpty())
            return endRecord(); // "a,b," with no final line break
        return {};
    }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterCr,
    };

    Status checkLength() const
    {
        if (m_field.size() <= m_limits.maxCellChars)
            return {};
        return fail(Text::tr("%1, row %2, column %3: the cell holds more than %4 characters, more "
                             "than can be imported (a quoted field that is never closed does this)")
                        .arg(QFileInfo(m_path).fileName(), count(m_record),
                             columnName(int(m_fields.size())), count(m_limits.maxCellChars)));
    }

    Status endField()
    {
        if (m_fields.size() >= m_limits.maxColumns)
            return fail(Text::tr("%1, row %2 has more than %3 columns; at most %3 can be imported")
                            .arg(QFileInfo(m_path).fileName(), count(m_record),
                                 count(m_limits.maxColumns)));
        if (m_field.isEmpty())
            m_fields.append(QVariant());
        else
            m_fields.append(m_field);
        m_field.clear();
        return {};
    }

    Status endRecord()
    {
        if (auto ended = endField(); !ended)
            return ended;
        if (m_record > m_limits.maxRows)
            return fail(
                Text::tr("%1 has more than %2 rows, which is as many as can be imported; split "
                         "the file and import it in parts")
                    .arg(QFileInfo(m_path).fileName(), count(m_limits.maxRows)));
        Status result;
        const bool empty = std::all_of(m_fields.cbegin(), m_fields.cend(),
                                       [](const QVariant& v) { return v.isNull(); });
        if (!empty)
            result = m_onRecord(m_fields, m_record);
        m_fields.clear();
        ++m_record;
        return result;
    }

    QString m_path;
    QChar m_delimiter;
    ReadLimits m_limits;
    RecordFn m_onRecord;
    State m_state = State::FieldStart;
    QString m_field;
    QVariantList m_fields;
    qint64 m_record = 1;
    qint64 m_line = 1;
    qint64 m_quoteLine = 1;
    qint64 m_fed = 0;
    qint64 m_position = 0;
    QChar m_previous;
};

// The delimiter that splits the first records into the same number of fields most often,
// quotes respected; "Archive: …" lines above the header are outvoted.
QChar sniffDelimiter(const QString& sample, const QString& path)
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestFrequency = 0;
    qsizetype bestWidth = 0;
    ReadLimits unlimited;
    unlimited.maxColumns = std::numeric_limits<int>::max();
    unlimited.maxCellChars = std::numeric_limits<qint64>::max();
    for (char16_t candidate : candidates) {
        QHash<qsizetype, int> widths;
        int records = 0;
        CsvParser parser(path, QChar(candidate), unlimited, [&](QVariantList& fields, qint64) {
            if (++records <= sniffRecords)
                ++widths[fields.size()];
            return Status();
        });
        (void)parser.feed(sample); // the last, cut-off record is left unfinished
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.key() < 2)
                continue;
            if (it.value() > bestFrequency ||
                (it.value() == bestFrequency && it.key() > bestWidth)) {
                best = QChar(candidate);
                bestFrequency = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

struct InvalidRows
{
    QList<qint64> first; // the first few rows with bytes that are not UTF-8
    qint64 count = 0;    // how many rows have them
};
constexpr int rowsNamed = 10;

// The rows holding bytes that are not UTF-8. The file is parsed as Latin-1, one character a
// byte, so the parser's positions are byte offsets, and the delimiters, quotes and line
// breaks fall where they do in any of the encodings read here but UTF-16.
InvalidRows findInvalidUtf8Rows(const QString& path, int bomLength, QChar delimiter)
{
    InvalidRows result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(bomLength))
        return result;
    ReadLimits unlimited;
    unlimited.maxColumns = std::numeric_limits<int>::max();
    unlimited.maxCellChars = std::numeric_limits<qint64>::max();
    unlimited.maxRows = std::numeric_limits<qint64>::max();
    Utf8Checker checker;
    std::vector<qint64> invalid;
    size_t next = 0;
    const CsvParser* reading = nullptr;
    auto take = [&](qint64 record) {
        bool bad = false;
        while (next < invalid.size() && invalid[next] <= reading->position()) {
            bad = true;
            ++next;
        }
        if (bad && result.count++ < rowsNamed)
            result.first.append(record);
    };
    CsvParser parser(path, delimiter, unlimited, [&](QVariantList&, qint64 record) {
        take(record);
        return Status();
    });
    reading = &parser;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty())
            break;
        checker.feed(chunk, invalid);
        if (!parser.feed(QString::fromLatin1(chunk)))
            return result;
        invalid.erase(invalid.begin(), invalid.begin() + qsizetype(next));
        next = 0;
    }
    (void)parser.finish();
    return result;
}

QString rowList(const InvalidRows& rows)
{
    QStringList named;
    for (const qint64 row : rows.first)
        named << count(row);
    QString list = named.join(QStringLiteral(", "));
    if (rows.count > rows.first.size())
        list = Text::tr("%1 and %2 more").arg(list, count(rows.count - rows.first.size()));
    return list;
}

} // namespace

CsvWorkbook::CsvWorkbook(QString path, ReadLimits limits, TextEncoding encoding, QChar delimiter)
    : Workbook(std::move(path), limits), m_encoding(std::move(encoding)), m_delimiter(delimiter)
{}

Result<std::unique_ptr<Workbook>> CsvWorkbook::open(const QString& path, ReadLimits limits,
                                                    const QString& wanted)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    TextEncoding encoding;
    if (wanted.isEmpty()) {
        auto detected = detectTextEncoding(file, path);
        if (!detected)
            return Error{detected.error()};
        encoding = std::move(detected).value();
    } else {
        encoding.name = wanted.toLatin1();
        const QByteArray head = file.peek(3);
        if (encoding.name == "UTF-8" && head.startsWith("\xEF\xBB\xBF"))
            encoding.bomLength = 3;
        else if (encoding.name == "UTF-16LE" && head.startsWith("\xFF\xFE"))
            encoding.bomLength = 2;
        else if (encoding.name == "UTF-16BE" && head.startsWith("\xFE\xFF"))
            encoding.bomLength = 2;
    }
    file.seek(encoding.bomLength);
    TextDecoder decoder(encoding);
    const QString sample = decoder.decode(file.read(sniffBytes));
    const QChar delimiter = sniffDelimiter(sample, path);

    QStringList notes;
    // A file said to be UTF-8 is checked through once, as an unnamed one was when it was
    // detected; only one that is not is parsed again to find the rows.
    bool notUtf8 = encoding.guessed;
    if (!wanted.isEmpty() && encoding.name == "UTF-8") {
        auto detected = detectTextEncoding(file, path);
        if (!detected)
            return Error{detected.error()};
        notUtf8 = detected->guessed;
    }
    if (notUtf8) {
        const InvalidRows rows = findInvalidUtf8Rows(path, encoding.bomLength, delimiter);
        if (!encoding.guessed)
            return fileError(path,
                             Text::tr("the mapping says the file is UTF-8, but it is not (rows: "
                                      "%1); give its real encoding as \"encoding\" in the "
                                      "mapping, such as \"Windows-1252\"")
                                 .arg(rowList(rows)));
        if (encoding.guessed)
            notes << Text::tr(
                         "%1 is not valid UTF-8, so it was read as Windows-1252, the encoding "
                         "Excel on Windows saves CSV files in; rows not valid UTF-8: %2. If "
                         "letters such as é or £ look wrong there, give the file's encoding as "
                         "\"encoding\" in the mapping.")
                         .arg(QFileInfo(path).fileName(),
                              rows.count > 0 ? rowList(rows) : Text::tr("none found"));
    }
    auto* book = new CsvWorkbook(path, limits, std::move(encoding), delimiter);
    book->m_notes = notes;
    return std::unique_ptr<Workbook>(book);
}

QStringList CsvWorkbook::sheetNames() const
{
    return {QFileInfo(path()).completeBaseName()};
}

Status CsvWorkbook::readRows(int sheet, const RowCallback& onRow) const
{
    if (sheet != 0)
        return fileError(path(), Text::tr("a CSV file has only one sheet"));
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path(), Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    const qint64 size = qMax<qint64>(file.size(), 1);
    file.seek(m_encoding.bomLength);
    TextDecoder decoder(m_encoding);
    double fraction = 0;
    CsvParser parser(path(), m_delimiter, limits(), [&](QVariantList& fields, qint64 record) {
        SheetRow row;
        row.number = record;
        row.cells = std::move(fields);
        if (!onRow(row, fraction))
            return Status(fileError(path(), Text::tr("the import was cancelled")));
        return Status();
    });
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty())
            return fileError(path(),
                             Text::tr("the file cannot be read (%1)").arg(file.errorString()));
        fraction = double(file.pos()) / double(size);
        if (auto fed = parser.feed(decoder.decode(chunk)); !fed)
            return fed;
    }
    fraction = 1;
    return parser.finish();
}

} // namespace redress::spreadsheet::detail
