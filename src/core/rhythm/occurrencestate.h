#pragma once
// What the calendar says of each occurrence: done (a record fulfilled it), due, missed or still to come.

#include "rhythm/schedule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::rhythm {

/// Where one occurrence stands on a given day.
enum class OccurrenceState {
    Upcoming, ///< its date is after today
    Due,      ///< its date has come (today, or within the grace days after it) and nothing fulfilled it yet
    Done,     ///< a record fulfilled it
    Missed,   ///< the grace days passed and nothing fulfilled it
};

/// A record that fulfilled an occurrence: the retro held, the rehearsal staged, the hand-over made.
struct Fulfilment {
    QDate occurrenceDate; ///< the occurrence it fulfilled
    QString recordKind;   ///< "retro", "rehearsal", "fire-drill", "custodian-term", …
    qint64 recordId = 0;
    friend bool operator==(const Fulfilment &, const Fulfilment &) = default;
};

/// One occurrence, its state, and the record that fulfilled it when there is one.
struct OccurrenceStatus {
    Occurrence occurrence;
    OccurrenceState state = OccurrenceState::Upcoming;
    std::optional<Fulfilment> fulfilment;
};

/// The state of each occurrence on `today`. A retro is often written up days after it was held, so
/// an occurrence stays Due for `graceDays` after its date before it counts as Missed.
QList<OccurrenceStatus> occurrenceStates(const QList<Occurrence> &occurrences, const QList<Fulfilment> &fulfilments,
                                         const QDate &today, int graceDays);

/// Fulfilments whose date is not an occurrence of the schedule (for `trellis-cli check`: a rule
/// changed after the record was linked). Only dates up to `until` are judged.
Result<QList<Fulfilment>> strayFulfilments(const Schedule &schedule, const QList<Fulfilment> &fulfilments, const QDate &until);

} // namespace trellis::rhythm
