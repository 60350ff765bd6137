// libFuzzer target: the mapping-file parser on arbitrary bytes, and a mapping it accepts
// saved and read back the same.
#include "FuzzSupport.h"
#include "import/ImportMapping.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace redress;
    const QString path = fuzz::inputFile(data, size, ".json");
    auto mapping = import::ImportMapping::load(path);
    if (!mapping)
        return 0;
    (void)mapping->mappedValue(QStringLiteral("team"), QStringLiteral("North"));
    auto again = import::ImportMapping::fromJson(mapping->toJson(), path);
    if (!again || again->toJson() != mapping->toJson())
        abort(); // what was accepted must read back as it was written
    return 0;
}
