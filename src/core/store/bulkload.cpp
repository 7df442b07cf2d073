#include "store/bulkload.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "util/log.h"

namespace trellis::store {
namespace {

// A load's page cache: the indexes it grows stay in memory until it commits (1 GiB at most; pages
// are only taken as they are used).
constexpr qint64 kCacheKiB = 1024 * 1024;

/// The SQL of the schema objects a query names, in the file's order.
Result<QList<QString>> schemaSql(Database &db, const QString &where)
{
    auto select = db.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND ") + where
                             + QStringLiteral(" ORDER BY rowid"));
    if (!select)
        return select.error();
    QList<QString> sql;
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return sql;
        sql.append(select->text(0));
    }
}

Result<qint64> integerOf(Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    return select->int64(0);
}

/// The name a CREATE TRIGGER or CREATE INDEX statement gives its object: the word after the kind.
QString objectName(const QString &createSql)
{
    const QStringList words = createSql.simplified().split(u' ');
    return words.value(2);
}

} // namespace

BulkLoad::BulkLoad(Database &db, std::unique_ptr<Transaction> savepoint)
    : m_db(&db), m_savepoint(std::move(savepoint))
{
}

BulkLoad::BulkLoad(BulkLoad &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint)),
      m_oldCacheSize(other.m_oldCacheSize), m_firstVersionId(other.m_firstVersionId), m_triggers(std::move(other.m_triggers)),
      m_indexes(std::move(other.m_indexes))
{
}

BulkLoad::~BulkLoad()
{
    if (!m_db)
        return;
    if (m_savepoint)
        log::get("store")->info("bulk load abandoned: its rows, triggers and indexes rolled back");
    m_savepoint.reset();
    (void)m_db->exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_oldCacheSize));
}

Result<BulkLoad> BulkLoad::begin(Database &db, qint64 expectedEntries)
{
    auto savepoint = Transaction::begin(db);
    if (!savepoint)
        return savepoint.error();
    if (!savepoint->isNested())
        return makeError(ErrorCode::Storage, QStringLiteral("A bulk load runs inside the caller's transaction"));
    BulkLoad load(db, std::make_unique<Transaction>(std::move(*savepoint)));
    auto cacheSize = integerOf(db, QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    load.m_oldCacheSize = *cacheSize;
    TRELLIS_TRY(db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB)));
    auto first = integerOf(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM bitext_version"));
    if (!first)
        return first.error();
    load.m_firstVersionId = *first;
    // The triggers that copy each new version into both full-text indexes.
    auto triggers = schemaSql(db, QStringLiteral("type = 'trigger' AND tbl_name = 'bitext_version' "
                                                 "AND name = 'text_search_insert'"));
    if (!triggers)
        return triggers.error();
    if (triggers->size() != 1)
        return makeError(ErrorCode::Corrupt, QStringLiteral("The workspace lacks its search trigger; run `trellis-cli check`"));
    load.m_triggers = *triggers;
    // The ledger's list indexes (every non-unique index of the entries and of the texts' owners),
    // when the load adds at least as many entries as the ledger holds: building an index from
    // sorted rows once beats inserting each row into it.
    auto entries = integerOf(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM ledger_entry"));
    if (!entries)
        return entries.error();
    if (expectedEntries > 0 && expectedEntries >= *entries) {
        auto indexes = schemaSql(db, QStringLiteral("type = 'index' AND tbl_name IN ('ledger_entry', 'bitext')"));
        if (!indexes)
            return indexes.error();
        load.m_indexes = *indexes;
    }
    for (const QString &trigger : std::as_const(load.m_triggers))
        TRELLIS_TRY(db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(objectName(trigger))));
    for (const QString &index : std::as_const(load.m_indexes))
        TRELLIS_TRY(db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(objectName(index))));
    log::get("store")->info("bulk load begun: {} triggers and {} indexes set aside", load.m_triggers.size(),
                            load.m_indexes.size());
    return load;
}

Status BulkLoad::finish()
{
    Q_ASSERT(m_savepoint);
    Database &db = *m_db;
    // What the set-aside trigger would have written, row for row, in two statements.
    for (const QString &fill :
         {QStringLiteral("INSERT INTO text_search(rowid, body, search_key) "
                         "SELECT id, body, search_key FROM searchable_text WHERE id > ? ORDER BY id"),
          QStringLiteral("INSERT INTO key_search(rowid, search_key) "
                         "SELECT id, search_key FROM searchable_text WHERE id > ? ORDER BY id")}) {
        auto insert = db.prepare(fill);
        if (!insert)
            return insert.error();
        insert->bind(1, m_firstVersionId);
        TRELLIS_TRY(insert->run());
    }
    for (const QString &index : std::as_const(m_indexes))
        TRELLIS_TRY(db.exec(index));
    for (const QString &trigger : std::as_const(m_triggers))
        TRELLIS_TRY(db.exec(trigger));
    TRELLIS_TRY(m_savepoint->commit());
    m_savepoint.reset();
    log::get("store")->info("bulk load finished: search indexes filled after version {}, {} indexes rebuilt",
                            m_firstVersionId, m_indexes.size());
    return {};
}

} // namespace trellis::store
