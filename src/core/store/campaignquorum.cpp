// The listening quorum of campaigns: what the gate sees, and the append-only answers to paraphrases.
#include "store/campaignstore.h"

#include "store/partnerstore.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"
#include "util/text.h"

namespace trellis::store {

using domain::ParaphraseState;

namespace {

/// What a `SELECT count(*)` for id counts.
Result<qint64> countFor(Database &db, const QString &sql, qint64 id)
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> counted, db.ids(sql, id));
    return counted.isEmpty() ? 0 : counted.first();
}

} // namespace

Result<domain::QuorumInput> CampaignStore::quorum(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, db.ids(QStringLiteral(
        "SELECT partner_id FROM campaign_partner WHERE campaign_id = ? ORDER BY joined_on, partner_id"), id));
    domain::QuorumInput input;
    PartnerStore partners(m_ws);
    for (qint64 partnerId : ids) {
        auto partner = partners.get(partnerId);
        if (!partner)
            return partner.error();
        input.partners << domain::QuorumPartner{partnerId, domain::ownLanguages(*partner)};
    }
    // The paraphrases between members, with the language each was written in and its latest word.
    TRELLIS_TRY_ASSIGN(Statement paraphrases, db.prepare(QStringLiteral(
        "SELECT s.paraphrase_id, s.partner_id, s.by_partner_id, t.original_lang, coalesce(s.state, '') "
        "FROM goal_paraphrase_state s JOIN goal_paraphrase g ON g.id = s.paraphrase_id "
        "JOIN bitext t ON t.id = g.text_id "
        "WHERE s.partner_id IN (SELECT partner_id FROM campaign_partner WHERE campaign_id = :c) "
        "AND s.by_partner_id IN (SELECT partner_id FROM campaign_partner WHERE campaign_id = :c) "
        "ORDER BY s.paraphrase_id")));
    paraphrases.bind(":c", id);
    TRELLIS_TRY(paraphrases.forEachRow([&](Statement &row) {
        input.paraphrases << domain::QuorumParaphrase{
            row.int64(0), row.int64(1), row.int64(2), row.text(3),
            domain::paraphraseStateFromKey(row.text(4)).value_or(ParaphraseState::Unanswered)};
    }));
    TRELLIS_TRY_ASSIGN(const qint64 exchanges, countFor(db, QStringLiteral(
        "SELECT count(*) FROM campaign_exchange ce JOIN cultural_exchange x ON x.id = ce.exchange_id "
        "WHERE ce.campaign_id = ? AND x.status <> 'cancelled'"), id));
    input.plannedExchanges = int(exchanges);
    return input;
}

Result<qint64> CampaignStore::acknowledge(qint64 paraphraseId, const QString &byName)
{
    return answer(paraphraseId, ParaphraseState::Acknowledged, byName, {});
}

Result<qint64> CampaignStore::sendBack(qint64 paraphraseId, const QString &byName, domain::BilingualText note)
{
    if (note.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A paraphrase is sent back with a note saying what it missed"));
    return answer(paraphraseId, ParaphraseState::SentBack, byName, std::move(note));
}

Result<qint64> CampaignStore::answer(qint64 paraphraseId, ParaphraseState action, const QString &byName,
                                     domain::BilingualText note)
{
    auto by = cleanText(byName.trimmed(), QStringLiteral("Answered by"));
    if (!by)
        return by.error();
    if (by->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Say who answers for the paraphrased partner (a name)"));
    TRELLIS_TRY(note.normalise(QStringLiteral("Note")));
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(const qint64 id, Transaction::run(db, [&]() -> Result<qint64> {
        TRELLIS_TRY_ASSIGN(const qint64 found,
                           countFor(db, QStringLiteral("SELECT count(*) FROM goal_paraphrase WHERE id = ?"), paraphraseId));
        if (found == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("Paraphrase %1 does not exist").arg(paraphraseId));
        const QString uuid = newUuid();
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> noteId,
                           TextStore(db).save({QStringLiteral("paraphrase_event"), uuid, QStringLiteral("note")}, note, {}));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO goal_paraphrase_event(uuid, paraphrase_id, action, by_name, at, note_text_id, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            uuid, paraphraseId, domain::paraphraseStateKey(action), *by, nowUtc(), noteId, m_ws.author()));
        return db.lastInsertRowId();
    }));
    log::get("store")->info("paraphrase {} {}", paraphraseId, domain::paraphraseStateKey(action).toStdString());
    return id;
}

Result<QList<ParaphraseEvent>> CampaignStore::paraphraseHistory(qint64 paraphraseId) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT id, action, by_name, at, note_text_id FROM goal_paraphrase_event WHERE paraphrase_id = ? ORDER BY id"),
        paraphraseId));
    TextStore texts(db);
    return select.collect([&](const Statement &row) -> Result<ParaphraseEvent> {
        ParaphraseEvent e;
        e.id = row.int64(0);
        e.paraphraseId = paraphraseId;
        e.action = domain::paraphraseStateFromKey(row.text(1)).value_or(ParaphraseState::Unanswered);
        e.by = row.text(2);
        e.at = row.text(3);
        TRELLIS_TRY_ASSIGN(e.note, texts.load(row.optionalInt64(4)));
        return e;
    });
}

} // namespace trellis::store
