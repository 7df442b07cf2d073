#pragma once
// A recurrence rule: the subset of RFC 5545 RRULE that an alliance's rituals need.

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::rhythm {

/// How often the rule's period repeats. DAILY and finer are not rituals' rhythms.
enum class Frequency { Weekly, Monthly, Yearly };

/// A BYDAY entry: a weekday (1 = Monday … 7 = Sunday, as QDate::dayOfWeek) and an optional
/// ordinal within the month or year: 1 the first, -1 the last, 0 every such weekday.
struct WeekdayNumber {
    int ordinal = 0;
    int weekday = 1;
    friend bool operator==(const WeekdayNumber &, const WeekdayNumber &) = default;
};

/// A parsed, checked RRULE. Lists keep the order they were written in, without repeats.
struct RecurrenceRule {
    Frequency frequency = Frequency::Monthly;
    int interval = 1;                   ///< every `interval` periods, 1..1000
    QList<WeekdayNumber> byDay;         ///< BYDAY
    QList<int> byMonthDay;              ///< BYMONTHDAY: 1..31 or -31..-1 (from the month's end)
    QList<int> byMonth;                 ///< BYMONTH: 1..12
    int weekStart = 1;                  ///< WKST, 1 = Monday
    std::optional<int> count;           ///< COUNT: how many occurrences, the first date included
    std::optional<QDate> untilDate;     ///< UNTIL as a DATE (all-day rituals), inclusive
    std::optional<QDateTime> untilUtc;  ///< UNTIL as a UTC DATE-TIME (timed rituals), inclusive

    /// Parses RRULE text ("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH", with or without "RRULE:").
    /// Rule parts are case-insensitive; anything outside the subset is refused with a message
    /// that names the part.
    static Result<RecurrenceRule> parse(const QString &text);

    /// The RRULE value in canonical form: FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, WKST,
    /// COUNT or UNTIL, defaults left out. parse(toRrule()) gives the rule back.
    QString toRrule() const;

    /// Checks the rule's own consistency (what parse checks, for rules built in code).
    Status validate() const;

    bool hasEnd() const { return count || untilDate || untilUtc; }

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

/// "MO" … "SU" for 1 … 7.
QString weekdayCode(int weekday);

} // namespace trellis::rhythm
