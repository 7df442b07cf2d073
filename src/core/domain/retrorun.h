#pragma once
// A retro as it is run live: the retro itself and what facilitation adds to it (phase, vote
// rules, themes, votes, check-in, discussion notes).

#include "domain/facilitation.h"
#include "domain/retro.h"

#include <QHash>

namespace trellis::domain {

/// Answers merged into one theme in the Group phase, with the theme's tags.
struct RetroTheme {
    qint64 id = 0;
    QString uuid;
    BilingualText title; ///< may stay empty: the theme is then named by its answers
    QStringList tags;
};

/// How many votes one participant gave one answer.
struct RetroVote {
    qint64 answerId = 0;
    qint64 voterId = 0;
    int count = 0;
    bool operator==(const RetroVote &) const = default;
};

/// An open action of an earlier retro, and what this retro's check-in said of it.
struct ActionReview {
    qint64 actionId = 0;
    qint64 fromRetroId = 0;
    QString fromQuarter;
    std::optional<qint64> partnerId;
    BilingualText actionText;
    QDate dueOn;
    std::optional<ActionOutcome> outcome; ///< none until reviewed
    BilingualText note;
};

/// One participating partner's local update at check-in, one line in its language.
struct LocalUpdate {
    qint64 partnerId = 0;
    BilingualText text;
};

/// The live settings of a retro.
struct RunSettings {
    RetroPhase phase = RetroPhase::CheckIn;
    VoteRules votes;
    bool voteClosed = false;
    bool anonymousAnswers = true; ///< the retro accepts answers with no author
};

/// Everything the facilitation window shows of one retro.
struct RetroRun {
    Retro retro;
    RunSettings settings;
    QList<RetroTheme> themes;
    QHash<qint64, qint64> themeOfAnswer; ///< answer id → theme id, for grouped answers
    QList<RetroVote> votes;
    QList<ActionReview> reviews;         ///< the previous retro's open actions
    QList<LocalUpdate> localUpdates;
    QHash<qint64, BilingualText> themeNotes;
    QHash<qint64, BilingualText> answerNotes;
    QHash<qint64, qint64> carriedFrom;   ///< action id → the earlier action it carries over
    /// answer id → votes counted before per-participant votes (typed in afterwards, or kept from an
    /// older file): no one's, never within a participant's limits, always in the answer's tally.
    QHash<qint64, int> earlierVotes;

    /// Votes voter has given in this retro; the votes on one answer, all of them (earlier votes
    /// included) or one voter's.
    int votesGiven(qint64 voterId) const;
    int votesOn(qint64 answerId, std::optional<qint64> voterId = std::nullopt) const;
    /// The answers of a theme, in the retro's order.
    QList<qint64> answersOf(qint64 themeId) const;
};

} // namespace trellis::domain
