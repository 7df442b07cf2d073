#include "store/facilitationstore.h"

#include "store/facilitationsql.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using domain::RetroPhase;

namespace facilitation {
namespace {

/// The refusal of a change to a theme, answer, note or review that another hand removed.
Error partGone()
{
    return makeError(ErrorCode::NotFound, QStringLiteral("This part of the retro no longer exists"));
}

} // namespace

Status requireOpenRetro(Database &db, qint64 retroId)
{
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT published_at IS NOT NULL FROM retro WHERE id = ?"), retroId));
    TRELLIS_TRY(select.requireRow(makeError(ErrorCode::NotFound, QStringLiteral("Retro %1 does not exist").arg(retroId))));
    if (select.int64(0) != 0)
        return makeError(ErrorCode::Immutable,
                         QStringLiteral("This retro is published: it can no longer be run, only translated"));
    return {};
}

Result<qint64> openRetroOf(Database &db, const char *table, qint64 rowId)
{
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT retro_id FROM %1 WHERE id = ?").arg(QLatin1String(table)), rowId));
    TRELLIS_TRY(select.requireRow(partGone()));
    const qint64 retroId = select.int64(0);
    TRELLIS_TRY(requireOpenRetro(db, retroId));
    return retroId;
}

Status saveRowText(Database &db, const char *table, const char *textColumn, const QString &field, qint64 rowId,
                   const domain::BilingualText &text)
{
    TRELLIS_TRY(openRetroOf(db, table, rowId));
    const QString tableName = QLatin1String(table);
    const QString column = QLatin1String(textColumn);
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT uuid, %1 FROM %2 WHERE id = ?").arg(column, tableName), rowId));
    TRELLIS_TRY(select.requireRow(partGone()));
    TRELLIS_TRY_ASSIGN(const std::optional<qint64> saved,
                       TextStore(db).save({tableName, select.text(0), field}, text, select.optionalInt64(1)));
    return db.execute(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?").arg(tableName, column),
                      saved, nowUtc(), rowId);
}

Status requireParticipant(Database &db, qint64 retroId, qint64 partnerId, const QString &role)
{
    TRELLIS_TRY_ASSIGN(Statement select,
                       db.query(QStringLiteral("SELECT 1 FROM retro_participant WHERE retro_id = ? AND partner_id = ?"),
                                retroId, partnerId));
    return select.requireRow(makeError(ErrorCode::InvalidInput,
                                       QStringLiteral("The %1 must be one of the retro's participants").arg(role)));
}

Status removeRowWithTexts(Database &db, const char *table, qint64 rowId)
{
    const QString name = QLatin1String(table);
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(name), rowId));
    TRELLIS_TRY_ASSIGN(Statement del, db.query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name), rowId));
    TRELLIS_TRY(select.requireRow(partGone()));
    const QString uuid = select.text(0);
    TRELLIS_TRY(del.run());
    return TextStore(db).removeOwner(uuid);
}

} // namespace facilitation

using namespace facilitation;

namespace {

/// Runs an UPDATE of the retro row itself, inside its own transaction after the open check.
template <typename Bind>
Status updateRetro(Database &db, qint64 retroId, const QString &sql, Bind bind)
{
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        TRELLIS_TRY_ASSIGN(Statement update, db.prepare(sql));
        bind(update);
        update.bind(":id", retroId).bind(":now", nowUtc());
        return update.run();
    });
}

/// Normalises the text of an answer and refuses an empty one.
Status normaliseAnswerText(domain::BilingualText &text)
{
    TRELLIS_TRY(text.normalise(QStringLiteral("The answer")));
    if (text.original().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The answer is empty"));
    return {};
}

/// Recomputes an answer's stored tally from its votes.
Status recount(Database &db, qint64 answerId)
{
    TRELLIS_TRY_ASSIGN(Statement update, db.prepare(QStringLiteral(
        "UPDATE retro_answer SET votes = earlier_votes + (SELECT coalesce(sum(count), 0) FROM retro_vote "
        "WHERE answer_id = :id) WHERE id = :id")));
    update.bind(":id", answerId);
    return update.run();
}

Result<int> intQuery(Database &db, const QString &sql, qint64 a, std::optional<qint64> b = std::nullopt)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql, a));
    if (b)
        select.bind(2, *b);
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    return found ? int(select.int64(0)) : 0;
}

} // namespace

