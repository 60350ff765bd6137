#pragma once

#include "util/Result.h"

namespace redress {

class Database;

// Fills a new schema with the shipped defaults an administrator may then change: taxonomies,
// the service-area hierarchy, starter users, procedure profiles and bank-holiday adjustments.
// Called by Schema inside each migration's transaction, so a failed seed rolls back too.
class DefaultData
{
public:
    static Status seed(Database& database, int schemaVersion);
};

} // namespace redress
