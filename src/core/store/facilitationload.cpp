// FacilitationStore::load: a retro with everything its live run added.
#include "store/facilitationstore.h"

#include "store/facilitationsql.h"
#include "store/retrostore.h"
#include "store/textstore.h"
#include "store/workspace.h"

namespace trellis::store {

using namespace facilitation;

namespace {

/// Reads the rows of sql about retro retroId into map: column 0 the key, column 1 its value.
template <typename Value>
Status loadMap(Database &db, const QString &sql, qint64 retroId, QHash<qint64, Value> &map)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql, retroId));
    return select.forEachRow([&](const Statement &row) { map.insert(row.int64(0), Value(row.int64(1))); });
}

Status loadSettings(Database &db, domain::RetroRun &run)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT phase, votes_per_participant, votes_per_answer, vote_closed, anonymous_answers FROM retro WHERE id = ?"),
        run.retro.stamp.id));
    TRELLIS_TRY(select.step());
    run.settings.phase = domain::retroPhaseFromKey(select.text(0)).value_or(domain::RetroPhase::CheckIn);
    run.settings.votes = {int(select.int64(1)), int(select.int64(2))};
    run.settings.voteClosed = select.int64(3) != 0;
    run.settings.anonymousAnswers = select.int64(4) != 0;
    return {};
}

Status loadGroups(Database &db, const TextStore &texts, qint64 id, domain::RetroRun &run)
{
    TRELLIS_TRY_ASSIGN(Statement themes, db.query(QStringLiteral(
        "SELECT id, uuid, title_text_id, tags FROM retro_theme WHERE retro_id = ? ORDER BY id"), id));
    TRELLIS_TRY_ASSIGN(Statement votes, db.query(QStringLiteral(
        "SELECT v.answer_id, v.voter_partner_id, v.count FROM retro_vote v JOIN retro_answer a ON a.id = v.answer_id "
        "WHERE a.retro_id = ? ORDER BY v.answer_id, v.voter_partner_id"), id));
    TRELLIS_TRY_ASSIGN(Statement notes, db.query(QStringLiteral(
        "SELECT theme_id, answer_id, text_id FROM retro_note WHERE retro_id = ?"), id));
    TRELLIS_TRY(loadMap(db, QStringLiteral("SELECT id, earlier_votes FROM retro_answer WHERE retro_id = ? AND earlier_votes > 0"),
                        id, run.earlierVotes));
    TRELLIS_TRY(themes.forEachRow([&](Statement &row) -> Status {
        TRELLIS_TRY_ASSIGN(const domain::BilingualText title, texts.load(row.optionalInt64(2)));
        run.themes.append({row.int64(0), row.text(1), title, row.text(3).split(u',', Qt::SkipEmptyParts)});
        return {};
    }));
    TRELLIS_TRY(loadMap(db, QStringLiteral("SELECT id, theme_id FROM retro_answer WHERE retro_id = ? AND theme_id IS NOT NULL"),
                        id, run.themeOfAnswer));
    TRELLIS_TRY(votes.forEachRow([&](Statement &row) {
        run.votes.append({row.int64(0), row.int64(1), int(row.int64(2))});
    }));
    return notes.forEachRow([&](Statement &row) -> Status {
        TRELLIS_TRY_ASSIGN(const domain::BilingualText text, texts.load(row.int64(2)));
        if (auto theme = row.optionalInt64(0))
            run.themeNotes.insert(*theme, text);
        else
            run.answerNotes.insert(row.int64(1), text);
        return {};
    });
}

Status loadCheckIn(Database &db, const TextStore &texts, qint64 id, domain::RetroRun &run)
{
    TRELLIS_TRY_ASSIGN(Statement updates, db.query(QStringLiteral(
        "SELECT partner_id, text_id FROM retro_local_update WHERE retro_id = ? ORDER BY partner_id"), id));
    TRELLIS_TRY(updates.forEachRow([&](Statement &row) -> Status {
        TRELLIS_TRY_ASSIGN(const domain::BilingualText text, texts.load(row.int64(1)));
        run.localUpdates.append({row.int64(0), text});
        return {};
    }));
    TRELLIS_TRY(loadMap(db, QStringLiteral(
        "SELECT id, carried_from_id FROM retro_action WHERE retro_id = ? AND carried_from_id IS NOT NULL"), id, run.carriedFrom));

    TRELLIS_TRY_ASSIGN(const std::optional<qint64> previous, previousRetro(db, id));
    if (!previous)
        return {};
    // Open: not done when the previous retro ended, or reviewed here (whatever the outcome).
    TRELLIS_TRY_ASSIGN(Statement open, db.prepare(QStringLiteral(
        "SELECT a.id, a.partner_id, a.text_id, a.due_on, p.quarter, v.outcome, v.note_text_id "
        "FROM retro_action a JOIN retro p ON p.id = a.retro_id "
        "LEFT JOIN retro_action_review v ON v.action_id = a.id AND v.retro_id = :retro "
        "WHERE a.retro_id = :previous AND (a.done = 0 OR v.outcome IS NOT NULL) ORDER BY a.id")));
    open.bind(":retro", id).bind(":previous", *previous);
    return open.forEachRow([&](Statement &row) -> Status {
        domain::ActionReview review;
        review.actionId = row.int64(0);
        review.fromRetroId = *previous;
        review.fromQuarter = row.text(4);
        review.partnerId = row.optionalInt64(1);
        auto text = texts.load(row.int64(2));
        auto note = texts.load(row.optionalInt64(6));
        if (!text || !note)
            return (!text ? text : note).error();
        review.actionText = *text;
        review.note = *note;
        review.dueOn = row.date(3);
        if (!row.isNull(5))
            review.outcome = domain::actionOutcomeFromKey(row.text(5));
        run.reviews.append(review);
        return {};
    });
}

} // namespace

Result<domain::RetroRun> FacilitationStore::load(qint64 retroId) const
{
    auto retro = RetroStore(m_ws).get(retroId);
    if (!retro)
        return retro.error();
    domain::RetroRun run;
    run.retro = *retro;
    Database &db = m_ws.database();
    TRELLIS_TRY(loadSettings(db, run));
    const TextStore texts(db);
    TRELLIS_TRY(loadGroups(db, texts, retroId, run));
    TRELLIS_TRY(loadCheckIn(db, texts, retroId, run));
    return run;
}

} // namespace trellis::store
