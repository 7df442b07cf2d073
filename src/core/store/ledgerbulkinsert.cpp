#include "store/ledgerbulkinsert.h"

#include "i18n/consonantskeleton.h"
#include "store/ledgerchain.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <sqlite3.h>

#include <algorithm>
#include <variant>
#include <vector>

namespace trellis::store {
namespace {

constexpr qsizetype kMaxRowsPerStatement = 1024;

/// One value of a row to insert: NULL, an integer or a text.
using Cell = std::variant<std::monostate, qint64, QString>;
using Row = std::vector<Cell>;

/// The rows of one batch, per table.
struct BatchRows {
    std::vector<Row> texts;
    std::vector<Row> versions;
    std::vector<Row> entries;
};

Result<qint64> largestId(Database &db, const QString &sql)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(sql));
    Statement &select = lease.get();
    auto row = select.step();
    if (!row)
        return row.error();
    return select.int64(0);
}

/// Inserts rows with few multi-row INSERTs: each statement is one statement savepoint, and so one
/// flush of the full-text index. Statements hold a power of two of rows (as many as SQLite's
/// parameter limit allows, then halves for the rest), so that a handful of prepared statements
/// serve batches of every size instead of one new statement per batch size.
Status insertRows(Database &db, const QString &insertInto, const std::vector<Row> &rows)
{
    if (rows.empty())
        return {};
    const qsizetype columns = qsizetype(rows.front().size());
    const qsizetype limit = sqlite3_limit(db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    qsizetype perStatement = 1;
    while (perStatement * 2 * columns <= limit && perStatement < kMaxRowsPerStatement)
        perStatement *= 2;
    const QString tuple = QStringLiteral("(?") + QStringLiteral(",?").repeated(columns - 1) + u')';
    for (qsizetype start = 0, count = 0; start < qsizetype(rows.size()); start += count) {
        count = perStatement;
        while (count > qsizetype(rows.size()) - start)
            count /= 2;
        QString sql = insertInto + QStringLiteral(" VALUES ") + tuple;
        sql += QString(u',' + tuple).repeated(count - 1);
        TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(sql));
        Statement &insert = lease.get();
        int index = 0;
        for (qsizetype r = start; r < start + count; ++r) {
            for (const Cell &cell : rows[std::size_t(r)]) {
                ++index;
                if (const auto *number = std::get_if<qint64>(&cell))
                    insert.bind(index, *number);
                else if (const auto *text = std::get_if<QString>(&cell))
                    insert.bind(index, *text);
                else
                    insert.bindNull(index);
            }
        }
        TRELLIS_TRY(insert.run());
    }
    return {};
}

Cell orNull(const QString &text) { return text.isEmpty() ? Cell() : Cell(text); }

} // namespace

Status insertLedgerEntries(Workspace &workspace, QList<domain::LedgerEntry> &entries)
{
    Database &db = workspace.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto entryId = largestId(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM ledger_entry"));
    auto textId = largestId(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM bitext"));
    auto versionId = largestId(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM bitext_version"));
    if (!entryId || !textId || !versionId)
        return (!entryId ? entryId : !textId ? textId : versionId).error();
    QList<domain::LedgerEntry> batch = entries;
    BatchRows rows;
    const QString now = nowUtc();
    for (domain::LedgerEntry &e : batch) {
        if (e.reversesId)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A reversal is recorded with LedgerStore::reverse"));
        const bool posted = e.status == domain::EntryStatus::Posted;
        e.stamp = {++*entryId, newUuid(), now, now, workspace.author()};
        e.postedAt = posted ? now : QString();
        Cell narrativeId;
        if (!e.narrative.isEmpty()) {
            narrativeId = ++*textId;
            rows.texts.push_back({*textId, QStringLiteral("ledger_entry"), e.stamp.uuid, QStringLiteral("narrative"),
                                  e.narrative.originalLanguage(), qint64(0), qint64(posted ? 1 : 0)});
            rows.versions.push_back({++*versionId, *textId, e.narrative.originalLanguage(), e.narrative.original(),
                                     QStringLiteral("original"), QString(), Cell(),
                                     i18n::indexedSearchKey(e.narrative.original())});
            for (auto t = e.narrative.translations().cbegin(); t != e.narrative.translations().cend(); ++t)
                rows.versions.push_back({++*versionId, *textId, t.key(), t->text, domain::statusKey(t->status),
                                         t->translator, t->translatedAt.isValid() ? Cell(toStoredTime(t->translatedAt)) : Cell(),
                                         i18n::indexedSearchKey(t->text)});
        }
        rows.entries.push_back({
            e.stamp.id, e.stamp.uuid, e.date.toString(Qt::ISODate), e.fromPartnerId, e.toPartnerId,
            domain::contributionKindKey(e.kind), e.quantity ? Cell(e.quantity->minorUnits) : Cell(),
            e.quantity ? e.quantity->unit.key() : QString(), narrativeId,
            posted ? QStringLiteral("posted") : QStringLiteral("draft"), orNull(e.postedAt), now, now, e.stamp.author});
    }
    // Texts, then their versions (the full-text index buffers these), then the entries.
    TRELLIS_TRY(insertRows(db, QStringLiteral("INSERT INTO bitext(id, owner_kind, owner_uuid, field, original_lang, "
                                              "sensitive, locked)"), rows.texts));
    TRELLIS_TRY(insertRows(db, QStringLiteral("INSERT INTO bitext_version(id, text_id, lang, body, status, translator, "
                                              "translated_at, search_key)"), rows.versions));
    TRELLIS_TRY(insertRows(db, QStringLiteral("INSERT INTO ledger_entry(id, uuid, occurred_on, from_partner_id, "
                                              "to_partner_id, kind, quantity, unit, narrative_text_id, status, "
                                              "posted_at, created_at, updated_at, author)"), rows.entries));
    QList<qint64> posted;
    for (const domain::LedgerEntry &e : std::as_const(batch)) {
        if (e.status == domain::EntryStatus::Posted)
            posted.append(e.stamp.id);
    }
    TRELLIS_TRY(appendToChain(db, posted));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("{} ledger entries added in one batch", batch.size());
    entries = batch;
    return {};
}

} // namespace trellis::store
