#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

namespace trellis::store {

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_bindError(other.m_bindError)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_bindError = other.m_bindError;
    }
    return *this;
}

namespace {
inline void remember(int &slot, int rc)
{
    if (rc != SQLITE_OK && slot == SQLITE_OK)
        slot = rc;
}
} // namespace

Statement &Statement::bind(int index, qint64 value)
{
    remember(m_bindError, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const std::optional<QString> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, const QDate &date)
{
    return date.isValid() ? bind(index, date.toString(Qt::ISODate)) : bindNull(index);
}

Statement &Statement::bind(int index, const QString &value)
{
    // A zero-length non-null pointer keeps SQLite from storing NULL for an empty string.
    static const char16_t empty[1] = {0};
    const void *data = value.isEmpty() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
    remember(m_bindError, sqlite3_bind_text16(m_stmt, index, data,
                                               int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    remember(m_bindError, sqlite3_bind_blob64(m_stmt, index, blob.constData(),
                                               sqlite3_uint64(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    remember(m_bindError, sqlite3_bind_null(m_stmt, index));
    return *this;
}

int Statement::indexOf(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    Q_ASSERT_X(index > 0, "Statement::bind", name);
    return index;
}

Statement &Statement::bind(const char *name, qint64 value) { return bind(indexOf(name), value); }
Statement &Statement::bind(const char *name, const QString &value) { return bind(indexOf(name), value); }
Statement &Statement::bind(const char *name, const std::optional<QString> &value) { return bind(indexOf(name), value); }
Statement &Statement::bind(const char *name, const QByteArray &blob) { return bind(indexOf(name), blob); }
Statement &Statement::bind(const char *name, std::optional<qint64> value) { return bind(indexOf(name), value); }
Statement &Statement::bindNull(const char *name) { return bindNull(indexOf(name)); }

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = std::exchange(m_bindError, SQLITE_OK);
        return sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)), QString());
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QString());
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::requireRow(const Error &missing)
{
    auto row = step();
    if (!row)
        return row.error();
    if (!*row)
        return missing;
    return {};
}

Status Statement::run()
{
    return forEachRow([](Statement &) {});
}

Result<QList<qint64>> Statement::int64Column()
{
    return collect([](const Statement &row) { return row.int64(0); });
}

void Statement::reset(bool clearBindings)
{
    sqlite3_reset(m_stmt);
    if (clearBindings)
        sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QString Statement::text(int column) const
{
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return QString();
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / int(sizeof(char16_t)));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray();
}

} // namespace trellis::store
