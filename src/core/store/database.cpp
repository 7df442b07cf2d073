#include "store/database.h"

#include "store/statement.h"
#include "util/log.h"

#include <sqlite3.h>

#include <QFile>
#include <QHash>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trellis::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kMaxTextBytes = 4 * 1024 * 1024;  // one field: 4 MiB of text is far beyond any narrative
constexpr int kMaxSqlBytes = 1024 * 1024;

/// Creates the file with mode 0600 before SQLite sees it, so it never exists with wider rights.
bool createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
}

/// What a primary SQLite result code means to a user. Codes not listed (and constraint failures,
/// whose messages the schema's triggers write for users) keep SQLite's own message.
struct SqliteMeaning {
    int primary;
    ErrorCode code;
    const char *what;
};

constexpr SqliteMeaning kSqliteMeanings[] = {
    {SQLITE_BUSY, ErrorCode::Busy, "the workspace is busy in another program; try again in a moment"},
    {SQLITE_LOCKED, ErrorCode::Busy, "the workspace is busy in another program; try again in a moment"},
    {SQLITE_CORRUPT, ErrorCode::Corrupt, "the workspace file is damaged"},
    {SQLITE_NOTADB, ErrorCode::NotAWorkspace, "the file is not a Trellis workspace (not an SQLite database)"},
    {SQLITE_FULL, ErrorCode::Storage, "the disk is full; nothing was saved"},
    {SQLITE_READONLY, ErrorCode::Storage, "the workspace is read-only"},
    {SQLITE_CANTOPEN, ErrorCode::Io, "the file cannot be opened"},
    {SQLITE_IOERR, ErrorCode::Io, "the disk could not be read or written"},
    {SQLITE_TOOBIG, ErrorCode::InvalidInput, "a text is longer than a workspace allows"},
};

} // namespace

Error recordNotFound(const QString &kind, qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(kind).arg(id));
}

Error sqliteError(int rc, const QString &sqliteMessage, const QString &context)
{
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Storage;
    QString what = sqliteMessage;
    if (primary == SQLITE_CONSTRAINT) {
        // Triggers raise messages written for users; keep them as they are.
        const bool locked = sqliteMessage.contains(QLatin1String("immutable")) || sqliteMessage.contains(QLatin1String("posted"));
        code = locked ? ErrorCode::Immutable : ErrorCode::Conflict;
    } else {
        const auto meaning = std::find_if(std::begin(kSqliteMeanings), std::end(kSqliteMeanings),
                                          [primary](const SqliteMeaning &m) { return m.primary == primary; });
        if (meaning != std::end(kSqliteMeanings)) {
            code = meaning->code;
            what = QString::fromLatin1(meaning->what);
        }
    }
    QString message = context.isEmpty() ? what : context + QStringLiteral(": ") + what;
    return makeError(code, message, rc);
}

/// The connection's prepared statements, by SQL text, with a flag for the one being used.
class StatementCache {
public:
    struct Slot {
        Statement statement;
        bool inUse = false;
    };
    std::unordered_map<QString, std::unique_ptr<Slot>> slots;
};

StatementLease::StatementLease(Statement *statement, bool *inUse, std::unique_ptr<Statement> owned)
    : m_statement(statement), m_inUse(inUse), m_owned(std::move(owned))
{
}

StatementLease::~StatementLease()
{
    if (m_statement && !m_owned) {
        m_statement->reset(true);
        *m_inUse = false;
    }
}

StatementLease::StatementLease(StatementLease &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_inUse(other.m_inUse), m_owned(std::move(other.m_owned))
{
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<StatementCache>())
{
}

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    if (m_cache)
        m_cache->slots.clear();
    if (m_db) {
        // Statements are owned by their Statement objects, which must die first;
        // sqlite3_close_v2 defers the close until they have.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (path != QLatin1String(":memory:") && !createPrivateFile(path))
            return makeError(ErrorCode::Io, QStringLiteral("Cannot create %1: %2")
                                                .arg(path, QString::fromLocal8Bit(strerror(errno))));
        break;
    }
    if (mode != OpenMode::ReadWriteCreate && path != QLatin1String(":memory:") && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("No workspace at %1").arg(path));

    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        const QString msg = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        return sqliteError(rc, msg, QStringLiteral("Cannot open %1").arg(path));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // TRUSTED_SCHEMA stays on: the schema's triggers keep the FTS5 index in sync, which an
    // untrusted schema may not do. Trellis registers no SQL functions with side effects.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, kMaxTextBytes);
    sqlite3_limit(raw, SQLITE_LIMIT_SQL_LENGTH, kMaxSqlBytes);
    TRELLIS_TRY(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    // 32 MiB of page cache: large transactions (imports, batches) then reach the WAL once, at
    // commit, instead of spilling page by page.
    TRELLIS_TRY(db.exec(QStringLiteral("PRAGMA cache_size = -32768")));
    return db;
}

Status Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(err);
        log::get("store")->debug("exec failed with code {}", rc);
        return sqliteError(rc, msg, QString());
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // Statements are written by us; a failure here is a programming error or a damaged schema.
        log::get("store")->error("prepare failed with code {}: {}", rc, sqlite3_errmsg(m_db));
        return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QString());
    }
    return Statement(stmt, m_db);
}

Result<StatementLease> Database::cached(const QString &sql)
{
    auto it = m_cache->slots.find(sql);
    if (it == m_cache->slots.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_cache->slots.emplace(sql, std::make_unique<StatementCache::Slot>(StatementCache::Slot{std::move(*prepared), false})).first;
    }
    StatementCache::Slot &slot = *it->second;
    if (slot.inUse) {
        auto fresh = prepare(sql);
        if (!fresh)
            return fresh.error();
        auto owned = std::make_unique<Statement>(std::move(*fresh));
        Statement *raw = owned.get();
        return StatementLease(raw, nullptr, std::move(owned));
    }
    slot.inUse = true;
    return StatementLease(&slot.statement, &slot.inUse, nullptr);
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

Error Database::lastError(int rc, const QString &context) const
{
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), context);
}

} // namespace trellis::store
