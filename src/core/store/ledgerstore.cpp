#include "store/ledgerstore.h"

#include "store/ledgerbulkinsert.h"
#include "store/ledgerchain.h"
#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"
#include "util/text.h"

namespace trellis::store {

using domain::EntryStatus;
using domain::LedgerEntry;

namespace {

const QString kEntryOwner = QStringLiteral("ledger_entry");

Error entryNotFound(qint64 id) { return recordNotFound(QStringLiteral("Ledger entry"), id); }

Error immutable()
{
    return makeError(ErrorCode::Immutable,
                     QStringLiteral("Posted ledger entries cannot be changed or deleted; record a correcting entry instead"));
}

/// Checks that both partners exist, with a message naming the missing one.
Status checkPartners(Database &db, const LedgerEntry &e)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral("SELECT count(*) FROM partner WHERE id IN (?, ?)")));
    Statement &select = lease.get();
    select.bind(1, e.fromPartnerId).bind(2, e.toPartnerId);
    auto row = select.step();
    if (!row)
        return row.error();
    if (select.int64(0) != 2)
        return makeError(ErrorCode::NotFound, QStringLiteral("Both partners of a ledger entry must exist in this workspace"));
    return {};
}

Result<EntryStatus> statusOf(Database &db, qint64 id)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT status FROM ledger_entry WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(entryNotFound(id)));
    return select.text(0) == QLatin1String("posted") ? EntryStatus::Posted : EntryStatus::Draft;
}

} // namespace

Result<qint64> LedgerStore::add(LedgerEntry &entry)
{
    LedgerEntry e = entry;
    e.reversesId.reset(); // reversals are made by reverse() only
    TRELLIS_TRY(e.normalise());
    TRELLIS_TRY_ASSIGN(const qint64 id, Transaction::run(m_ws.database(), [&] { return insert(e); }));
    entry = e;
    return id;
}

Status LedgerStore::addBatch(QList<LedgerEntry> &entries)
{
    QList<LedgerEntry> batch = entries;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        LedgerEntry &e = batch[i];
        e.reversesId.reset();
        Status valid = e.normalise();
        if (valid)
            valid = checkPartners(m_ws.database(), e);
        if (!valid) {
            Error error = valid.error();
            error.message = QStringLiteral("Entry %1: %2").arg(i + 1).arg(error.message);
            return error;
        }
    }
    // One INSERT per table for the whole batch: the search indexes are written once, not per entry.
    TRELLIS_TRY(insertLedgerEntries(m_ws, batch));
    entries = batch;
    return {};
}

Result<qint64> LedgerStore::insert(LedgerEntry &e)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(checkPartners(db, e));
    const QString now = nowUtc();
    e.stamp = {0, newUuid(), now, now, m_ws.author()};
    e.postedAt = e.status == EntryStatus::Posted ? now : QString();
    TRELLIS_TRY_ASSIGN(const auto narrative,
                       TextStore(db).save({kEntryOwner, e.stamp.uuid, QStringLiteral("narrative")}, e.narrative, {}));
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral(
        "INSERT INTO ledger_entry(uuid, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, "
        "narrative_text_id, status, reverses_id, posted_at, created_at, updated_at, author) "
        "VALUES (:uuid, :date, :from, :to, :kind, :quantity, :unit, :narrative, :status, :reverses, :posted, "
        ":created, :updated, :author)")));
    Statement &stmt = lease.get();
    stmt.bind(":uuid", e.stamp.uuid).bind(":date", e.date.toString(Qt::ISODate))
        .bind(":from", e.fromPartnerId).bind(":to", e.toPartnerId)
        .bind(":kind", domain::contributionKindKey(e.kind))
        .bind(":quantity", e.quantity ? std::optional<qint64>(e.quantity->minorUnits) : std::nullopt)
        .bind(":unit", e.quantity ? e.quantity->unit.key() : QStringLiteral(""))
        .bind(":narrative", narrative)
        .bind(":status", e.status == EntryStatus::Posted ? QStringLiteral("posted") : QStringLiteral("draft"))
        .bind(":reverses", e.reversesId)
        .bind(":posted", e.postedAt.isEmpty() ? std::nullopt : std::optional<QString>(e.postedAt))
        .bind(":created", now).bind(":updated", now).bind(":author", e.stamp.author);
    TRELLIS_TRY(stmt.run());
    e.stamp.id = db.lastInsertRowId();
    if (e.status == EntryStatus::Posted) {
        if (narrative)
            TRELLIS_TRY(TextStore(db).lock(*narrative));
        TRELLIS_TRY(appendToChain(db, e.stamp.id));
    }
    log::get("store")->debug("ledger entry {} added", e.stamp.id);
    return e.stamp.id;
}

