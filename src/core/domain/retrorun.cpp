#include "domain/retrorun.h"

namespace trellis::domain {

int RetroRun::votesGiven(qint64 voterId) const
{
    int given = 0;
    for (const RetroVote &v : votes) {
        if (v.voterId == voterId)
            given += v.count;
    }
    return given;
}

int RetroRun::votesOn(qint64 answerId, std::optional<qint64> voterId) const
{
    int total = voterId ? 0 : earlierVotes.value(answerId);
    for (const RetroVote &v : votes) {
        if (v.answerId == answerId && (!voterId || v.voterId == *voterId))
            total += v.count;
    }
    return total;
}

QList<qint64> RetroRun::answersOf(qint64 themeId) const
{
    QList<qint64> ids;
    for (const RetroAnswer &a : retro.answers) {
        if (themeOfAnswer.value(a.stamp.id, 0) == themeId)
            ids.append(a.stamp.id);
    }
    return ids;
}

} // namespace trellis::domain
