#include "store/search.h"

#include "i18n/consonantskeleton.h"
#include "i18n/ftsquery.h"
#include "i18n/searchkey.h"
#include "store/statement.h"
#include "store/textowners.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QSet>

namespace trellis::store {
namespace {

Status resolveIds(Database &db, QList<SearchHit> &hits)
{
    for (SearchHit &hit : hits) {
        const TextOwnerKind *owner = textOwnerKind(hit.recordKind);
        if (!owner)
            continue;
        // The table name comes from the fixed list of textOwnerKinds(), never from the query.
        TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(owner->table)));
        Statement &select = lease.get();
        select.bind(1, hit.recordUuid);
        TRELLIS_TRY_ASSIGN(const bool found, select.step());
        if (found)
            hit.recordId = select.int64(0);
        if (hit.field == QLatin1String("latin")) {
            // A match on a partner's Latin name shows the name as the partner writes it.
            TRELLIS_TRY_ASSIGN(StatementLease nameLease, db.cached(QStringLiteral(
                "SELECT v.lang, v.body FROM bitext b JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
                "WHERE b.owner_uuid = ? AND b.field = 'name'")));
            Statement &name = nameLease.get();
            name.bind(1, hit.recordUuid);
            TRELLIS_TRY_ASSIGN(const bool named, name.step());
            if (named) {
                hit.language = name.text(0);
                hit.text = name.text(1);
            }
        }
    }
    return {};
}

/// Escapes LIKE's wildcards so that a typed '%' or '_' is searched literally.
QString likePattern(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

/// Appends the records of select's rows (kind, uuid, field, language, body, rank) not seen yet,
/// each once, until there are limit hits; rankOf maps a row's rank to the hit's. The walk stops
/// at the limit, so the rows are stepped here rather than in forEachRow.
template <typename RankOf>
Status appendHits(Statement &select, int limit, RankOf rankOf, QSet<QString> &seen, QList<SearchHit> &hits)
{
    while (hits.size() < limit) {
        TRELLIS_TRY_ASSIGN(const bool found, select.step());
        if (!found)
            break;
        const QString uuid = select.text(1);
        if (seen.contains(uuid))
            continue;
        seen.insert(uuid);
        hits.append({select.text(0), uuid, 0, select.text(2), select.text(3), select.text(4), rankOf(select.real(5))});
    }
    return {};
}

/// Rank of a skeleton match: after every exact and trigram match (FTS5 ranks are negative).
constexpr double kSkeletonRank = 1000.0;

/// Abjad names matched by the consonant skeleton of a romanized query ("ittihad" finds "اتحاد"),
/// appended after the exact and trigram hits, each record once.
Status addSkeletonHits(Database &db, const QString &query, int limit, QSet<QString> &seen, QList<SearchHit> &hits)
{
    const QString match = i18n::skeletonMatchExpression(query);
    if (match.isEmpty() || hits.size() >= limit)
        return {};
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT b.owner_kind, b.owner_uuid, b.field, v.lang, v.body, s.rank FROM "
        "(SELECT rowid AS id, rank FROM key_search WHERE key_search MATCH ?1 ORDER BY rank LIMIT ?2) s "
        "JOIN bitext_version v ON v.id = s.id JOIN bitext b ON b.id = v.text_id "
        "WHERE b.sensitive = 0 ORDER BY s.rank"), match, limit * 4));
    return appendHits(select, limit, [](double rank) { return kSkeletonRank + rank; }, seen, hits);
}

} // namespace

Result<QList<SearchHit>> search(Workspace &workspace, const QString &query, int limit)
{
    QList<SearchHit> hits;
    if (limit <= 0)
        return hits;
    Database &db = workspace.database();
    const QString match = i18n::searchMatchExpression(query);
    const QString key = i18n::searchKey(query).trimmed();
    if (key.isEmpty())
        return hits;
    // Several texts of one record may match; read a few more than asked and keep each record once.
    const int window = limit * 4;
    auto select = match.isEmpty()
        ? db.prepare(QStringLiteral(
              "SELECT b.owner_kind, b.owner_uuid, b.field, v.lang, v.body, 0 FROM bitext_version v "
              "JOIN bitext b ON b.id = v.text_id WHERE b.sensitive = 0 AND v.search_key LIKE ? ESCAPE '\\' "
              "ORDER BY length(v.body) LIMIT ?"))
        // Rank and cut inside the index first, then join only the rows kept.
        : db.prepare(QStringLiteral(
              "SELECT b.owner_kind, b.owner_uuid, b.field, v.lang, v.body, s.rank FROM "
              "(SELECT rowid AS id, rank FROM key_search WHERE key_search MATCH ?1 ORDER BY rank LIMIT ?2) s "
              "JOIN bitext_version v ON v.id = s.id JOIN bitext b ON b.id = v.text_id "
              "ORDER BY s.rank, b.field = 'latin'"));
    if (!select)
        return select.error();
    select->bind(1, match.isEmpty() ? likePattern(key) : match).bind(2, window);
    QSet<QString> seen;
    TRELLIS_TRY(appendHits(*select, limit, [](double rank) { return rank; }, seen, hits));
    TRELLIS_TRY(addSkeletonHits(db, query, limit, seen, hits));
    TRELLIS_TRY(resolveIds(db, hits));
    log::get("store")->debug("search returned {} records", hits.size());
    return hits;
}

} // namespace trellis::store
