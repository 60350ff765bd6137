#include "XlsStructure.h"

#include "SheetMessages.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <cstring>

namespace redress::spreadsheet::detail {

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFA; // this and above: end of chain, free, FAT, DIFAT
constexpr quint16 recordSst = 0x00FC;
constexpr quint16 recordContinue = 0x003C;
constexpr quint16 recordBof = 0x0809;
constexpr quint16 recordDimensions = 0x0200;
constexpr quint16 recordBoundSheet = 0x0085;
constexpr quint16 recordFormat = 0x041E;
constexpr quint16 recordLabel = 0x0204;
constexpr quint16 recordRichLabel = 0x00D6;
constexpr quint16 biff8 = 0x0600;

quint16 u16(const uchar* p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const uchar* p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

// The compound file (OLE2) that holds the workbook stream, read as FreeXL reads it.
class CompoundFile
{
public:
    CompoundFile(const uchar* data, qint64 size) : m_data(data), m_size(size) {}

    bool readHeader()
    {
        static const uchar signature[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (m_size < 512 || memcmp(m_data, signature, sizeof signature) != 0)
            return false;
        const quint16 shift = u16(m_data + 30);
        if (shift != 9 && shift != 12)
            return false; // FreeXL refuses other sector sizes itself
        m_sectorSize = 1 << shift;
        m_miniSectorSize = 1 << qMin<quint16>(u16(m_data + 32), 12);
        m_directoryStart = u32(m_data + 48);
        m_miniCutoff = u32(m_data + 56);
        m_miniFatStart = u32(m_data + 60);
        // The FAT's own sectors: up to 109 named in the header, the rest in the DIFAT chain.
        // Every one named is taken, whatever count the header gives, so that the chains are
        // read at least as far as FreeXL may read them.
        for (int i = 0; i < 109 && u32(m_data + 76 + 4 * i) < endOfChain; ++i)
            m_fat << u32(m_data + 76 + 4 * i);
        quint32 difat = u32(m_data + 68);
        const int perSector = m_sectorSize / 4 - 1;
        for (int guard = 0; difat < endOfChain && guard <= sectorCount(); ++guard) {
            const uchar* block = sector(difat);
            if (!block)
                break;
            for (int i = 0; i < perSector && u32(block + 4 * i) < endOfChain; ++i)
                m_fat << u32(block + 4 * i);
            difat = u32(block + 4 * perSector);
        }
        return true;
    }

    int sectorSize() const { return m_sectorSize; }
    quint32 directoryStart() const { return m_directoryStart; }
    quint32 miniCutoff() const { return m_miniCutoff; }

    const uchar* sector(quint32 index) const
    {
        // FreeXL computes the offset in 32 bits: a sector number past 8 million (4 GB) wraps
        // round to the start of the file, and is read there, so it is here too.
        const qint64 offset = quint32((index + 1) * quint32(m_sectorSize));
        return offset + m_sectorSize <= m_size ? m_data + offset : nullptr;
    }

    // Up to `size` bytes of the chain from `start`, as far as the chain goes.
    QByteArray stream(quint32 start, quint32 size) const
    {
        return read(
            start, size, m_sectorSize, [this](quint32 i) { return next(i); },
            [this](quint32 i) { return sector(i); });
    }

    QByteArray miniStream(quint32 rootStart, quint32 rootSize, quint32 start, quint32 size) const
    {
        const QByteArray container = stream(rootStart, rootSize);
        // The mini FAT as far as its chain goes, whatever size the header gives it.
        const QByteArray miniFat = stream(m_miniFatStart, quint32(m_size));
        const auto nextMini = [&](quint32 i) -> quint32 {
            return qint64(i) * 4 + 4 <= miniFat.size()
                       ? u32(reinterpret_cast<const uchar*>(miniFat.constData()) + 4 * i)
                       : endOfChain;
        };
        const auto miniSector = [&](quint32 i) -> const uchar* {
            const qint64 offset = qint64(i) * m_miniSectorSize;
            return offset + m_miniSectorSize <= container.size()
                       ? reinterpret_cast<const uchar*>(container.constData()) + offset
                       : nullptr;
        };
        return read(start, size, m_miniSectorSize, nextMini, miniSector);
    }

private:
    int sectorCount() const { return int(m_size / m_sectorSize); }

    quint32 next(quint32 index) const
    {
        const quint32 perSector = quint32(m_sectorSize / 4);
        if (index / perSector >= quint32(m_fat.size()))
            return endOfChain;
        const uchar* block = sector(m_fat.at(index / perSector));
        return block ? u32(block + 4 * (index % perSector)) : endOfChain;
    }

    template <typename Next, typename Sector>
    QByteArray read(quint32 start, quint32 size, int unit, const Next& nextOf,
                    const Sector& sectorOf) const
    {
        size = quint32(qMin<qint64>(size, m_size)); // no stream is longer than its file
        QByteArray bytes;
        bytes.reserve(qsizetype(size));
        quint32 at = start;
        for (int guard = 0; bytes.size() < qsizetype(size); ++guard) {
            const uchar* block = at < endOfChain ? sectorOf(at) : nullptr;
            // A chain that ends early: FreeXL reads what there is, and so is it checked.
            if (!block || guard > sectorCount() * 8)
                break;
            bytes.append(reinterpret_cast<const char*>(block),
                         qMin<qsizetype>(unit, qsizetype(size) - bytes.size()));
            at = nextOf(at);
        }
        return bytes;
    }

    const uchar* m_data;
    qint64 m_size;
    int m_sectorSize = 512;
    int m_miniSectorSize = 64;
    quint32 m_directoryStart = 0;
    quint32 m_miniCutoff = 4096;
    quint32 m_miniFatStart = endOfChain;
    QList<quint32> m_fat; // the sectors that hold the FAT
};

QString damaged(const QString& what)
{
    return Text::tr("the workbook is damaged (%1); open it in Excel or LibreOffice, save it as "
                    "XLSX and import that")
        .arg(what);
}

// The SST record's strings, read across the CONTINUE records that follow it as Excel writes
// them: each string's characters may run on into the next record (which then starts with a
// byte saying how wide they are), and so may its formatting runs and phonetic data.
QString checkSharedText(const QList<QByteArray>& pieces)
{
    int piece = 0;
    qsizetype at = 8;
    const auto left = [&] {
        return pieces.at(piece).size() - at;
    };
    const auto nextPiece = [&] {
        if (piece + 1 >= pieces.size())
            return false;
        ++piece;
        at = 0;
        return true;
    };
    const QString overrun = damaged(Text::tr("its table of shared text runs past its end"));
    if (pieces.constFirst().size() < 8)
        return overrun;
    const quint32 strings =
        u32(reinterpret_cast<const uchar*>(pieces.constFirst().constData()) + 4);
    // FreeXL allocates a pointer for each string declared before reading any: a count no
    // table could hold (each string takes three bytes at least) asks for gigabytes.
    qint64 bytes = 0;
    for (const QByteArray& piece : pieces)
        bytes += piece.size();
    if (qint64(strings) > bytes / 3)
        return damaged(Text::tr("its table of shared text says it holds more text than it does"));
    for (quint32 i = 0; i < strings; ++i) {
        if (left() <= 0 && !nextPiece())
            return {}; // fewer strings than declared: FreeXL stops, and cells naming them fail
        const auto* p = reinterpret_cast<const uchar*>(pieces.at(piece).constData()) + at;
        if (left() < 3)
            return overrun;
        qint64 characters = u16(p);
        const uchar flags = p[2];
        at += 3;
        qint64 skip = 0;
        if (flags & 0x08) {
            if (left() < 2)
                return overrun;
            skip += qint64(u16(p + 3)) * 4; // formatting runs, 4 bytes each
            at += 2;
        }
        if (flags & 0x04) {
            if (left() < 4)
                return overrun;
            // phonetic data (East Asian furigana), after the formatting runs
            skip += u32(reinterpret_cast<const uchar*>(pieces.at(piece).constData()) + at);
            at += 4;
        }
        int width = (flags & 0x01) ? 2 : 1;
        while (characters > 0) {
            const qint64 here = qMin<qint64>(characters, left() / width);
            at += here * width;
            characters -= here;
            if (characters == 0)
                break;
            if (!nextPiece() || left() < 1)
                return overrun;
            width = (pieces.at(piece).at(0) & 0x01) ? 2 : 1;
            at = 1;
        }
        while (skip > 0) {
            const qint64 here = qMin<qint64>(skip, left());
            at += here;
            skip -= here;
            if (skip > 0 && !nextPiece())
                return overrun;
        }
    }
    return {};
}

// Records that hold one piece of text FreeXL copies by the character count the record gives,
// without checking it against the record's size (a FORMAT whose count said 53,282 wide
// characters in 39 bytes made it copy 106 KB from past its buffer). `header` is what comes
// before the count; the count is one byte before BIFF8 and in BOUNDSHEET, two otherwise.
bool textFitsRecord(quint16 type, const uchar* record, quint16 size, bool isBiff8)
{
    qsizetype header = 0;
    bool wideCount = true;
    switch (type) {
    case recordBoundSheet:
        header = 6;
        wideCount = false;
        break;
    case recordFormat:
        header = 2;
        wideCount = isBiff8;
        break;
    case recordLabel:
    case recordRichLabel:
        header = 6;
        break;
    default:
        return true;
    }
    qsizetype at = header + (wideCount ? 2 : 1);
    if (at > size)
        return false;
    const qint64 characters = wideCount ? u16(record + header) : record[header];
    int width = 1;
    if (isBiff8) {
        if (at + 1 > size)
            return false;
        const uchar flags = record[at++];
        width = (flags & 0x01) ? 2 : 1;
        at += (flags & 0x08) ? 2 : 0; // a count of formatting runs
        at += (flags & 0x04) ? 4 : 0; // the size of phonetic data
    }
    return at + characters * width <= size;
}

QString checkWorkbookStream(const QByteArray& stream)
{
    const auto* data = reinterpret_cast<const uchar*>(stream.constData());
    qsizetype at = 0;
    bool seenSst = false;
    int dimensions = 0; // in the current sheet
    bool isBiff8 = true;
    while (at + 4 <= stream.size()) {
        const quint16 type = u16(data + at);
        const quint16 size = u16(data + at + 2);
        if (type == 0 && size == 0)
            break; // FreeXL takes this as the end of the stream
        if (type == recordBof) {
            dimensions = 0;
            if (at == 0 && at + 6 <= stream.size())
                isBiff8 = u16(data + at + 4) == biff8;
        }
        // A record cut short by the end of the stream holds only what is there.
        const auto present = quint16(qMin<qsizetype>(size, stream.size() - at - 4));
        if (!textFitsRecord(type, data + at + 4, present, isBiff8))
            return damaged(Text::tr("a piece of its text runs past the end of its record"));
        // FreeXL sizes a sheet's cells by its DIMENSIONS record (10 bytes in BIFF5, 14 in
        // BIFF8), reading them whatever the record's size, and a second one in a sheet makes
        // it free pointers it does not own.
        if (type == recordDimensions && (size < 10 || ++dimensions > 1))
            return damaged(Text::tr("a sheet gives its size more than once, or not in full"));
        if (type == recordSst) {
            if (seenSst)
                return damaged(Text::tr("it has more than one table of shared text"));
            seenSst = true;
            QList<QByteArray> pieces;
            qsizetype record = at;
            do {
                const quint16 length = u16(data + record + 2);
                pieces << stream.mid(record + 4, length);
                record += 4 + length;
            } while (record + 4 <= stream.size() && u16(data + record) == recordContinue);
            if (const QString problem = checkSharedText(pieces); !problem.isEmpty())
                return problem;
        }
        at += 4 + size;
    }
    return {};
}

} // namespace

QString xlsStructureProblem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 512)
        return {};
    const uchar* data = file.map(0, file.size());
    if (!data)
        return {};
    CompoundFile compound(data, file.size());
    if (!compound.readHeader())
        return {};
    // FreeXL looks for the workbook in the first sector of the directory only, and converts
    // each entry's name by the length the entry gives: a name is at most 32 UTF-16 characters.
    const uchar* directory = compound.sector(compound.directoryStart());
    if (!directory)
        return {};
    const int entries = compound.sectorSize() / 128;
    quint32 rootStart = endOfChain;
    quint32 rootSize = 0;
    for (int i = 0; i < entries; ++i) {
        const uchar* entry = directory + 128 * i;
        const quint16 nameBytes = u16(entry + 64);
        if (nameBytes > 64)
            return damaged(Text::tr("an entry in its file directory has a name longer than a "
                                    "name can be"));
        const QString name = QString::fromUtf16(reinterpret_cast<const char16_t*>(entry),
                                                qMax(0, nameBytes / 2 - 1));
        if (name == u"Root Entry") {
            rootStart = u32(entry + 116);
            rootSize = u32(entry + 120);
        }
        if (name != u"Workbook" && name != u"Book")
            continue;
        const quint32 start = u32(entry + 116);
        const quint32 size = u32(entry + 120);
        // FreeXL allocates the whole mini stream (the root entry's stream) to read a small
        // workbook out of it: a size beyond the file's asks for gigabytes.
        if (size <= compound.miniCutoff() && qint64(rootSize) > file.size())
            return damaged(Text::tr("its file directory gives a stream larger than the file"));
        return checkWorkbookStream(size <= compound.miniCutoff()
                                       ? compound.miniStream(rootStart, rootSize, start, size)
                                       : compound.stream(start, size));
    }
    return {};
}

} // namespace redress::spreadsheet::detail
