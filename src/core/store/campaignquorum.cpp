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

Result<domain::QuorumInput> CampaignStore::quorum(qint64 id) const
{
    Database &db = m_ws.database();
    auto members = db.prepare(QStringLiteral(
        "SELECT partner_id FROM campaign_partner WHERE campaign_id = ? ORDER BY joined_on, partner_id"));
    if (!members)
        return members.error();
    members->bind(1, id);
    auto ids = members->int64Column();
    if (!ids)
        return ids.error();
    domain::QuorumInput input;
    PartnerStore partners(m_ws);
    for (qint64 partnerId : std::as_const(*ids)) {
        auto partner = partners.get(partnerId);
        if (!partner)
            return partner.error();
        input.partners << domain::QuorumPartner{partnerId, domain::ownLanguages(*partner)};
    }
    // The paraphrases between members, with the language each was written in and its latest word.
    auto paraphrases = db.prepare(QStringLiteral(
        "SELECT s.paraphrase_id, s.partner_id, s.by_partner_id, t.original_lang, coalesce(s.state, '') "
        "FROM goal_paraphrase_state s JOIN goal_paraphrase g ON g.id = s.paraphrase_id "
        "JOIN bitext t ON t.id = g.text_id "
        "WHERE s.partner_id IN (SELECT partner_id FROM campaign_partner WHERE campaign_id = :c) "
        "AND s.by_partner_id IN (SELECT partner_id FROM campaign_partner WHERE campaign_id = :c) "
        "ORDER BY s.paraphrase_id"));
    if (!paraphrases)
        return paraphrases.error();
    paraphrases->bind(":c", id);
    TRELLIS_TRY(paraphrases->forEachRow([&](Statement &) {
        input.paraphrases << domain::QuorumParaphrase{
            paraphrases->int64(0), paraphrases->int64(1), paraphrases->int64(2), paraphrases->text(3),
            domain::paraphraseStateFromKey(paraphrases->text(4)).value_or(ParaphraseState::Unanswered)};
    }));
    auto exchanges = db.prepare(QStringLiteral(
        "SELECT count(*) FROM campaign_exchange ce JOIN cultural_exchange x ON x.id = ce.exchange_id "
        "WHERE ce.campaign_id = ? AND x.status <> 'cancelled'"));
    if (!exchanges)
        return exchanges.error();
    exchanges->bind(1, id);
    auto counted = exchanges->int64Column();
    if (!counted)
        return counted.error();
    input.plannedExchanges = counted->isEmpty() ? 0 : int(counted->first());
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
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto exists = db.prepare(QStringLiteral("SELECT count(*) FROM goal_paraphrase WHERE id = ?"));
    if (!exists)
        return exists.error();
    exists->bind(1, paraphraseId);
    auto found = exists->int64Column();
    if (!found)
        return found.error();
    if (found->isEmpty() || found->first() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("Paraphrase %1 does not exist").arg(paraphraseId));
    const QString uuid = newUuid();
    auto noteId = TextStore(db).save({QStringLiteral("paraphrase_event"), uuid, QStringLiteral("note")}, note, {});
    if (!noteId)
        return noteId.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO goal_paraphrase_event(uuid, paraphrase_id, action, by_name, at, note_text_id, author) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, uuid).bind(2, paraphraseId).bind(3, domain::paraphraseStateKey(action)).bind(4, *by)
        .bind(5, nowUtc()).bind(6, *noteId).bind(7, m_ws.author());
    TRELLIS_TRY(insert->run());
    const qint64 id = db.lastInsertRowId();
    TRELLIS_TRY(tx->commit());
    log::get("store")->info("paraphrase {} {}", paraphraseId, domain::paraphraseStateKey(action).toStdString());
    return id;
}

Result<QList<ParaphraseEvent>> CampaignStore::paraphraseHistory(qint64 paraphraseId) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT id, action, by_name, at, note_text_id FROM goal_paraphrase_event WHERE paraphrase_id = ? ORDER BY id"),
        paraphraseId));
    QList<ParaphraseEvent> out;
    TextStore texts(db);
    TRELLIS_TRY(select.forEachRow([&](Statement &row) -> Status {
        ParaphraseEvent e;
        e.id = row.int64(0);
        e.paraphraseId = paraphraseId;
        e.action = domain::paraphraseStateFromKey(row.text(1)).value_or(ParaphraseState::Unanswered);
        e.by = row.text(2);
        e.at = row.text(3);
        TRELLIS_TRY_ASSIGN(e.note, texts.load(row.optionalInt64(4)));
        out << e;
        return {};
    }));
    return out;
}

} // namespace trellis::store
