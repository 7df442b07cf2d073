// FacilitationStore::load: a retro with everything its live run added.
#include "store/facilitationstore.h"

#include "store/facilitationsql.h"
#include "store/retrostore.h"
#include "store/textstore.h"
#include "store/workspace.h"

namespace trellis::store {

using namespace facilitation;

namespace {

Status loadSettings(Database &db, domain::RetroRun &run)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT phase, votes_per_participant, votes_per_answer, vote_closed, anonymous_answers FROM retro WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, run.retro.stamp.id);
    TRELLIS_TRY(select->step());
    run.settings.phase = domain::retroPhaseFromKey(select->text(0)).value_or(domain::RetroPhase::CheckIn);
    run.settings.votes = {int(select->int64(1)), int(select->int64(2))};
    run.settings.voteClosed = select->int64(3) != 0;
    run.settings.anonymousAnswers = select->int64(4) != 0;
    return {};
}

Status loadGroups(Database &db, domain::RetroRun &run)
{
    const qint64 id = run.retro.stamp.id;
    TextStore texts(db);
    auto themes = db.prepare(QStringLiteral("SELECT id, uuid, title_text_id, tags FROM retro_theme WHERE retro_id = ? ORDER BY id"));
    auto members = db.prepare(QStringLiteral("SELECT id, theme_id FROM retro_answer WHERE retro_id = ? AND theme_id IS NOT NULL"));
    auto votes = db.prepare(QStringLiteral(
        "SELECT v.answer_id, v.voter_partner_id, v.count FROM retro_vote v JOIN retro_answer a ON a.id = v.answer_id "
        "WHERE a.retro_id = ? ORDER BY v.answer_id, v.voter_partner_id"));
    auto notes = db.prepare(QStringLiteral("SELECT theme_id, answer_id, text_id FROM retro_note WHERE retro_id = ?"));
    auto earlier = db.prepare(QStringLiteral("SELECT id, earlier_votes FROM retro_answer WHERE retro_id = ? AND earlier_votes > 0"));
    if (!themes || !members || !votes || !notes || !earlier)
        return (!themes ? themes : !members ? members : !votes ? votes : !notes ? notes : earlier).error();
    earlier->bind(1, id);
    TRELLIS_TRY(eachRow(*earlier, [&]() -> Status {
        run.earlierVotes.insert(earlier->int64(0), int(earlier->int64(1)));
        return {};
    }));
    themes->bind(1, id);
    TRELLIS_TRY(eachRow(*themes, [&]() -> Status {
        auto title = texts.load(themes->optionalInt64(2));
        if (!title)
            return title.error();
        run.themes.append({themes->int64(0), themes->text(1), *title, themes->text(3).split(u',', Qt::SkipEmptyParts)});
        return {};
    }));
    members->bind(1, id);
    TRELLIS_TRY(eachRow(*members, [&]() -> Status {
        run.themeOfAnswer.insert(members->int64(0), members->int64(1));
        return {};
    }));
    votes->bind(1, id);
    TRELLIS_TRY(eachRow(*votes, [&]() -> Status {
        run.votes.append({votes->int64(0), votes->int64(1), int(votes->int64(2))});
        return {};
    }));
    notes->bind(1, id);
    return eachRow(*notes, [&]() -> Status {
        auto text = texts.load(notes->int64(2));
        if (!text)
            return text.error();
        if (auto theme = notes->optionalInt64(0))
            run.themeNotes.insert(*theme, *text);
        else
            run.answerNotes.insert(notes->int64(1), *text);
        return {};
    });
}

Status loadCheckIn(Database &db, domain::RetroRun &run)
{
    const qint64 id = run.retro.stamp.id;
    TextStore texts(db);
    auto updates = db.prepare(QStringLiteral(
        "SELECT partner_id, text_id FROM retro_local_update WHERE retro_id = ? ORDER BY partner_id"));
    auto carried = db.prepare(QStringLiteral(
        "SELECT id, carried_from_id FROM retro_action WHERE retro_id = ? AND carried_from_id IS NOT NULL"));
    if (!updates || !carried)
        return (!updates ? updates : carried).error();
    updates->bind(1, id);
    TRELLIS_TRY(eachRow(*updates, [&]() -> Status {
        auto text = texts.load(updates->int64(1));
        if (!text)
            return text.error();
        run.localUpdates.append({updates->int64(0), *text});
        return {};
    }));
    carried->bind(1, id);
    TRELLIS_TRY(eachRow(*carried, [&]() -> Status {
        run.carriedFrom.insert(carried->int64(0), carried->int64(1));
        return {};
    }));

    auto previous = previousRetro(db, id);
    if (!previous)
        return previous.error();
    if (!*previous)
        return {};
    // Open: not done when the previous retro ended, or reviewed here (whatever the outcome).
    auto open = db.prepare(QStringLiteral(
        "SELECT a.id, a.partner_id, a.text_id, a.due_on, p.quarter, v.outcome, v.note_text_id "
        "FROM retro_action a JOIN retro p ON p.id = a.retro_id "
        "LEFT JOIN retro_action_review v ON v.action_id = a.id AND v.retro_id = :retro "
        "WHERE a.retro_id = :previous AND (a.done = 0 OR v.outcome IS NOT NULL) ORDER BY a.id"));
    if (!open)
        return open.error();
    open->bind(":retro", id).bind(":previous", **previous);
    return eachRow(*open, [&]() -> Status {
        domain::ActionReview review;
        review.actionId = open->int64(0);
        review.fromRetroId = **previous;
        review.fromQuarter = open->text(4);
        review.partnerId = open->optionalInt64(1);
        auto text = texts.load(open->int64(2));
        auto note = texts.load(open->optionalInt64(6));
        if (!text || !note)
            return (!text ? text : note).error();
        review.actionText = *text;
        review.note = *note;
        review.dueOn = QDate::fromString(open->text(3), Qt::ISODate);
        if (!open->isNull(5))
            review.outcome = domain::actionOutcomeFromKey(open->text(5));
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
    TRELLIS_TRY(loadGroups(db, run));
    TRELLIS_TRY(loadCheckIn(db, run));
    return run;
}

} // namespace trellis::store
