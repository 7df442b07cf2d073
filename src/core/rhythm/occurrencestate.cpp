#include "rhythm/occurrencestate.h"

#include <algorithm>

namespace trellis::rhythm {

QList<OccurrenceStatus> occurrenceStates(const QList<Occurrence> &occurrences, const QList<Fulfilment> &fulfilments,
                                         const QDate &today, int graceDays)
{
    QList<OccurrenceStatus> states;
    states.reserve(occurrences.size());
    for (const Occurrence &occurrence : occurrences) {
        OccurrenceStatus status{occurrence, OccurrenceState::Upcoming, std::nullopt};
        const auto fulfilled = std::find_if(fulfilments.begin(), fulfilments.end(),
                                            [&](const Fulfilment &f) { return f.occurrenceDate == occurrence.date; });
        if (fulfilled != fulfilments.end()) {
            status.state = OccurrenceState::Done;
            status.fulfilment = *fulfilled;
        } else if (occurrence.date > today) {
            status.state = OccurrenceState::Upcoming;
        } else if (occurrence.date.daysTo(today) <= std::max(0, graceDays)) {
            status.state = OccurrenceState::Due;
        } else {
            status.state = OccurrenceState::Missed;
        }
        states.append(status);
    }
    return states;
}

Result<QList<Fulfilment>> strayFulfilments(const Schedule &schedule, const QList<Fulfilment> &fulfilments, const QDate &until)
{
    QList<Fulfilment> stray;
    QList<Fulfilment> toJudge;
    for (const Fulfilment &f : fulfilments) {
        if (!f.occurrenceDate.isValid() || f.occurrenceDate < schedule.firstDate)
            stray.append(f);
        else if (f.occurrenceDate <= until)
            toJudge.append(f);
    }
    if (toJudge.isEmpty())
        return stray;
    const QDate last = std::max_element(toJudge.begin(), toJudge.end(), [](const Fulfilment &a, const Fulfilment &b) {
                           return a.occurrenceDate < b.occurrenceDate;
                       })->occurrenceDate;
    auto occurrences = schedule.occurrences(schedule.firstDate, last);
    TRELLIS_TRY(occurrences);
    for (const Fulfilment &f : toJudge)
        if (std::none_of(occurrences->begin(), occurrences->end(), [&](const Occurrence &o) { return o.date == f.occurrenceDate; }))
            stray.append(f);
    return stray;
}

} // namespace trellis::rhythm
