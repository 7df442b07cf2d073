#pragma once
// When a ritual happens: its first date, all day or at a time in its organizer's zone, and how it repeats.

#include "rhythm/recurrencerule.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace trellis::rhythm {

/// One date a ritual falls on; a timed ritual also has its start as a UTC moment.
struct Occurrence {
    QDate date;         ///< the date in the organizer's zone (or the all-day date)
    QDateTime startUtc; ///< invalid for an all-day ritual
    friend bool operator==(const Occurrence &, const Occurrence &) = default;
};

/// The first occurrence and the rule that repeats it (none: a one-off date).
struct Schedule {
    QDate firstDate;
    std::optional<QTime> startTime;     ///< none: the ritual takes the whole day
    QString timeZone;                   ///< the organizer's IANA zone; required with a start time
    int durationMinutes = 60;           ///< how long a timed ritual lasts; all-day rituals last one day
    std::optional<RecurrenceRule> rule; ///< none: the ritual happens once

    bool isAllDay() const { return !startTime.has_value(); }

    /// Checks that the schedule can be expanded and exported: a valid first date, a known zone for
    /// a timed ritual, an UNTIL of the right kind (a date for all-day, a UTC moment for timed) that
    /// is not before the start, and a first date that is one of the rule's own dates.
    Status validate() const;

    /// The occurrences whose date lies in [from, to], in order. COUNT counts from the first date,
    /// so occurrences before `from` still use up the count. A window longer than 200 years is refused.
    Result<QList<Occurrence>> occurrences(const QDate &from, const QDate &to) const;

    /// The rule ending on lastDay (its last occurrence on or before it), COUNT or UNTIL replaced:
    /// UNTIL is the date for an all-day ritual, and for a timed one the UTC moment that day ends in
    /// the organizer's zone (not the start itself, which some readers compare an hour off across a
    /// daylight-saving change).
    Result<RecurrenceRule> ruleEndingOn(const QDate &lastDay) const;

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace trellis::rhythm
