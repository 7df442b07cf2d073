#pragma once
// Errors as values: every core operation that can fail returns a Result.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace trellis {

/// What kind of failure happened; the GUI and CLI choose their reaction from this.
enum class ErrorCode {
    InvalidInput,   ///< the user's input breaks a rule (the message says which)
    NotFound,       ///< a referenced record does not exist
    Immutable,      ///< the record is posted or otherwise locked
    Conflict,       ///< a uniqueness or consistency rule would be broken
    NotAWorkspace,  ///< the file is not a Trellis workspace
    NewerVersion,   ///< the workspace was written by a newer Trellis
    Corrupt,        ///< the file is damaged
    Busy,           ///< another process holds the file too long
    Storage,        ///< SQLite or the file system failed
    Io,             ///< reading or writing an outside file failed
};

/// A failure with a message a user understands; sqliteCode keeps the low-level cause for logs.
struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    int sqliteCode = 0;
};

/// Either a value or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that returns nothing but can fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, int sqliteCode = 0)
{
    return Error{code, std::move(message), sqliteCode};
}

} // namespace trellis

/// Propagate a failed Result from the enclosing function.
#define TRELLIS_TRY(expr)                                 \
    do {                                                  \
        auto &&trellis_try_result_ = (expr);              \
        if (!trellis_try_result_.ok())                    \
            return trellis_try_result_.error();           \
    } while (false)

#define TRELLIS_TRY_CONCAT_INNER_(a, b) a##b
#define TRELLIS_TRY_CONCAT_(a, b) TRELLIS_TRY_CONCAT_INNER_(a, b)
#define TRELLIS_TRY_ASSIGN_IMPL_(tmp, decl, expr)         \
    auto tmp = (expr);                                    \
    if (!tmp.ok())                                        \
        return tmp.error();                               \
    decl = std::move(tmp).value()

/// Declares (or assigns) decl from a successful Result, or propagates its error from the
/// enclosing function: TRELLIS_TRY_ASSIGN(Statement select, db.query(sql, id));
#define TRELLIS_TRY_ASSIGN(decl, expr) \
    TRELLIS_TRY_ASSIGN_IMPL_(TRELLIS_TRY_CONCAT_(trellis_try_value_, __LINE__), decl, expr)
