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
    u"ifnull(v.body, '') "
    u"FROM ledger_entry e JOIN partner f ON f.id = e.from_partner_id JOIN partner t ON t.id = e.to_partner_id "
    u"LEFT JOIN ledger_entry r ON r.id = e.reverses_id "
    u"LEFT JOIN bitext b ON b.id = e.narrative_text_id "
    u"LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
    u"WHERE e.id = ?";

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

} // namespace

Result<QByteArray> canonicalEntryBytes(Database &db, qint64 entryId)
{
    auto lease = db.cached(QString::fromUtf16(kCanonicalSql));
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    select.bind(1, entryId);
    auto row = select.step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QStringLiteral("Ledger entry %1 is missing from the ledger").arg(entryId));
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

Result<QByteArray> chainHead(Database &db)
{
    auto lease = db.cached(QStringLiteral("SELECT hash FROM ledger_chain ORDER BY position DESC LIMIT 1"));
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    auto row = select.step();
    if (!row)
        return row.error();
    return *row ? select.blob(0) : QByteArray();
}

Status appendToChain(Database &db, qint64 entryId) { return appendToChain(db, QList<qint64>{entryId}); }

Status appendToChain(Database &db, const QList<qint64> &entryIds)
{
    if (entryIds.isEmpty())
        return {};
    auto previous = chainHead(db);
    if (!previous)
        return previous.error();
    qint64 position = 0;
    {
        auto last = db.cached(QStringLiteral("SELECT ifnull(max(position), 0) FROM ledger_chain"));
        if (!last)
            return last.error();
        auto row = last->get().step();
        if (!row)
            return row.error();
        position = last->get().int64(0);
    }
    auto lease = db.cached(QStringLiteral("INSERT INTO ledger_chain(position, entry_id, hash) VALUES (?, ?, ?)"));
    if (!lease)
        return lease.error();
    QByteArray hash = *previous;
    for (qint64 entryId : entryIds) {
        auto canonical = canonicalEntryBytes(db, entryId);
        if (!canonical)
            return canonical.error();
        hash = link(hash, *canonical);
        Statement &insert = lease->get();
        insert.reset();
        insert.bind(1, ++position).bind(2, entryId).bind(3, hash);
        TRELLIS_TRY(insert.run());
    }
    return {};
}

Result<ChainVerification> verifyChain(Database &db, const QByteArray &expectedHead)
{
    ChainVerification result;
    auto select = db.prepare(QStringLiteral("SELECT position, entry_id, hash FROM ledger_chain ORDER BY position"));
    if (!select)
        return select.error();
    QByteArray previous;
    bool expectedSeen = expectedHead.isEmpty();
    auto broken = [&](const QString &problem) {
        result.intact = false;
        result.problem = problem;
        return result;
    };
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 position = select->int64(0);
        const qint64 entryId = select->int64(1);
        if (position != result.length + 1)
            return broken(QStringLiteral("link %1 is missing (the chain jumps to %2)").arg(result.length + 1).arg(position));
        auto canonical = canonicalEntryBytes(db, entryId);
        if (!canonical) {
            if (canonical.error().code == ErrorCode::NotFound)
                return broken(QStringLiteral("link %1 points at ledger entry %2, which is gone").arg(position).arg(entryId));
            return canonical.error();
        }
        const QByteArray expected = link(previous, *canonical);
        if (select->blob(2) != expected)
            return broken(QStringLiteral("link %1 (ledger entry %2) does not match its entry or the link before it")
                              .arg(position).arg(entryId));
        previous = expected;
        result.length = position;
        if (!expectedSeen && expected == expectedHead)
            expectedSeen = true;
    }
    auto unchained = db.prepare(QStringLiteral(
        "SELECT e.id FROM ledger_entry e LEFT JOIN ledger_chain c ON c.entry_id = e.id "
        "WHERE e.status = 'posted' AND c.entry_id IS NULL LIMIT 1"));
    if (!unchained)
        return unchained.error();
    auto row = unchained->step();
    if (!row)
        return row.error();
    if (*row)
        return broken(QStringLiteral("posted ledger entry %1 is not in the chain").arg(unchained->int64(0)));
    result.head = previous;
    if (!expectedSeen)
        return broken(QStringLiteral("the published head %1 is not in this ledger: its tail was removed or rewritten")
                          .arg(QString::fromLatin1(expectedHead.toHex())));
    return result;
}

} // namespace trellis::store
