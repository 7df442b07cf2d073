#pragma once
// Saves a retro as it is run live: each answer, vote, theme, note, review and action in a
// transaction of its own, the moment it is made, so a crash loses nothing confirmed.

#include "domain/retrorun.h"
#include "util/result.h"

namespace trellis::store {

class Workspace;

/// The live side of a retro. Every change is refused (Immutable) once the retro is published.
/// An anonymous answer is stored with no author of any kind: no partner, no local author.
class FacilitationStore {
public:
    explicit FacilitationStore(Workspace &workspace) : m_ws(workspace) {}

    Result<domain::RetroRun> load(qint64 retroId) const;

    Status setPhase(qint64 retroId, domain::RetroPhase phase);
    Status setVoteRules(qint64 retroId, const domain::VoteRules &rules);
    /// Whether the retro accepts answers with no author; refused off while it holds some.
    Status setAnonymousAnswers(qint64 retroId, bool allowed);

    /// Adds an answer at the end of its question; its author must be a participant, or none.
    Result<qint64> addAnswer(qint64 retroId, domain::RetroAnswer &answer);
    /// Changes an answer's text (a translation added in Reveal, a correction).
    Status setAnswerText(qint64 answerId, const domain::BilingualText &text);
    /// Removes an answer with its votes and note (the undo of addAnswer).
    Status removeAnswer(qint64 answerId);

    /// One more vote from a participant on an answer, within the retro's vote rules.
    Status castVote(qint64 answerId, qint64 voterId);
    /// Takes one of the participant's votes on the answer back.
    Status withdrawVote(qint64 answerId, qint64 voterId);
    /// Closing the vote shows the tallies; no vote changes while it is closed.
    Status setVoteClosed(qint64 retroId, bool closed);

    Result<qint64> addTheme(qint64 retroId, const domain::BilingualText &title, const QStringList &tags);
    Status setThemeTags(qint64 themeId, const QStringList &tags);
    Status setThemeTitle(qint64 themeId, const domain::BilingualText &title);
    /// Removes a theme; its answers stay, ungrouped.
    Status removeTheme(qint64 themeId);
    /// Puts an answer into a theme of the same retro, or takes it out (nothing).
    Status setAnswerTheme(qint64 answerId, std::optional<qint64> themeId);

    /// The discussion note of a theme or of an ungrouped answer; an empty note removes it.
    Status setThemeNote(qint64 themeId, const domain::BilingualText &note);
    Status setAnswerNote(qint64 answerId, const domain::BilingualText &note);

    /// A participant's local update at check-in; an empty text removes it.
    Status setLocalUpdate(qint64 retroId, qint64 partnerId, const domain::BilingualText &text);
    /// Reviews an open action of the previous retro. Carried over, it becomes an action of this
    /// retro (same owner and text, no due date); reviewed again, that copy follows the outcome.
    Status reviewAction(qint64 retroId, qint64 actionId, domain::ActionOutcome outcome,
                        const domain::BilingualText &note);

    /// Takes a review back (the undo of a first review): the action is open again, the review's
    /// note and any carried-over copy go.
    Status clearReview(qint64 retroId, qint64 actionId);

    Result<qint64> addAction(qint64 retroId, domain::RetroAction &action);
    Status removeAction(qint64 actionId);

private:
    Workspace &m_ws;
};

} // namespace trellis::store
