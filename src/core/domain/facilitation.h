#pragma once
// The rules of a retro run live: its phases in order, its vote limits and what a vote may not do.

#include "domain/retro.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace trellis::domain {

/// The phases of a live retro, in the order the facilitator walks them.
enum class RetroPhase { CheckIn, Write, Reveal, Group, Vote, Discuss, Actions, Close };

/// Every phase in order.
const QList<RetroPhase> &retroPhases();
QString retroPhaseKey(RetroPhase phase); ///< "check_in", "write", ... as stored and typed on the command line
std::optional<RetroPhase> retroPhaseFromKey(const QString &key);
/// The phase after (or before) phase; nothing past the last (or before the first).
std::optional<RetroPhase> nextPhase(RetroPhase phase);
std::optional<RetroPhase> previousPhase(RetroPhase phase);

/// How many votes each participant has, and how many of them may go to one answer.
struct VoteRules {
    int perParticipant = 3;
    int perAnswer = 2;
    bool operator==(const VoteRules &) const = default;
    /// Both at least one, perAnswer at most perParticipant, perParticipant at most kMaxVotes.
    Status check() const;
};
inline constexpr int kMaxVotes = 20;

/// One more vote from a participant who has already given `given` votes in this retro, of which
/// `onAnswer` went to the answer; refused, with the limit in words, when it would break a rule.
Status checkVote(const VoteRules &rules, int given, int onAnswer);

/// What became of an earlier retro's open action, reviewed at check-in.
enum class ActionOutcome { Done, CarriedOver, Dropped };
QString actionOutcomeKey(ActionOutcome outcome); ///< "done", "carried_over", "dropped"
std::optional<ActionOutcome> actionOutcomeFromKey(const QString &key);

} // namespace trellis::domain

namespace trellis::domain {

/// A retro question as the room reads it in language (a BCP 47 tag: "fa", "zh-Hans", "pt-BR"),
/// or nothing when Trellis has no wording in that language (never another language's instead).
std::optional<QString> retroQuestionIn(RetroQuestion question, const QString &language);

} // namespace trellis::domain
