#pragma once
// What keeps coming back: the retros of a span of quarters side by side — answers per question and
// per tag, votes, and what became of their actions — read straight from the file.

#include "domain/retro.h"
#include "i18n/quarter.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace trellis::store {

class Workspace;

/// One quarter of the span, its retros counted together (a quarter may hold none, or two).
struct QuarterTally {
    QString quarter; ///< the stored form, "2026-Q3"
    int retros = 0;
    std::array<int, 3> answersPerQuestion{}; ///< indexed by RetroQuestion
    /// An answer counts under each of its own tags and its theme's (once per tag).
    QHash<QString, int> answersPerTag;
    QHash<QString, int> votesPerTag;
    int votes = 0; ///< every vote the quarter's answers hold, earlier votes included
    int actions = 0;
    int actionsCarriedIn = 0;   ///< of actions: copies of an earlier retro's action carried over
    int actionsDone = 0;        ///< marked done, or reviewed as done at a later check-in
    int actionsCarriedOver = 0; ///< reviewed as carried over at a later check-in
    int actionsDropped = 0;     ///< reviewed as dropped
    int actionsOpen() const { return actions - actionsDone - actionsCarriedOver - actionsDropped; }
    int answers() const { return answersPerQuestion[0] + answersPerQuestion[1] + answersPerQuestion[2]; }
};

/// The retros of a span of quarters, quarter by quarter.
struct QuarterComparison {
    QList<QuarterTally> quarters; ///< every quarter of the span in order, also one without a retro
    /// Every tag of the span: those in most quarters first, then most answers, then by name.
    QStringList tags;
    /// The languages of the latest retro of the span (for the questions in both), or empty.
    QString languageA;
    QString languageB;
    /// In how many quarters of the span the tag was given to an answer.
    int quartersWith(const QString &tag) const;
    /// Whether the tag came back: given in two quarters of the span or more.
    bool keepsComingBack(const QString &tag) const { return quartersWith(tag) >= 2; }
};

/// The longest span compared at once (ten years).
inline constexpr int kMaxComparedQuarters = 40;

/// Quarters from..to, both included; refused when to comes before from or the span is longer
/// than kMaxComparedQuarters.
Result<QList<i18n::Quarter>> quarterSpan(const i18n::Quarter &from, const i18n::Quarter &to);

/// Reads the comparison of the retros of quarters from..to.
Result<QuarterComparison> compareQuarters(Workspace &workspace, const i18n::Quarter &from, const i18n::Quarter &to);

/// The quarters of the first and the latest retro of the workspace, or nothing when it has none.
Result<std::optional<std::pair<i18n::Quarter, i18n::Quarter>>> retroQuarterRange(Workspace &workspace);

} // namespace trellis::store
