#include "store/transaction.h"

#include "store/database.h"
#include "util/log.h"

namespace trellis::store {

Result<Transaction> Transaction::begin(Database &db)
{
    TRELLIS_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    return Transaction(&db);
}

Transaction::~Transaction()
{
    if (m_db) {
        if (!m_db->exec(QStringLiteral("ROLLBACK")).ok())
            log::get("store")->warn("rollback failed");
    }
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Status Transaction::commit()
{
    Q_ASSERT(m_db);
    const Status status = m_db->exec(QStringLiteral("COMMIT"));
    if (status.ok())
        m_db = nullptr; // nothing left to roll back
    return status;
}

} // namespace trellis::store