Status FacilitationStore::setPhase(qint64 retroId, RetroPhase phase)
{
    TRELLIS_TRY(updateRetro(m_ws.database(), retroId,
                            QStringLiteral("UPDATE retro SET phase = :phase, updated_at = :now WHERE id = :id"),
                            [&](Statement &s) { s.bind(":phase", domain::retroPhaseKey(phase)); }));
    log::get("store")->info("retro {} now in phase {}", retroId, domain::retroPhaseKey(phase).toStdString());
    return {};
}

Status FacilitationStore::setVoteRules(qint64 retroId, const domain::VoteRules &rules)
{
    TRELLIS_TRY(rules.check());
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        // Votes already given stay valid: the rules may not drop below what someone has used.
        auto most = intQuery(db, QStringLiteral(
            "SELECT coalesce(max(total), 0) FROM (SELECT sum(v.count) AS total FROM retro_vote v "
            "JOIN retro_answer a ON a.id = v.answer_id WHERE a.retro_id = ? GROUP BY v.voter_partner_id)"), retroId);
        auto mostOnOne = intQuery(db, QStringLiteral(
            "SELECT coalesce(max(v.count), 0) FROM retro_vote v JOIN retro_answer a ON a.id = v.answer_id "
            "WHERE a.retro_id = ?"), retroId);
        if (!most || !mostOnOne)
            return (!most ? most : mostOnOne).error();
        if (*most > rules.perParticipant || *mostOnOne > rules.perAnswer)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("Some participants have already given more votes than these rules allow: "
                                            "take those votes back first"));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "UPDATE retro SET votes_per_participant = ?, votes_per_answer = ?, updated_at = ? WHERE id = ?"),
            rules.perParticipant, rules.perAnswer, nowUtc(), retroId));
        return {};
    });
}

Status FacilitationStore::setAnonymousAnswers(qint64 retroId, bool allowed)
{
    Database &db = m_ws.database();
    // The check and the change in one transaction: no anonymous answer can arrive between them.
    return Transaction::run(db, [&]() -> Status {
        if (!allowed) {
            auto anonymous = intQuery(db, QStringLiteral(
                "SELECT count(*) FROM retro_answer WHERE retro_id = ? AND author_partner_id IS NULL"), retroId);
            if (!anonymous)
                return anonymous.error();
            if (*anonymous > 0)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("This retro already holds anonymous answers: they stay anonymous"));
        }
        return updateRetro(db, retroId,
                           QStringLiteral("UPDATE retro SET anonymous_answers = :on, updated_at = :now WHERE id = :id"),
                           [&](Statement &s) { s.bind(":on", allowed ? 1 : 0); });
    });
}

Status FacilitationStore::setVoteClosed(qint64 retroId, bool closed)
{
    return updateRetro(m_ws.database(), retroId,
                       QStringLiteral("UPDATE retro SET vote_closed = :closed, updated_at = :now WHERE id = :id"),
                       [&](Statement &s) { s.bind(":closed", closed ? 1 : 0); });
}

Result<qint64> FacilitationStore::addAnswer(qint64 retroId, domain::RetroAnswer &answer)
{
    domain::RetroAnswer a = answer;
    TRELLIS_TRY(normaliseAnswerText(a.text));
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        if (a.authorPartnerId) {
            TRELLIS_TRY(requireParticipant(db, retroId, *a.authorPartnerId, QStringLiteral("author of an answer")));
        } else {
            auto allowed = intQuery(db, QStringLiteral("SELECT anonymous_answers FROM retro WHERE id = ?"), retroId);
            if (!allowed)
                return allowed.error();
            if (*allowed == 0)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("This retro takes no anonymous answers: choose the partner who answers"));
        }
        auto position = intQuery(db, QStringLiteral(
            "SELECT coalesce(max(position) + 1, 0) FROM retro_answer WHERE retro_id = ?"), retroId);
        if (!position)
            return position.error();
        const QString now = nowUtc();
        a.stamp.uuid = newUuid();
        a.stamp.createdAt = now;
        a.stamp.updatedAt = now;
        // An anonymous answer keeps no trace of who typed it, not even the local author.
        a.stamp.author = a.authorPartnerId ? m_ws.author() : QString();
        a.votes = 0;
        auto text = TextStore(db).save({QStringLiteral("retro_answer"), a.stamp.uuid, QStringLiteral("text")}, a.text,
                                       std::nullopt);
        if (!text)
            return text.error();
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO retro_answer(uuid, retro_id, question, author_partner_id, text_id, tags, votes, position, "
            "created_at, updated_at, author) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
            a.stamp.uuid, retroId, domain::retroQuestionKey(a.question), a.authorPartnerId, **text,
            a.tags.join(u','), *position, now, now, a.stamp.author));
        a.stamp.id = db.lastInsertRowId();
        return {};
    }));
    log::get("store")->info("retro {}: answer {} added", retroId, a.stamp.id);
    answer = a;
    return a.stamp.id;
}

