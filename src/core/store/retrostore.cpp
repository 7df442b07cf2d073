#include "store/retrostore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
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

const LinkTable kParticipants = partnerLinks(QStringLiteral("retro_participant"), QStringLiteral("retro_id"));

Status writeAnswers(Database &db, Retro &r, const QString &now);
Status writeActions(Database &db, Retro &r, const QString &now);

/// UUIDs of the rows of a child table that belong to a retro, mapped to their text ids.
Result<QHash<QString, qint64>> childTexts(Database &db, const QString &table, qint64 retroId)
{
    // table is one of two literals below, never user text.
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT uuid, text_id FROM %1 WHERE retro_id = ?").arg(table), retroId));
    QHash<QString, qint64> rows;
    TRELLIS_TRY(select.forEachRow([&](const Statement &row) { rows.insert(row.text(0), row.int64(1)); }));
    return rows;
}

Status removeChildren(Database &db, const QString &table, const QHash<QString, qint64> &stale)
{
    TRELLIS_TRY_ASSIGN(Statement del, db.query(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(table)));
    TextStore texts(db);
    for (auto it = stale.cbegin(); it != stale.cend(); ++it) {
        del.reset();
        del.bind(1, it.key());
        TRELLIS_TRY(del.run());
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

template <>
RecordRow RecordStore<Retro>::rowOf(Retro &r)
{
    return {QStringLiteral("retro"), QStringLiteral("Retro"),
            {QStringLiteral("held_on"), QStringLiteral("quarter"), QStringLiteral("facilitator"), QStringLiteral("lang_a"),
             QStringLiteral("lang_b")},
            {}, {{kParticipants, &r.participantIds, QStringLiteral("A participant of the retro is not a partner of this workspace")}},
            {QStringLiteral("published_at")}};
}

template <>
Status RecordStore<Retro>::write(Retro &retro, bool isNew)
{
    return save(retro, [&](Database &db, Retro &r) -> Status {
        if (!isNew) {
            TRELLIS_TRY_ASSIGN(Statement state, db.query(QStringLiteral("SELECT published_at FROM retro WHERE id = ?"),
                                                         r.stamp.id));
            TRELLIS_TRY(state.requireRow(notFound(r.stamp.id)));
            r.publishedAt = state.text(0);
            if (!r.publishedAt.isEmpty()) {
                TRELLIS_TRY_ASSIGN(const Retro published, get(r.stamp.id));
                if (auto change = domain::changeBeyondTranslations(published, r))
                    return makeError(ErrorCode::Immutable,
                                     QStringLiteral("This retro is published: only its translations can change, not %1").arg(*change));
            }
        }
        TRELLIS_TRY(writeRecordRow(db, rowOf(r), isNew, r.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(r.heldOn, r.quarter, r.facilitator, r.languageA, r.languageB);
        }));
        const QString now = r.stamp.updatedAt;
        TRELLIS_TRY(writeAnswers(db, r, now));
        return writeActions(db, r, now);
    });
}

namespace {

Status writeAnswers(Database &db, Retro &r, const QString &now)
{
    TextStore texts(db);
    TRELLIS_TRY_ASSIGN(auto before, childTexts(db, QStringLiteral("retro_answer"), r.stamp.id));
    // Votes typed in are the earlier count beside the participants' own votes, which they cannot
    // undercut: votes stays earlier_votes plus the per-participant votes.
    const QString participantVotes =
        QStringLiteral("(SELECT coalesce(sum(v.count), 0) FROM retro_vote v WHERE v.answer_id = retro_answer.id)");
    TRELLIS_TRY_ASSIGN(Statement answer, db.prepare(QStringLiteral(
        "INSERT INTO retro_answer(uuid, retro_id, question, author_partner_id, text_id, tags, votes, earlier_votes, "
        "position, created_at, updated_at, author) VALUES (:uuid, :retro, :q, :partner, :text, :tags, :votes, :votes, "
        ":pos, :created, :updated, :author) ON CONFLICT(uuid) DO UPDATE SET question = excluded.question, "
        "author_partner_id = excluded.author_partner_id, text_id = excluded.text_id, tags = excluded.tags, "
        "earlier_votes = max(0, excluded.votes - %1), votes = max(excluded.votes, %1), "
        "position = excluded.position, updated_at = excluded.updated_at, author = excluded.author").arg(participantVotes)));
    for (int i = 0; i < r.answers.size(); ++i) {
        domain::RetroAnswer &a = r.answers[i];
        const auto previousText = takeChild(before, a.stamp, r.stamp.author);
        TRELLIS_TRY_ASSIGN(const auto text, texts.save({QStringLiteral("retro_answer"), a.stamp.uuid, QStringLiteral("text")},
                                                       a.text, previousText));
        answer.reset();
        answer.bind(":uuid", a.stamp.uuid).bind(":retro", r.stamp.id).bind(":q", domain::retroQuestionKey(a.question))
            .bind(":partner", a.authorPartnerId).bind(":text", *text).bind(":tags", a.tags.join(u','))
            .bind(":votes", a.votes).bind(":pos", i).bind(":created", a.stamp.createdAt).bind(":updated", now)
            // An anonymous answer keeps no trace of who typed it, not even the local author.
            .bind(":author", a.authorPartnerId ? r.stamp.author : QString());
        if (auto s = answer.run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("The author of a retro answer is not a partner of this workspace"))
                : s.error();
    }
    return removeChildren(db, QStringLiteral("retro_answer"), before);
}

Status writeActions(Database &db, Retro &r, const QString &now)
{
    TextStore texts(db);
    TRELLIS_TRY_ASSIGN(auto before, childTexts(db, QStringLiteral("retro_action"), r.stamp.id));
    TRELLIS_TRY_ASSIGN(Statement action, db.prepare(QStringLiteral(
        "INSERT INTO retro_action(uuid, retro_id, partner_id, text_id, due_on, done, created_at, updated_at, author) "
        "VALUES (:uuid, :retro, :partner, :text, :due, :done, :created, :updated, :author) "
        "ON CONFLICT(uuid) DO UPDATE SET partner_id = excluded.partner_id, text_id = excluded.text_id, "
        "due_on = excluded.due_on, done = excluded.done, updated_at = excluded.updated_at, author = excluded.author")));
    for (domain::RetroAction &a : r.actions) {
        const auto previousText = takeChild(before, a.stamp, r.stamp.author);
        TRELLIS_TRY_ASSIGN(const auto text, texts.save({QStringLiteral("retro_action"), a.stamp.uuid, QStringLiteral("text")},
                                                       a.text, previousText));
        action.reset();
        action.bind(":uuid", a.stamp.uuid).bind(":retro", r.stamp.id).bind(":partner", a.partnerId)
            .bind(":text", *text)
            .bind(":due", a.dueOn.isValid() ? std::optional<QString>(a.dueOn.toString(Qt::ISODate)) : std::nullopt)
            .bind(":done", a.done ? 1 : 0).bind(":created", a.stamp.createdAt).bind(":updated", now)
            .bind(":author", r.stamp.author);
        if (auto s = action.run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("The partner of a retro action is not in this workspace"))
                : s.error();
    }
    return removeChildren(db, QStringLiteral("retro_action"), before);
}

} // namespace

template <>
Status RecordStore<Retro>::remove(qint64 id)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement state, db.query(QStringLiteral(
            "SELECT published_at IS NOT NULL FROM retro WHERE id = ?"), id));
        TRELLIS_TRY(state.requireRow(notFound(id)));
        if (state.int64(0) != 0)
            return makeError(ErrorCode::Immutable,
                             QStringLiteral("This retro is published: it stays in the alliance's record and cannot be deleted"));
        TRELLIS_TRY_ASSIGN(const auto answers, childTexts(db, QStringLiteral("retro_answer"), id));
        TRELLIS_TRY_ASSIGN(const auto actions, childTexts(db, QStringLiteral("retro_action"), id));
        TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_answer"), answers));
        TRELLIS_TRY(removeChildren(db, QStringLiteral("retro_action"), actions));
        TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM retro WHERE id = ?"), id));
        if (db.changes() == 0)
            return notFound(id);
        return {};
    });
}

