// libFuzzer target: the XLS reader on arbitrary bytes. Any input must give a workbook or an
// error, never a crash, a hang or unbounded memory.
#include "FuzzSupport.h"
#include "spreadsheet/XlsWorkbook.h"

#include <QtGlobal>

// The reader process is not beside this program: name it as the tests do.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qputenv("REDRESS_XLS_READER", REDRESS_XLS_READER);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace redress;
    const QString path = fuzz::inputFile(data, size, ".xls");
    auto book = spreadsheet::detail::XlsWorkbook::open(path, fuzz::fuzzLimits());
    if (book)
        fuzz::readEverything(*book.value());
    return 0;
}
