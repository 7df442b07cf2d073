#include "store/retrostore.h"

#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <QSet>

namespace trellis::store {

using domain::Retro;

namespace {

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("Retro %1 does not exist").arg(id));
}

/// UUIDs of the rows of a child table that belong to a retro, mapped to their text ids.
Result<QHash<QString, qint64>> childTexts(Database &db, const QString &table, qint64 retroId)
{
    // table is one of two literals below, never user text.
    auto select = db.prepare(QStringLiteral("SELECT uuid, text_id FROM %1 WHERE retro_id = ?").arg(table));
    if (!select)
        return select.error();
    select->bind(1, retroId);
    QHash<QString, qint64> rows;
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.insert(select->text(0), select->int64(1));
    }
    return rows;
}

Status removeChildren(Database &db, const QString &table, const QHash<QString, qint64> &stale)
{
    auto del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(table));
    if (!del)
        return del.error();
    TextStore texts(db);
    for (auto it = stale.cbegin(); it != stale.cend(); ++it) {
        del->reset();
        del->bind(1, it.key());
        TRELLIS_TRY(del->run());
        TRELLIS_TRY(texts.removeOwner(it.key()));
    }
    return {};
}

/// Claims a child row that is being saved again (returning its text id) or stamps a new one.
std::optional<qint64> takeChild(QHash<QString, qint64> &before, domain::RecordStamp &stamp, const QString &author)
{
    const QString now = nowUtc();
    stamp.updatedAt = now;
    stamp.author = author;
    if (!stamp.uuid.isEmpty() && before.contains(stamp.uuid))
        return before.take(stamp.uuid);
    if (stamp.uuid.isEmpty())
        stamp.uuid = newUuid();
    stamp.createdAt = now;
    return std::nullopt;
}

} // namespace

Result<qint64> RetroStore::add(Retro &retro)
{
    TRELLIS_TRY(write(retro, true));
    return retro.stamp.id;
}

Status RetroStore::update(Retro &retro)
{
    if (retro.stamp.id <= 0)
        return notFound(retro.stamp.id);
    return write(retro, false);
}

