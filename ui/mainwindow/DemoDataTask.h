#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

class QWidget;

namespace redress {

// Fills a new database with demo cases on a worker thread, behind a progress dialog with a
// Cancel button, so a newcomer's first start shows something without freezing the window.
class DemoDataTask
{
public:
    static Status run(const DatabaseLocation& location, int cases, int years, QWidget* parent);
};

} // namespace redress
