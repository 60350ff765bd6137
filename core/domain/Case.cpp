#include "Case.h"

namespace redress {

const Stage* Case::stage(int number) const
{
    for (const Stage& stage : stages)
        if (stage.number == number)
            return &stage;
    return nullptr;
}

} // namespace redress
