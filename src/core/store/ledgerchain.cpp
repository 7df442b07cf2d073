#include "store/ledgerchain.h"

#include "store/database.h"
#include "store/statement.h"

#include <QCryptographicHash>

namespace trellis::store {
namespace {

constexpr int kHashBytes = 32;

/// Field names and the SQL that reads them; the order is part of the format.
const char16_t *const kCanonicalSql =
    u"SELECT e.uuid, e.occurred_on, f.uuid, t.uuid, e.kind, ifnull(e.quantity, ''), e.unit, e.status, "
    u"ifnull(r.uuid, ''), ifnull(e.posted_at, ''), e.created_at, e.author, ifnull(b.original_lang, ''), "
    u"ifnull(v.body, ''), e.id "
    u"FROM ledger_entry e JOIN partner f ON f.id = e.from_partner_id JOIN partner t ON t.id = e.to_partner_id "
    u"LEFT JOIN ledger_entry r ON r.id = e.reverses_id "
    u"LEFT JOIN bitext b ON b.id = e.narrative_text_id "
    u"LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' ";

const char *const kFieldNames[] = {"uuid", "date", "from", "to", "kind", "quantity", "unit", "status",
                                   "reverses", "posted_at", "created_at", "author", "narrative_language",
                                   "narrative"};

QByteArray link(const QByteArray &previous, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.isEmpty() ? QByteArray(kHashBytes, '\0') : previous);
    hash.addData(canonical);
    return hash.result();
}

/// The canonical bytes of the entry in the current row of a statement running kCanonicalSql.
QByteArray canonicalBytes(const Statement &select)
{
    // name=<byte length>:<UTF-8 bytes>\n for each field, in this fixed order.
    QByteArray out = QByteArrayLiteral("trellis-ledger-entry-v1\n");
    for (int i = 0; i < int(std::size(kFieldNames)); ++i) {
        const QByteArray value = select.text(i).toUtf8();
        out += kFieldNames[i];
        out += '=';
        out += QByteArray::number(value.size());
        out += ':';
        out += value;
        out += '\n';
    }
    return out;
}

Error missingEntry(qint64 entryId)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("Ledger entry %1 is missing from the ledger").arg(entryId));
}

} // namespace

Result<QByteArray> canonicalEntryBytes(Database &db, qint64 entryId)
{
    static const QString sql = QString::fromUtf16(kCanonicalSql) + QStringLiteral("WHERE e.id = ?");
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(sql));
    Statement &select = lease.get();
    select.bind(1, entryId);
    TRELLIS_TRY(select.requireRow(missingEntry(entryId)));
    return canonicalBytes(select);
}

Result<QByteArray> chainHead(Database &db)
{
    TRELLIS_TRY_ASSIGN(const ChainTip tip, chainTip(db));
    return tip.head;
}

Result<ChainTip> chainTip(Database &db)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral("SELECT position, hash FROM ledger_chain ORDER BY position DESC LIMIT 1")));
    Statement &select = lease.get();
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    return found ? ChainTip{select.blob(1), select.int64(0)} : ChainTip{};
}

Status appendToChain(Database &db, qint64 entryId) { return appendToChain(db, QList<qint64>{entryId}); }

Status appendToChain(Database &db, const QList<qint64> &entryIds)
{
    if (entryIds.isEmpty())
        return {};
    TRELLIS_TRY_ASSIGN(const QByteArray previous, chainHead(db));
    qint64 position = 0;
    {
        TRELLIS_TRY_ASSIGN(StatementLease last, db.cached(QStringLiteral("SELECT ifnull(max(position), 0) FROM ledger_chain")));
        TRELLIS_TRY(last.get().step());
        position = last.get().int64(0);
    }
    // The entries' bytes are read run by run: consecutive ids (a bulk insert's) in one statement.
    QList<QByteArray> canonical;
    canonical.reserve(entryIds.size());
    for (qsizetype start = 0, end = 0; start < entryIds.size(); start = end) {
        for (end = start + 1; end < entryIds.size() && entryIds[end] == entryIds[end - 1] + 1; ++end) {
        }
        static const QString sql = QString::fromUtf16(kCanonicalSql) + QStringLiteral("WHERE e.id BETWEEN ? AND ? ORDER BY e.id");
        TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(sql));
        Statement &select = lease.get();
        select.bind(1, entryIds[start]).bind(2, entryIds[end - 1]);
        for (qsizetype i = start; i < end; ++i) {
            auto row = select.step();
            if (!row)
                return row.error();
            if (!*row || select.int64(int(std::size(kFieldNames))) != entryIds[i])
                return missingEntry(entryIds[i]);
            canonical.append(canonicalBytes(select));
        }
    }
    auto lease = db.cached(QStringLiteral("INSERT INTO ledger_chain(position, entry_id, hash) VALUES (?, ?, ?)"));
    if (!lease)
        return lease.error();
    QByteArray hash = previous;
    for (qsizetype i = 0; i < entryIds.size(); ++i) {
        hash = link(hash, canonical[i]);
        Statement &insert = lease->get();
        insert.reset();
        insert.bind(1, ++position).bind(2, entryIds[i]).bind(3, hash);
        TRELLIS_TRY(insert.run());
    }
    return {};
}

Result<ChainVerification> verifyChain(Database &db, const QByteArray &expectedHead)
{
    ChainVerification result;
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT position, entry_id, hash FROM ledger_chain ORDER BY position")));
    QByteArray previous;
    bool expectedSeen = expectedHead.isEmpty();
    auto broken = [&](const QString &problem) {
        result.intact = false;
        result.problem = problem;
        return result;
    };
    // A broken link ends the walk with its verdict, so the rows are stepped here, not in forEachRow.
    while (true) {
        TRELLIS_TRY_ASSIGN(const bool found, select.step());
        if (!found)
            break;
        const qint64 position = select.int64(0);
        const qint64 entryId = select.int64(1);
        if (position != result.length + 1)
            return broken(QStringLiteral("link %1 is missing (the chain jumps to %2)").arg(result.length + 1).arg(position));
        auto canonical = canonicalEntryBytes(db, entryId);
        if (!canonical) {
            if (canonical.error().code == ErrorCode::NotFound)
                return broken(QStringLiteral("link %1 points at ledger entry %2, which is gone").arg(position).arg(entryId));
            return canonical.error();
        }
        const QByteArray expected = link(previous, *canonical);
        if (select.blob(2) != expected)
            return broken(QStringLiteral("link %1 (ledger entry %2) does not match its entry or the link before it")
                              .arg(position).arg(entryId));
        previous = expected;
        result.length = position;
        if (!expectedSeen && expected == expectedHead)
            expectedSeen = true;
    }
    TRELLIS_TRY_ASSIGN(Statement unchained, db.query(QStringLiteral(
        "SELECT e.id FROM ledger_entry e LEFT JOIN ledger_chain c ON c.entry_id = e.id "
        "WHERE e.status = 'posted' AND c.entry_id IS NULL LIMIT 1")));
    TRELLIS_TRY_ASSIGN(const bool found, unchained.step());
    if (found)
        return broken(QStringLiteral("posted ledger entry %1 is not in the chain").arg(unchained.int64(0)));
    result.head = previous;
    if (!expectedSeen)
        return broken(QStringLiteral("the published head %1 is not in this ledger: its tail was removed or rewritten")
                          .arg(QString::fromLatin1(expectedHead.toHex())));
    return result;
}

} // namespace trellis::store
