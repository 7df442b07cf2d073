#pragma once
// Shared helpers for the rhythm tests: schedules from RRULE text, occurrences as ISO dates.

#include "../i18n/i18ntest.h"

#include "rhythm/schedule.h"

#include <QStringList>

namespace trellis::test {

/// An all-day schedule from its first date ("2026-01-29") and RRULE text; fails the test on a bad rule.
inline rhythm::Schedule allDay(const char *firstDate, const char *rrule)
{
    rhythm::Schedule schedule;
    schedule.firstDate = QDate::fromString(QString::fromLatin1(firstDate), Qt::ISODate);
    schedule.rule = valueOf(rhythm::RecurrenceRule::parse(QString::fromLatin1(rrule)));
    return schedule;
}

/// A timed schedule: the same, starting at `time` ("18:00") in the organizer's zone.
inline rhythm::Schedule timed(const char *firstDate, const char *time, const char *zone, const char *rrule)
{
    rhythm::Schedule schedule = allDay(firstDate, rrule);
    schedule.startTime = QTime::fromString(QString::fromLatin1(time), u"HH:mm");
    schedule.timeZone = QString::fromLatin1(zone);
    return schedule;
}

/// The message of a failed Status; fails the test when the status is fine.
inline QString refusalOf(const Status &status)
{
    REQUIRE_FALSE(status.ok());
    return status.error().message;
}

/// The occurrence dates in [from, to] as ISO dates, or the error message when there is none.
inline QStringList datesOf(const rhythm::Schedule &schedule, const char *from, const char *to)
{
    const auto found = schedule.occurrences(QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
                                            QDate::fromString(QString::fromLatin1(to), Qt::ISODate));
    INFO((found.ok() ? std::string() : found.error().message.toStdString()));
    REQUIRE(found.ok());
    QStringList dates;
    for (const rhythm::Occurrence &o : *found)
        dates << o.date.toString(Qt::ISODate);
    return dates;
}

/// The UTC starts of a timed schedule's occurrences in [from, to], as "2026-03-19T17:00Z".
inline QStringList startsOf(const rhythm::Schedule &schedule, const char *from, const char *to)
{
    const auto found = valueOf(schedule.occurrences(QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
                                                    QDate::fromString(QString::fromLatin1(to), Qt::ISODate)));
    QStringList starts;
    for (const rhythm::Occurrence &o : found)
        starts << o.startUtc.toString(u"yyyy-MM-dd'T'HH:mm'Z'");
    return starts;
}

} // namespace trellis::test
