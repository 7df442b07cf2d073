#pragma once
// Scoped write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.

#include "util/result.h"

namespace trellis::store {

class Database;

/// Rolls back in the destructor unless committed; one per unit of work.
class Transaction {
public:
    static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

} // namespace trellis::store
