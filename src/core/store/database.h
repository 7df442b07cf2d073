#pragma once
// Move-only RAII owner of one SQLite connection; sqlite3.h stays out of this header.

#include "store/statement.h"
#include "util/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace trellis::store {

class Statement;
class StatementCache;

/// A statement borrowed from the connection's cache: reset and handed back when it goes out of
/// scope. Hot paths (imports, batches) use it to prepare each statement once per connection.
class StatementLease {
public:
    StatementLease(Statement *statement, bool *inUse, std::unique_ptr<Statement> owned);
    ~StatementLease();
    StatementLease(StatementLease &&other) noexcept;
    StatementLease &operator=(StatementLease &&) = delete;
    StatementLease(const StatementLease &) = delete;
    StatementLease &operator=(const StatementLease &) = delete;
    Statement &get() { return *m_statement; }

private:
    Statement *m_statement = nullptr;
    bool *m_inUse = nullptr;
    std::unique_ptr<Statement> m_owned; ///< set when the cached one was busy (re-entrant use)
};

/// How a connection opens its file.
enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

/// One SQLite connection, configured the Trellis way (WAL, FULL sync, foreign keys, defensive).
class Database {
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens path; a new file is created with mode 0600 when mode allows it.
    static Result<Database> open(const QString &path, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs one or more statements that take no parameters (schema, pragmas).
    Status exec(const QString &sql);
    /// Prepares one statement, owned by the caller.
    Result<Statement> prepare(const QString &sql) const;
    /// Prepares sql with args bound to its positional parameters in order.
    template <typename... Args>
    Result<Statement> query(const QString &sql, const Args &...args) const
    {
        auto statement = prepare(sql);
        if (statement)
            statement->bindAll(args...);
        return statement;
    }
    /// Runs one statement that returns no rows, with args bound in order.
    template <typename... Args>
    Status execute(const QString &sql, const Args &...args) const
    {
        auto statement = query(sql, args...);
        if (!statement)
            return statement.error();
        return statement->run();
    }
    /// The first column of every row of sql, with args bound in order, as integers (ids).
    template <typename... Args>
    Result<QList<qint64>> ids(const QString &sql, const Args &...args) const
    {
        TRELLIS_TRY_ASSIGN(Statement select, query(sql, args...));
        return select.int64Column();
    }
    /// Borrows the connection's prepared copy of sql, preparing it on first use.
    Result<StatementLease> cached(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    /// A user-facing error from the connection's last failure.
    Error lastError(int rc, const QString &context) const;

    /// The raw handle, for modules that register functions or collations.
    sqlite3 *handle() const { return m_db; }

    void close();

private:
    Database(sqlite3 *db, QString path);
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<StatementCache> m_cache;
};

/// "Partner 12 does not exist": the error of a read or write of a record that is not there.
Error recordNotFound(const QString &kind, qint64 id);

/// Translates a SQLite result code and message into an Error a user understands.
Error sqliteError(int rc, const QString &sqliteMessage, const QString &context);

} // namespace trellis::store