Status FacilitationStore::setAnswerText(qint64 answerId, const domain::BilingualText &text)
{
    domain::BilingualText t = text;
    TRELLIS_TRY(normaliseAnswerText(t));
    Database &db = m_ws.database();
    return Transaction::run(db, [&] { return saveRowText(db, "retro_answer", "text_id", QStringLiteral("text"), answerId, t); });
}

Status FacilitationStore::removeAnswer(qint64 answerId)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(openRetroOf(db, "retro_answer", answerId));
        return removeRowWithTexts(db, "retro_answer", answerId);
    }));
    log::get("store")->info("answer {} removed", answerId);
    return {};
}

Status FacilitationStore::castVote(qint64 answerId, qint64 voterId)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(const qint64 retroId, openRetroOf(db, "retro_answer", answerId));
        TRELLIS_TRY(requireParticipant(db, retroId, voterId, QStringLiteral("voter")));
        TRELLIS_TRY_ASSIGN(Statement rules, db.query(QStringLiteral(
            "SELECT votes_per_participant, votes_per_answer, vote_closed FROM retro WHERE id = ?"), retroId));
        TRELLIS_TRY(rules.step());
        if (rules.int64(2) != 0)
            return makeError(ErrorCode::Conflict, QStringLiteral("The vote is closed: reopen it to change votes"));
        const domain::VoteRules limits{int(rules.int64(0)), int(rules.int64(1))};
        auto given = intQuery(db, QStringLiteral(
            "SELECT coalesce(sum(v.count), 0) FROM retro_vote v JOIN retro_answer a ON a.id = v.answer_id "
            "WHERE a.retro_id = ? AND v.voter_partner_id = ?"), retroId, voterId);
        auto onAnswer = intQuery(db, QStringLiteral(
            "SELECT count FROM retro_vote WHERE answer_id = ? AND voter_partner_id = ?"), answerId, voterId);
        if (!given || !onAnswer)
            return (!given ? given : onAnswer).error();
        TRELLIS_TRY(domain::checkVote(limits, *given, *onAnswer));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO retro_vote(answer_id, voter_partner_id, count) VALUES (?, ?, 1) "
            "ON CONFLICT(answer_id, voter_partner_id) DO UPDATE SET count = count + 1"), answerId, voterId));
        TRELLIS_TRY(recount(db, answerId));
        return {};
    }));
    log::get("store")->debug("vote on answer {} by partner {}", answerId, voterId);
    return {};
}

Status FacilitationStore::withdrawVote(qint64 answerId, qint64 voterId)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(const qint64 retroId, openRetroOf(db, "retro_answer", answerId));
        TRELLIS_TRY_ASSIGN(const int closed,
                           intQuery(db, QStringLiteral("SELECT vote_closed FROM retro WHERE id = ?"), retroId));
        if (closed != 0)
            return makeError(ErrorCode::Conflict, QStringLiteral("The vote is closed: reopen it to change votes"));
        TRELLIS_TRY_ASSIGN(Statement update, db.query(QStringLiteral(
            "UPDATE retro_vote SET count = count - 1 WHERE answer_id = ? AND voter_partner_id = ? AND count > 1"),
            answerId, voterId));
        TRELLIS_TRY_ASSIGN(Statement remove, db.query(QStringLiteral(
            "DELETE FROM retro_vote WHERE answer_id = ? AND voter_partner_id = ? AND count = 1"), answerId, voterId));
        TRELLIS_TRY(update.run());
        int changed = db.changes();
        if (changed == 0) {
            TRELLIS_TRY(remove.run());
            changed = db.changes();
        }
        if (changed == 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("This participant has no vote on this answer to take back"));
        TRELLIS_TRY(recount(db, answerId));
        return {};
    });
}

} // namespace trellis::store