Status RetroStore::write(Retro &retro, bool isNew)
{
    Retro r = retro;
    TRELLIS_TRY(r.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    r.stamp.updatedAt = now;
    r.stamp.author = m_ws.author();
    if (isNew) {
        r.stamp.uuid = newUuid();
        r.stamp.createdAt = now;
    } else {
        auto current = db.prepare(QStringLiteral("SELECT uuid, created_at, published_at FROM retro WHERE id = ?"));
        if (!current)
            return current.error();
        current->bind(1, r.stamp.id);
        auto row = current->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(r.stamp.id);
        r.stamp.uuid = current->text(0);
        r.stamp.createdAt = current->text(1);
        r.publishedAt = current->text(2);
        if (!r.publishedAt.isEmpty()) {
            auto published = get(r.stamp.id);
            if (!published)
                return published.error();
            if (auto change = domain::changeBeyondTranslations(*published, r))
                return makeError(ErrorCode::Immutable,
                                 QStringLiteral("This retro is published: only its translations can change, not %1").arg(*change));
        }
    }
    auto stmt = db.prepare(isNew
        ? QStringLiteral("INSERT INTO retro(uuid, held_on, quarter, facilitator, lang_a, lang_b, created_at, updated_at, "
                         "author) VALUES (:uuid, :held, :quarter, :facilitator, :a, :b, :created, :updated, :author)")
        : QStringLiteral("UPDATE retro SET held_on = :held, quarter = :quarter, facilitator = :facilitator, lang_a = :a, "
                         "lang_b = :b, updated_at = :updated, author = :author WHERE uuid = :uuid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(":uuid", r.stamp.uuid).bind(":held", r.heldOn.toString(Qt::ISODate)).bind(":quarter", r.quarter)
        .bind(":facilitator", r.facilitator).bind(":a", r.languageA).bind(":b", r.languageB)
        .bind(":updated", now).bind(":author", r.stamp.author);
    if (isNew)
        stmt->bind(":created", now);
    TRELLIS_TRY(stmt->run());
    if (isNew)
        r.stamp.id = db.lastInsertRowId();

    auto clear = db.prepare(QStringLiteral("DELETE FROM retro_participant WHERE retro_id = ?"));
    if (!clear)
        return clear.error();
    clear->bind(1, r.stamp.id);
    TRELLIS_TRY(clear->run());
    auto participant = db.prepare(QStringLiteral("INSERT OR IGNORE INTO retro_participant(retro_id, partner_id) VALUES (?, ?)"));
    if (!participant)
        return participant.error();
    for (qint64 partnerId : std::as_const(r.participantIds)) {
        participant->reset();
        participant->bind(1, r.stamp.id).bind(2, partnerId);
        if (auto s = participant->run(); !s)
            return makeError(ErrorCode::NotFound, QStringLiteral("A participant of the retro is not a partner of this workspace"));
    }

    TextStore texts(db);
    auto answersBefore = childTexts(db, QStringLiteral("retro_answer"), r.stamp.id);
    if (!answersBefore)
        return answersBefore.error();
    // Votes typed in are the earlier count beside the participants' own votes, which they cannot
    // undercut: votes stays earlier_votes plus the per-participant votes.
    const QString participantVotes =
        QStringLiteral("(SELECT coalesce(sum(v.count), 0) FROM retro_vote v WHERE v.answer_id = retro_answer.id)");
    auto answer = db.prepare(QStringLiteral(
        "INSERT INTO retro_answer(uuid, retro_id, question, author_partner_id, text_id, tags, votes, earlier_votes, "
        "position, created_at, updated_at, author) VALUES (:uuid, :retro, :q, :partner, :text, :tags, :votes, :votes, "
        ":pos, :created, :updated, :author) ON CONFLICT(uuid) DO UPDATE SET question = excluded.question, "
        "author_partner_id = excluded.author_partner_id, text_id = excluded.text_id, tags = excluded.tags, "
        "earlier_votes = max(0, excluded.votes - %1), votes = max(excluded.votes, %1), "
        "position = excluded.position, updated_at = excluded.updated_at, author = excluded.author").arg(participantVotes));
    if (!answer)
        return answer.error();
    for (int i = 0; i < r.answers.size(); ++i) {
        domain::RetroAnswer &a = r.answers[i];
        const auto previousText = takeChild(*answersBefore, a.stamp, r.stamp.author);
        auto text = texts.save({QStringLiteral("retro_answer"), a.stamp.uuid, QStringLiteral("text")}, a.text,
                               previousText);
        if (!text)
            return text.error();
        answer->reset();
        answer->bind(":uuid", a.stamp.uuid).bind(":retro", r.stamp.id).bind(":q", domain::retroQuestionKey(a.question))
            .bind(":partner", a.authorPartnerId).bind(":text", **text).bind(":tags", a.tags.join(u','))
            .bind(":votes", a.votes).bind(":pos", i).bind(":created", a.stamp.createdAt).bind(":updated", now)
            // An anonymous answer keeps no trace of who typed it, not even the local author.
            .bind(":author", a.authorPartnerId ? r.stamp.author : QString());
        if (auto s = answer->run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("The author of a retro answer is not a partner of this workspace"))
                : s.error();
    }
    TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_answer"), *answersBefore));

    auto actionsBefore = childTexts(db, QStringLiteral("retro_action"), r.stamp.id);
    if (!actionsBefore)
        return actionsBefore.error();
    auto action = db.prepare(QStringLiteral(
        "INSERT INTO retro_action(uuid, retro_id, partner_id, text_id, due_on, done, created_at, updated_at, author) "
        "VALUES (:uuid, :retro, :partner, :text, :due, :done, :created, :updated, :author) "
        "ON CONFLICT(uuid) DO UPDATE SET partner_id = excluded.partner_id, text_id = excluded.text_id, "
        "due_on = excluded.due_on, done = excluded.done, updated_at = excluded.updated_at, author = excluded.author"));
    if (!action)
        return action.error();
    for (domain::RetroAction &a : r.actions) {
        const auto previousText = takeChild(*actionsBefore, a.stamp, r.stamp.author);
        auto text = texts.save({QStringLiteral("retro_action"), a.stamp.uuid, QStringLiteral("text")}, a.text,
                               previousText);
        if (!text)
            return text.error();
        action->reset();
        action->bind(":uuid", a.stamp.uuid).bind(":retro", r.stamp.id).bind(":partner", a.partnerId)
            .bind(":text", **text)
            .bind(":due", a.dueOn.isValid() ? std::optional<QString>(a.dueOn.toString(Qt::ISODate)) : std::nullopt)
            .bind(":done", a.done ? 1 : 0).bind(":created", a.stamp.createdAt).bind(":updated", now)
            .bind(":author", r.stamp.author);
        if (auto s = action->run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("The partner of a retro action is not in this workspace"))
                : s.error();
    }
    TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_action"), *actionsBefore));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("retro {} saved with {} answers", r.stamp.id, r.answers.size());
    retro = r;
    return {};
}

Status RetroStore::remove(qint64 id)
{
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto state = db.prepare(QStringLiteral("SELECT published_at IS NOT NULL FROM retro WHERE id = ?"));
    if (!state)
        return state.error();
    state->bind(1, id);
    auto row = state->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(id);
    if (state->int64(0) != 0)
        return makeError(ErrorCode::Immutable,
                         QStringLiteral("This retro is published: it stays in the alliance's record and cannot be deleted"));
    auto answers = childTexts(db, QStringLiteral("retro_answer"), id);
    auto actions = childTexts(db, QStringLiteral("retro_action"), id);
    if (!answers || !actions)
        return (!answers ? answers : actions).error();
    TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_answer"), *answers));
    TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_action"), *actions));
    auto del = db.prepare(QStringLiteral("DELETE FROM retro WHERE id = ?"));
    if (!del)
        return del.error();
    del->bind(1, id);
    TRELLIS_TRY(del->run());
    if (db.changes() == 0)
        return notFound(id);
    return tx->commit();
}

Status RetroStore::publish(qint64 id)
{
    auto stmt = m_ws.database().prepare(QStringLiteral(
        "UPDATE retro SET published_at = ?, updated_at = ? WHERE id = ? AND published_at IS NULL"));
    if (!stmt)
        return stmt.error();
    const QString now = nowUtc();
    stmt->bind(1, now).bind(2, now).bind(3, id);
    TRELLIS_TRY(stmt->run());
    if (m_ws.database().changes() == 0)
        return makeError(ErrorCode::Conflict, QStringLiteral("Retro %1 does not exist or is already published").arg(id));
    return {};
}

Result<Retro> RetroStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    auto select = db.prepare(QStringLiteral(
        "SELECT uuid, held_on, quarter, facilitator, lang_a, lang_b, published_at, created_at, updated_at, author "
        "FROM retro WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(id);
    Retro r;
    r.stamp = {id, select->text(0), select->text(7), select->text(8), select->text(9)};
    r.heldOn = QDate::fromString(select->text(1), Qt::ISODate);
    r.quarter = select->text(2);
    r.facilitator = select->text(3);
    r.languageA = select->text(4);
    r.languageB = select->text(5);
    r.publishedAt = select->text(6);

    auto participants = db.prepare(QStringLiteral("SELECT partner_id FROM retro_participant WHERE retro_id = ? ORDER BY partner_id"));
    if (!participants)
        return participants.error();
    participants->bind(1, id);
    auto participantIds = participants->int64Column();
    if (!participantIds)
        return participantIds.error();
    r.participantIds = *participantIds;

    TextStore texts(db);
    auto answers = db.prepare(QStringLiteral(
        "SELECT id, uuid, question, author_partner_id, text_id, tags, votes, created_at, updated_at, author "
        "FROM retro_answer WHERE retro_id = ? ORDER BY position, id"));
    if (!answers)
        return answers.error();
    answers->bind(1, id);
    while (true) {
        auto next = answers->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        domain::RetroAnswer a;
        a.stamp = {answers->int64(0), answers->text(1), answers->text(7), answers->text(8), answers->text(9)};
        a.question = domain::retroQuestionFromKey(answers->text(2)).value_or(domain::RetroQuestion::Extractive);
        a.authorPartnerId = answers->optionalInt64(3);
        auto text = texts.load(answers->int64(4));
        if (!text)
            return text.error();
        a.text = *text;
        a.tags = answers->text(5).split(u',', Qt::SkipEmptyParts);
        a.votes = int(answers->int64(6));
        r.answers.append(a);
    }

    auto actions = db.prepare(QStringLiteral(
        "SELECT id, uuid, partner_id, text_id, due_on, done, created_at, updated_at, author "
        "FROM retro_action WHERE retro_id = ? ORDER BY id"));
    if (!actions)
        return actions.error();
    actions->bind(1, id);
    while (true) {
        auto next = actions->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        domain::RetroAction a;
        a.stamp = {actions->int64(0), actions->text(1), actions->text(6), actions->text(7), actions->text(8)};
        a.partnerId = actions->optionalInt64(2);
        auto text = texts.load(actions->int64(3));
        if (!text)
            return text.error();
        a.text = *text;
        a.dueOn = QDate::fromString(actions->text(4), Qt::ISODate);
        a.done = actions->int64(5) != 0;
        r.actions.append(a);
    }
    return r;
}

Result<QList<RetroSummary>> RetroStore::list() const
{
    auto select = m_ws.database().prepare(QStringLiteral(
        "SELECT r.id, r.held_on, r.quarter, r.facilitator, r.lang_a, r.lang_b, "
        "(SELECT count(*) FROM retro_answer a WHERE a.retro_id = r.id), r.published_at IS NOT NULL "
        "FROM retro r ORDER BY r.held_on DESC, r.id DESC"));
    if (!select)
        return select.error();
    QList<RetroSummary> list;
    while (true) {
        auto next = select->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        list.append({select->int64(0), QDate::fromString(select->text(1), Qt::ISODate), select->text(2),
                     select->text(3), select->text(4), select->text(5), int(select->int64(6)), select->int64(7) != 0});
    }
    return list;
}

} // namespace trellis::store
