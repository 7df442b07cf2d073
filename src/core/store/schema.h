#pragma once
// The workspace schema: the application id, the current version and the migrations that reach it.

#include "util/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace trellis::store {
class Database;
}

namespace trellis::store::schema {

/// PRAGMA application_id of every Trellis workspace ("TRLS").
inline constexpr int kApplicationId = 0x54524c53;

/// One step from version `from` to `from + 1`, run in a single transaction: SQL, then code
/// for what SQL cannot compute (hashes, transliterations).
struct Migration {
    int from;
    QString sql;
    std::function<Status(Database &)> code;
};

/// All migrations in order; the current version is the last one's `from + 1`.
const std::vector<Migration> &migrations();

int currentVersion();

} // namespace trellis::store::schema