Status RetroStore::publish(qint64 id)
{
    const QString now = nowUtc();
    TRELLIS_TRY(m_ws.database().execute(QStringLiteral(
        "UPDATE retro SET published_at = ?, updated_at = ? WHERE id = ? AND published_at IS NULL"), now, now, id));
    if (m_ws.database().changes() == 0)
        return makeError(ErrorCode::Conflict, QStringLiteral("Retro %1 does not exist or is already published").arg(id));
    return {};
}

template <>
Result<Retro> RecordStore<Retro>::get(qint64 id) const
{
    Database &db = m_ws.database();
    Retro r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, r));
    row.readAll(r.heldOn, r.quarter, r.facilitator, r.languageA, r.languageB, r.publishedAt);

    TextStore texts(db);
    TRELLIS_TRY_ASSIGN(Statement answers, db.query(QStringLiteral(
        "SELECT id, uuid, question, author_partner_id, text_id, tags, votes, created_at, updated_at, author "
        "FROM retro_answer WHERE retro_id = ? ORDER BY position, id"), id));
    TRELLIS_TRY_ASSIGN(r.answers, answers.collect([&](const Statement &row) -> Result<domain::RetroAnswer> {
        domain::RetroAnswer a;
        a.stamp = {row.int64(0), row.text(1), row.text(7), row.text(8), row.text(9)};
        a.question = domain::retroQuestionFromKey(row.text(2)).value_or(domain::RetroQuestion::Extractive);
        a.authorPartnerId = row.optionalInt64(3);
        TRELLIS_TRY(texts.loadFields({{row.int64(4), &a.text}}));
        a.tags = row.text(5).split(u',', Qt::SkipEmptyParts);
        a.votes = int(row.int64(6));
        return a;
    }));

    TRELLIS_TRY_ASSIGN(Statement actions, db.query(QStringLiteral(
        "SELECT id, uuid, partner_id, text_id, due_on, done, created_at, updated_at, author "
        "FROM retro_action WHERE retro_id = ? ORDER BY id"), id));
    TRELLIS_TRY_ASSIGN(r.actions, actions.collect([&](const Statement &row) -> Result<domain::RetroAction> {
        domain::RetroAction a;
        a.stamp = {row.int64(0), row.text(1), row.text(6), row.text(7), row.text(8)};
        a.partnerId = row.optionalInt64(2);
        TRELLIS_TRY(texts.loadFields({{row.int64(3), &a.text}}));
        a.dueOn = row.date(4);
        a.done = row.int64(5) != 0;
        return a;
    }));
    return r;
}

Result<QList<RetroSummary>> RetroStore::list() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT r.id, r.held_on, r.quarter, r.facilitator, r.lang_a, r.lang_b, "
        "(SELECT count(*) FROM retro_answer a WHERE a.retro_id = r.id), r.published_at IS NOT NULL "
        "FROM retro r ORDER BY r.held_on DESC, r.id DESC")));
    return select.collect([](const Statement &row) {
        return RetroSummary{row.int64(0), row.date(1), row.text(2), row.text(3), row.text(4), row.text(5), int(row.int64(6)),
                            row.int64(7) != 0};
    });
}

} // namespace trellis::store