Status LedgerStore::updateDraft(LedgerEntry &entry)
{
    LedgerEntry e = entry;
    TRELLIS_TRY(e.normalise());
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        std::optional<qint64> narrativeId;
        {
            TRELLIS_TRY_ASSIGN(Statement current, db.query(QStringLiteral(
                "SELECT uuid, status, narrative_text_id, created_at, reverses_id FROM ledger_entry WHERE id = ?"), e.stamp.id));
            TRELLIS_TRY(current.requireRow(entryNotFound(e.stamp.id)));
            if (current.text(1) == QLatin1String("posted"))
                return immutable();
            e.stamp.uuid = current.text(0);
            e.stamp.createdAt = current.text(3);
            e.reversesId = current.optionalInt64(4);
            narrativeId = current.optionalInt64(2);
        }
        TRELLIS_TRY(checkPartners(db, e));
        TRELLIS_TRY_ASSIGN(const auto narrative,
                           TextStore(db).save({kEntryOwner, e.stamp.uuid, QStringLiteral("narrative")}, e.narrative, narrativeId));
        e.stamp.updatedAt = nowUtc();
        e.stamp.author = m_ws.author();
        const bool posting = e.status == EntryStatus::Posted;
        e.postedAt = posting ? e.stamp.updatedAt : QString();
        TRELLIS_TRY_ASSIGN(Statement stmt, db.prepare(QStringLiteral(
            "UPDATE ledger_entry SET occurred_on = :date, from_partner_id = :from, to_partner_id = :to, kind = :kind, "
            "quantity = :quantity, unit = :unit, narrative_text_id = :narrative, status = :status, posted_at = :posted, "
            "updated_at = :updated, author = :author WHERE id = :id")));
        stmt.bind(":date", e.date.toString(Qt::ISODate)).bind(":from", e.fromPartnerId).bind(":to", e.toPartnerId)
            .bind(":kind", domain::contributionKindKey(e.kind))
            .bind(":quantity", e.quantity ? std::optional<qint64>(e.quantity->minorUnits) : std::nullopt)
            .bind(":unit", e.quantity ? e.quantity->unit.key() : QStringLiteral(""))
            .bind(":narrative", narrative)
            .bind(":status", posting ? QStringLiteral("posted") : QStringLiteral("draft"))
            .bind(":posted", e.postedAt.isEmpty() ? std::nullopt : std::optional<QString>(e.postedAt))
            .bind(":updated", e.stamp.updatedAt).bind(":author", e.stamp.author)
            .bind(":id", e.stamp.id);
        TRELLIS_TRY(stmt.run());
        if (posting) {
            if (narrative)
                TRELLIS_TRY(TextStore(db).lock(*narrative));
            TRELLIS_TRY(appendToChain(db, e.stamp.id));
        }
        return {};
    }));
    entry = e;
    return {};
}

Status LedgerStore::saveNarrativeTranslations(qint64 id, const domain::BilingualText &narrative)
{
    domain::BilingualText text = narrative;
    TRELLIS_TRY(text.normalise(QStringLiteral("narrative")));
    TRELLIS_TRY(saveStoredTranslations(m_ws.database(), QStringLiteral("SELECT uuid, narrative_text_id FROM ledger_entry WHERE id = ?"),
                                       id, entryNotFound(id), {kEntryOwner, {}, QStringLiteral("narrative")}, text,
                                       QStringLiteral("The narrative of ledger entry %1").arg(id)));
    log::get("store")->debug("ledger entry {}: narrative translations saved", id);
    return {};
}

Status LedgerStore::removeDraft(qint64 id)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(const EntryStatus status, statusOf(db, id));
        if (status == EntryStatus::Posted)
            return immutable();
        return removeRecord(db, QStringLiteral("ledger_entry"), id, entryNotFound(id),
                            QStringLiteral("Ledger entry %1 is referred to by other records and cannot be deleted").arg(id));
    });
}

Status LedgerStore::post(qint64 id)
{
    auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->status == EntryStatus::Posted)
        return makeError(ErrorCode::Conflict, QStringLiteral("Ledger entry %1 is already posted").arg(id));
    entry->status = EntryStatus::Posted;
    return updateDraft(*entry);
}

