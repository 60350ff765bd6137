// redress-xls-reader [--memory-limit-mib N] FILE [SHEET]: reads an Excel 97–2003 workbook with
// FreeXL and writes what it holds to standard output for XlsWorkbook (XlsReaderProtocol.h says
// why apart).
#include "XlsReaderProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <sys/resource.h>
#endif

namespace {

// FreeXL believes the sizes a file declares, and a damaged file can make it ask for gigabytes.
// A ceiling on this process makes such a file fail here, as "not enough memory", before the
// computer starts swapping out every other program the officer has open.
void limitMemory(quint64 mebibytes)
{
    const quint64 bytes = mebibytes * 1024 * 1024;
#ifdef Q_OS_WIN
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY;
    limits.ProcessMemoryLimit = static_cast<SIZE_T>(bytes);
    if (SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits))
        AssignProcessToJobObject(job, GetCurrentProcess());
#else
    // The address space, not the resident set, is what an operating system can cap for a
    // process; the libraries mapped at start count towards it.
    const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
    setrlimit(RLIMIT_AS, &limit);
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String("--memory-limit-mib")) {
        bool valid = false;
        const quint64 mebibytes = arguments.at(2).toULongLong(&valid);
        if (!valid || mebibytes == 0)
            return 2;
        // A system that will not cap the process (a job it may not leave) still reads the
        // file: the structure check in XlsWorkbook has refused the damage known to need it.
        limitMemory(mebibytes);
        arguments.remove(1, 2);
    }
    if (arguments.size() < 2 || arguments.size() > 3)
        return 2;
    bool ok = true;
    const int sheet = arguments.size() == 3 ? arguments.at(2).toInt(&ok) : -1;
    if (!ok)
        return 2;
#ifdef Q_OS_WIN
    // Standard output in text mode would turn every 0x0A byte of the messages into 0D 0A.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    return redress::spreadsheet::detail::xlsreader::writeWorkbook(
        QFile::encodeName(arguments.at(1)), sheet, out);
}
