#pragma once
// Short-lived RAII wrapper around sqlite3_stmt: bind by index or name, step, read columns.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <type_traits>

struct sqlite3_stmt;
struct sqlite3;

namespace trellis::store {

/// What Statement::collect keeps of a row: the value itemOf returns, or the value inside its Result.
template <typename Returned>
struct ItemOfRow {
    using type = Returned;
    static constexpr bool fallible = false;
};
template <typename Item>
struct ItemOfRow<Result<Item>> {
    using type = Item;
    static constexpr bool fallible = true;
};

/// A prepared statement; finalised in the destructor. Parameters are always bound, never spliced.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, const QString &value);   ///< always text ('' for a null QString)
    Statement &bind(int index, const std::optional<QString> &value); ///< nothing binds NULL
    Statement &bind(int index, const QByteArray &blob); ///< a null QByteArray binds NULL
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bind(int index, const QDate &date); ///< ISO 8601; an invalid (unset) date binds NULL
    Statement &bindNull(int index);
    Statement &bind(const char *name, qint64 value);
    Statement &bind(const char *name, int value) { return bind(name, static_cast<qint64>(value)); }
    Statement &bind(const char *name, const QString &value);
    Statement &bind(const char *name, const std::optional<QString> &value);
    Statement &bind(const char *name, const QByteArray &blob);
    Statement &bind(const char *name, std::optional<qint64> value);
    Statement &bindNull(const char *name);

    /// Binds args to the positional parameters 1, 2, ... in order.
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Advances: true with a row ready, false when done.
    Result<bool> step();
    /// Steps to the statement's row; `missing` (a "not found" naming the record) when there is none.
    Status requireRow(const Error &missing);
    /// Steps through every row, calling onRow(*this) for each; onRow returns void or a Status
    /// that stops the walk with its error.
    template <typename OnRow>
    Status forEachRow(OnRow &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if constexpr (std::is_void_v<std::invoke_result_t<OnRow &, Statement &>>) {
                onRow(*this);
            } else {
                if (Status s = onRow(*this); !s)
                    return s;
            }
        }
    }
    /// Steps through every row, collecting itemOf(*this) of each into a list. itemOf returns the
    /// item, or a Result of it whose error stops the walk.
    template <typename ItemOf>
    auto collect(ItemOf &&itemOf)
    {
        using Kept = ItemOfRow<std::invoke_result_t<ItemOf &, Statement &>>;
        using Items = Result<QList<typename Kept::type>>;
        QList<typename Kept::type> items;
        const Status walked = forEachRow([&](Statement &row) -> Status {
            if constexpr (Kept::fallible) {
                auto item = itemOf(row);
                if (!item)
                    return item.error();
                items.append(std::move(item).value());
            } else {
                items.append(itemOf(row));
            }
            return {};
        });
        return walked ? Items(std::move(items)) : Items(walked.error());
    }
    /// Steps to completion, for statements that return no rows.
    Status run();
    /// Steps to completion, collecting the first column of every row as integers (ids).
    Result<QList<qint64>> int64Column();
    /// Resets for re-execution; keeps bindings unless clearBindings is set.
    void reset(bool clearBindings = true);

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QDate date(int column) const; ///< an ISO 8601 date; NULL or unreadable gives an invalid date
    QByteArray blob(int column) const;

    /// Reads columns 0, 1, ... into values in order: the mirror of bindAll.
    template <typename... Values>
    void readAll(Values &...values) const
    {
        readFrom(0, values...);
    }
    /// Reads columns first, first + 1, ... into values in order.
    template <typename... Values>
    void readFrom(int first, Values &...values) const
    {
        (read(first++, values), ...);
    }

private:
    void read(int column, qint64 &value) const { value = int64(column); }
    void read(int column, int &value) const { value = int(int64(column)); }
    void read(int column, std::optional<qint64> &value) const { value = optionalInt64(column); }
    void read(int column, QString &value) const { value = text(column); }
    void read(int column, QDate &value) const { value = date(column); }

    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    int indexOf(const char *name) const;
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    int m_bindError = 0; // first failed bind, reported by step()
};

} // namespace trellis::store
