#include "store/schemaaudit.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <sqlite3.h>

#include <QHash>

#include <map>
#include <mutex>

namespace trellis::store {
namespace {

/// One schema object as sqlite_master holds it.
struct SchemaObject {
    QString type;
    QString sql; ///< normalised
};
using SchemaMap = std::map<QString, SchemaObject>; // by name

bool isPunctuation(QChar c)
{
    return QStringView(u"(),;=<>!+-*/%|&.").contains(c);
}

Result<SchemaMap> readSchema(Database &db)
{
    // sqlite_stat* are SQLite's own planner statistics (ANALYZE), not part of the schema.
    TRELLIS_TRY_ASSIGN(Statement select, db.prepare(QStringLiteral(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")));
    SchemaMap objects;
    TRELLIS_TRY(select.forEachRow([&](const Statement &row) {
        objects[row.text(1)] = SchemaObject{row.text(0), normalizeSql(row.text(2))};
    }));
    return objects;
}

Result<SchemaMap> deriveSchema(int version)
{
    auto db = Database::open(QStringLiteral(":memory:"), OpenMode::ReadWriteCreate);
    if (!db)
        return db.error();
    for (const auto &migration : schema::migrations()) {
        if (migration.from >= version)
            break;
        auto tx = Transaction::begin(*db);
        if (!tx)
            return tx.error();
        TRELLIS_TRY(db->exec(migration.sql));
        if (migration.code)
            TRELLIS_TRY(migration.code(*db));
        TRELLIS_TRY(tx->commit());
    }
    return readSchema(*db);
}

Result<SchemaMap> expectedSchema(int version)
{
    static std::mutex mutex;
    static QHash<int, SchemaMap> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    auto derived = deriveSchema(version);
    if (!derived)
        return derived.error();
    cache.insert(version, *derived);
    return derived;
}

} // namespace

QString SchemaDifference::describe() const
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("%1 %2 was added").arg(type, name);
    case Kind::Missing:
        return QStringLiteral("%1 %2 is missing").arg(type, name);
    case Kind::Changed:
        break;
    }
    if (!expectedType.isEmpty() && expectedType != type)
        return QStringLiteral("%1 %2 replaces %3 %2").arg(type, name, expectedType);
    return QStringLiteral("%1 %2 was changed").arg(type, name);
}

QString describeDifferences(const QList<SchemaDifference> &differences)
{
    QStringList parts;
    for (const SchemaDifference &d : differences)
        parts << d.describe();
    return parts.join(QStringLiteral("; "));
}

Error foreignSchemaError(const QString &path, const QList<SchemaDifference> &differences)
{
    // SQLITE_SCHEMA as the low-level cause tells this refusal apart from a damaged file.
    return makeError(ErrorCode::Corrupt,
                     QStringLiteral("%1 contains database objects Trellis did not write (%2), so Trellis will "
                                    "open it only read-only")
                         .arg(path, describeDifferences(differences)),
                     SQLITE_SCHEMA);
}

bool isForeignSchemaError(const Error &error)
{
    return error.code == ErrorCode::Corrupt && error.sqliteCode == SQLITE_SCHEMA;
}

QString normalizeSql(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool pendingSpace = false;
    auto emit = [&](QChar c) {
        if (pendingSpace && !out.isEmpty() && !isPunctuation(c) && !isPunctuation(out.back()))
            out += u' ';
        pendingSpace = false;
        out += c;
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            emit(c);
            for (++i; i < n; ++i) {
                out += sql.at(i);
                if (sql.at(i) == close) {
                    if (close != u']' && i + 1 < n && sql.at(i + 1) == close) { // doubled quote inside
                        out += sql.at(++i);
                        continue;
                    }
                    break;
                }
            }
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            pendingSpace = true;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            pendingSpace = true;
        } else if (c.isSpace()) {
            pendingSpace = true;
        } else {
            emit(c.toLower());
        }
    }
    while (out.endsWith(u';'))
        out.chop(1);
    return out;
}

Result<QList<SchemaDifference>> auditSchema(Database &db, int version)
{
    auto expected = expectedSchema(version);
    if (!expected)
        return expected.error();
    auto actual = readSchema(db);
    if (!actual)
        return actual.error();
    QList<SchemaDifference> differences;
    for (const auto &[name, object] : *actual) {
        auto it = expected->find(name);
        if (it == expected->end())
            differences.append({SchemaDifference::Kind::Added, object.type, name, {}});
        else if (it->second.type != object.type || it->second.sql != object.sql)
            differences.append({SchemaDifference::Kind::Changed, object.type, name, it->second.type});
    }
    for (const auto &[name, object] : *expected) {
        if (!actual->count(name))
            differences.append({SchemaDifference::Kind::Missing, object.type, name, {}});
    }
    return differences;
}

} // namespace trellis::store
