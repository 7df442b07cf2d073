#include "store/transaction.h"

#include "store/database.h"
#include "util/log.h"

#include <sqlite3.h>

namespace trellis::store {

Result<Transaction> Transaction::begin(Database &db)
{
    if (sqlite3_get_autocommit(db.handle())) {
        TRELLIS_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        return Transaction(&db, QString());
    }
    static quint64 counter = 0;
    const QString name = QStringLiteral("trellis_%1").arg(++counter);
    TRELLIS_TRY(db.exec(QStringLiteral("SAVEPOINT ") + name));
    return Transaction(&db, name);
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    const QString undo = m_savepoint.isEmpty()
        ? QStringLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint);
    if (!m_db->exec(undo).ok())
        log::get("store")->warn("rollback failed");
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint))
{
}

Status Transaction::commit()
{
    Q_ASSERT(m_db);
    const Status status = m_db->exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                           : QStringLiteral("RELEASE ") + m_savepoint);
    if (status.ok())
        m_db = nullptr; // nothing left to roll back
    return status;
}

} // namespace trellis::store
