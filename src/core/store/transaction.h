#pragma once
// Scoped write transaction: BEGIN IMMEDIATE (or a SAVEPOINT when nested), rolled back unless committed.

#include "util/result.h"

#include <QString>

#include <type_traits>

namespace trellis::store {

class Database;

/// Rolls back in the destructor unless committed. Inside another transaction it becomes a
/// savepoint, so a unit of work composes into a larger one (a batch, an import).
class Transaction {
public:
    static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();

    /// Runs work() (returning a Status or a Result) inside a transaction and commits when it
    /// succeeds; a failure rolls everything back and is returned as it is.
    template <typename Work>
    static std::invoke_result_t<Work &> run(Database &db, Work &&work)
    {
        auto tx = begin(db);
        if (!tx)
            return tx.error();
        auto result = work();
        if (!result)
            return result;
        if (Status committed = tx->commit(); !committed)
            return committed.error();
        return result;
    }
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    Transaction(Database *db, QString savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    Database *m_db = nullptr;
    QString m_savepoint; ///< empty for an outermost transaction
};

} // namespace trellis::store