Result<qint64> LedgerStore::reverse(qint64 id, const domain::BilingualText &reason, const QDate &date)
{
    auto original = get(id);
    if (!original)
        return original.error();
    if (original->status != EntryStatus::Posted)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Only posted entries are corrected by reversal; edit or delete the draft instead"));
    if (original->reversesId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A reversing entry cannot itself be reversed"));
    auto existing = reversalOf(id);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::Conflict, QStringLiteral("Ledger entry %1 was already reversed by entry %2: an entry is reversed only once")
                                                          .arg(id).arg(**existing));
    LedgerEntry r;
    r.date = date;
    r.fromPartnerId = original->fromPartnerId;
    r.toPartnerId = original->toPartnerId;
    r.kind = original->kind;
    if (original->quantity)
        r.quantity = domain::Quantity{-original->quantity->minorUnits, original->quantity->unit};
    r.narrative = reason.isEmpty() ? original->narrative : reason;
    r.status = EntryStatus::Posted;
    r.reversesId = id;
    TRELLIS_TRY(r.normalise());
    TRELLIS_TRY_ASSIGN(const qint64 newId, Transaction::run(m_ws.database(), [&] { return insert(r); }));
    log::get("store")->info("ledger entry {} reversed by {}", id, newId);
    return newId;
}

Result<LedgerEntry> LedgerStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, narrative_text_id, status, "
        "reverses_id, posted_at, created_at, updated_at, author FROM ledger_entry WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(entryNotFound(id)));
    LedgerEntry e;
    e.stamp = {id, select.text(0), select.text(11), select.text(12), select.text(13)};
    e.date = QDate::fromString(select.text(1), Qt::ISODate);
    e.fromPartnerId = select.int64(2);
    e.toPartnerId = select.int64(3);
    e.kind = domain::contributionKindFromText(select.text(4)).value_or(domain::ContributionKind::Other);
    if (!select.isNull(5)) {
        auto unit = domain::Unit::parse(select.text(6));
        if (!unit)
            return makeError(ErrorCode::Corrupt, QStringLiteral("Ledger entry %1 has an unknown unit").arg(id));
        e.quantity = domain::Quantity{select.int64(5), *unit};
    }
    TRELLIS_TRY(TextStore(db).loadFields({{select.optionalInt64(7), &e.narrative}}));
    e.status = select.text(8) == QLatin1String("posted") ? EntryStatus::Posted : EntryStatus::Draft;
    e.reversesId = select.optionalInt64(9);
    e.postedAt = select.text(10);
    return e;
}

Result<std::optional<qint64>> LedgerStore::reversalOf(qint64 id) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM ledger_entry WHERE reverses_id = ?"), id));
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    return found ? std::optional<qint64>(select.int64(0)) : std::nullopt;
}

Result<qint64> LedgerStore::count() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral("SELECT count(*) FROM ledger_entry")));
    TRELLIS_TRY(select.step());
    return select.int64(0);
}

Result<qint64> LedgerStore::recordConsent(qint64 entryId, qint64 partnerId, bool approve, const QString &byName,
                                          const QString &note)
{
    auto name = cleanText(byName.trimmed(), QStringLiteral("Approved by"));
    if (!name)
        return name.error();
    if (name->isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Say who gives or withdraws the approval"));
    auto cleanNote = cleanText(note, QStringLiteral("Note"));
    if (!cleanNote)
        return cleanNote.error();
    auto entry = get(entryId);
    if (!entry)
        return entry.error();
    if (entry->kind != domain::ContributionKind::Funds)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Only funds entries need mutual consent"));
    if (partnerId != entry->fromPartnerId && partnerId != entry->toPartnerId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Only the two partners of a funds entry can approve it"));
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(const qint64 id, Transaction::run(db, [&]() -> Result<qint64> {
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO funds_approval(uuid, entry_id, partner_id, action, by_name, at, note, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            newUuid(), entryId, partnerId, approve ? QStringLiteral("approve") : QStringLiteral("withdraw"), *name,
            nowUtc(), *cleanNote, m_ws.author()));
        return db.lastInsertRowId();
    }));
    log::get("store")->info("consent {} recorded on entry {}", id, entryId);
    return id;
}

Result<Consent> LedgerStore::consent(qint64 entryId) const
{
    auto entry = get(entryId);
    if (!entry)
        return entry.error();
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id, partner_id, action, by_name, at, note FROM funds_approval WHERE entry_id = ? ORDER BY id"), entryId));
    Consent c;
    TRELLIS_TRY(select.forEachRow([&](const Statement &row) {
        ConsentAction a{row.int64(0), row.int64(1), row.text(2) == QLatin1String("approve"), row.text(3), row.text(4),
                        row.text(5)};
        if (a.partnerId == entry->fromPartnerId)
            c.fromApproved = a.approve;
        if (a.partnerId == entry->toPartnerId)
            c.toApproved = a.approve;
        c.history.append(a);
    }));
    return c;
}

} // namespace trellis::store
