#pragma once
// A stretch of many inserts in one transaction with the search triggers set aside: the two
// full-text indexes are filled once, in bulk, when it finishes.

#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace trellis::store {

class Database;
class Transaction;

/// Sets aside the per-row triggers that copy every new text version into the full-text indexes
/// (text_search, key_search) and, for a load large against what the file holds, the ledger's list
/// indexes; finish() fills the indexes for every version added meanwhile with one statement each,
/// rebuilds the list indexes, and puts every trigger and index back exactly as the file had them.
/// For its duration the connection has a large page cache (the old size comes back after).
/// All of it happens inside one savepoint: without finish(), or on a kill, the file is as before,
/// triggers and indexes included. Nothing but inserts may run in between (updates and deletes of
/// text versions would miss the search indexes); the caller's transaction must be open throughout.
class BulkLoad {
public:
    /// expectedEntries: how many entries the load will add (an estimate; 0 when unknown), to
    /// decide whether rebuilding the list indexes pays: it does from as many as the ledger holds.
    static Result<BulkLoad> begin(Database &db, qint64 expectedEntries = 0);
    ~BulkLoad();
    BulkLoad(BulkLoad &&other) noexcept;
    BulkLoad &operator=(BulkLoad &&) = delete;
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Fills the search indexes, restores triggers and indexes, and releases the savepoint.
    Status finish();

    /// Whether the ledger's list indexes were dropped for the load (tests and logs).
    bool rebuildsIndexes() const { return !m_indexes.isEmpty(); }

private:
    BulkLoad(Database &db, std::unique_ptr<Transaction> savepoint);
    Database *m_db = nullptr;
    std::unique_ptr<Transaction> m_savepoint;
    qint64 m_oldCacheSize = 0;
    qint64 m_firstVersionId = 0;  ///< versions above this one were added by the load
    QList<QString> m_triggers;    ///< CREATE TRIGGER statements set aside, as the file had them
    QList<QString> m_indexes;     ///< CREATE INDEX statements set aside
};

} // namespace trellis::store
