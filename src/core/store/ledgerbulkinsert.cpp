#include "store/ledgerbulkinsert.h"

#include "i18n/searchkey.h"
#include "store/ledgerchain.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trellis::store {
namespace {

/// The rows of one batch, one JSON array per table, read back by SQLite's json_each.
struct BatchRows {
    QJsonArray texts;
    QJsonArray versions;
    QJsonArray entries;
};

Result<qint64> largestId(Database &db, const QString &sql)
{
    auto lease = db.cached(sql);
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    auto row = select.step();
    if (!row)
        return row.error();
    return select.int64(0);
}

Status insertAll(Database &db, const QString &sql, const QJsonArray &rows)
{
    if (rows.isEmpty())
        return {};
    auto lease = db.cached(sql);
    if (!lease)
        return lease.error();
    Statement &insert = lease->get();
    insert.bind(1, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    return insert.run();
}

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); }

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
        QJsonValue narrativeId = QJsonValue::Null;
        if (!e.narrative.isEmpty()) {
            narrativeId = ++*textId;
            rows.texts.append(QJsonArray{*textId, e.stamp.uuid, e.narrative.originalLanguage(), posted ? 1 : 0});
            rows.versions.append(QJsonArray{++*versionId, *textId, e.narrative.originalLanguage(), e.narrative.original(),
                                            QStringLiteral("original"), QString(), QJsonValue::Null,
                                            i18n::searchKey(e.narrative.original())});
            for (auto t = e.narrative.translations().cbegin(); t != e.narrative.translations().cend(); ++t)
                rows.versions.append(QJsonArray{++*versionId, *textId, t.key(), t->text, domain::statusKey(t->status),
                                                t->translator, t->translatedAt.isValid() ? QJsonValue(toStoredTime(t->translatedAt))
                                                                                         : QJsonValue(QJsonValue::Null),
                                                i18n::searchKey(t->text)});
        }
        rows.entries.append(QJsonArray{
            e.stamp.id, e.stamp.uuid, e.date.toString(Qt::ISODate), e.fromPartnerId, e.toPartnerId,
            domain::contributionKindKey(e.kind),
            e.quantity ? QJsonValue(QString::number(e.quantity->minorUnits)) : QJsonValue(QJsonValue::Null),
            e.quantity ? e.quantity->unit.key() : QString(), narrativeId,
            posted ? QStringLiteral("posted") : QStringLiteral("draft"), orNull(e.postedAt), now, e.stamp.author});
    }
    // Texts, then their versions (the full-text index buffers these), then the entries.
    TRELLIS_TRY(insertAll(db, QStringLiteral(
        "INSERT INTO bitext(id, owner_kind, owner_uuid, field, original_lang, sensitive, locked) "
        "SELECT j.value->>0, 'ledger_entry', j.value->>1, 'narrative', j.value->>2, 0, j.value->>3 "
        "FROM json_each(?) j ORDER BY j.key"), rows.texts));
    TRELLIS_TRY(insertAll(db, QStringLiteral(
        "INSERT INTO bitext_version(id, text_id, lang, body, status, translator, translated_at, search_key) "
        "SELECT j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5, j.value->>6, j.value->>7 "
        "FROM json_each(?) j ORDER BY j.key"), rows.versions));
    TRELLIS_TRY(insertAll(db, QStringLiteral(
        "INSERT INTO ledger_entry(id, uuid, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, "
        "narrative_text_id, status, posted_at, created_at, updated_at, author) "
        "SELECT j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5, "
        "CAST(j.value->>6 AS INTEGER), j.value->>7, j.value->>8, j.value->>9, j.value->>10, j.value->>11, "
        "j.value->>11, j.value->>12 FROM json_each(?) j ORDER BY j.key"), rows.entries));
    for (const domain::LedgerEntry &e : std::as_const(batch)) {
        if (e.status == domain::EntryStatus::Posted)
            TRELLIS_TRY(appendToChain(db, e.stamp.id));
    }
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("{} ledger entries added in one batch", batch.size());
    entries = batch;
    return {};
}

} // namespace trellis::store
