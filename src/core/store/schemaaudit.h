#pragma once
// Compares a workspace file's schema (tables, indexes, triggers, views) with the exact schema
// Trellis writes for that version, so a file that someone has added a trigger or view to is seen.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace trellis::store {

class Database;

/// One schema object that is not as Trellis wrote it.
struct SchemaDifference {
    enum class Kind { Added, Missing, Changed };
    Kind kind;
    QString type; ///< table, index, trigger or view (for Changed, the file's type)
    QString name;
    QString expectedType; ///< for Changed: the type Trellis wrote under this name
    /// "trigger ledger_entry_rewrite was added", etc. (names only, never record text)
    QString describe() const;
};

/// The differences between db's schema and the one migrations 0..version-1 create; empty when
/// the file's schema is exactly Trellis's. The expected schema is derived by running the
/// migrations on an in-memory database (once per version per process).
Result<QList<SchemaDifference>> auditSchema(Database &db, int version);

/// SQL text in a comparable form: comments dropped, whitespace collapsed and removed around
/// punctuation, words outside quotes lower-cased; quoted text and identifiers kept exactly.
QString normalizeSql(const QString &sql);

/// "trigger x was added; view y replaces table y" — the differences in one sentence list.
QString describeDifferences(const QList<SchemaDifference> &differences);

/// The error a read-write open gives for a file whose schema differs (ErrorCode::Corrupt, the
/// differences named in the message); such a file may still be opened read-only.
Error foreignSchemaError(const QString &path, const QList<SchemaDifference> &differences);

/// Whether an open failed because of foreignSchemaError (and a read-only open may succeed).
bool isForeignSchemaError(const Error &error);

} // namespace trellis::store
