#include "rhythm/schedule.h"

#include "rhythm/recurrenceperiod.h"
#include "rhythm/zonedtime.h"

namespace trellis::rhythm {
namespace {

constexpr qint64 kMaxWindowDays = 200 * 366;
constexpr int kLastYear = 9999;
constexpr int kMaxDurationMinutes = 14 * 24 * 60;

Error invalidSchedule(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }

} // namespace

Status Schedule::validate() const
{
    if (!firstDate.isValid() || firstDate.year() < 1 || firstDate.year() > kLastYear)
        return invalidSchedule(QStringLiteral("A ritual needs a first date"));
    if (startTime) {
        if (!startTime->isValid())
            return invalidSchedule(QStringLiteral("The ritual's start time is not a time of day"));
        if (timeZone.isEmpty())
            return invalidSchedule(QStringLiteral("A ritual at a set time needs its organizer's time zone, so that every partner meets at the same moment"));
        if (!isKnownTimeZone(timeZone))
            return invalidSchedule(QStringLiteral("\"%1\" is not a time zone Trellis knows; use a name such as Europe/Madrid or Asia/Tehran").arg(timeZone));
        if (durationMinutes < 1 || durationMinutes > kMaxDurationMinutes)
            return invalidSchedule(QStringLiteral("A ritual lasts from 1 minute to 14 days, not %1 minutes").arg(durationMinutes));
    }
    if (!rule)
        return {};
    TRELLIS_TRY(rule->validate());
    if (isAllDay() && rule->untilUtc)
        return invalidSchedule(QStringLiteral("An all-day ritual's rule ends on a date (such as UNTIL=%1), not at a time of day")
                           .arg(rule->untilUtc->date().toString(u"yyyyMMdd")));
    if (!isAllDay() && rule->untilDate)
        return invalidSchedule(QStringLiteral("A ritual at a set time ends at a UTC moment (such as UNTIL=%1T235959Z), not on a bare date")
                           .arg(rule->untilDate->toString(u"yyyyMMdd")));
    if (rule->untilDate && *rule->untilDate < firstDate)
        return invalidSchedule(QStringLiteral("The rule ends (%1) before the ritual's first date (%2)").arg(isoDate(*rule->untilDate), isoDate(firstDate)));
    if (rule->untilUtc) {
        auto firstStart = toUtc(firstDate, *startTime, timeZone);
        TRELLIS_TRY(firstStart);
        if (*rule->untilUtc < *firstStart)
            return invalidSchedule(QStringLiteral("The rule ends (%1 UTC) before the ritual first starts (%2 UTC)")
                               .arg(rule->untilUtc->toString(u"yyyy-MM-dd HH:mm"), firstStart->toString(u"yyyy-MM-dd HH:mm")));
    }
    if (!recurrencePeriod(*rule, firstDate, 0).dates.contains(firstDate))
        return invalidSchedule(QStringLiteral("The first date %1 is not one of the dates the rule %2 gives; choose a first date the rule "
                                      "falls on, so that calendars agree on every occurrence")
                           .arg(isoDate(firstDate), rule->toRrule()));
    return {};
}

Result<QList<Occurrence>> Schedule::occurrences(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalidSchedule(QStringLiteral("The calendar window needs a start date on or before its end date"));
    if (from.daysTo(to) > kMaxWindowDays)
        return invalidSchedule(QStringLiteral("The calendar window may span at most 200 years"));
    TRELLIS_TRY(validate());

    QList<Occurrence> found;
    auto occurrenceOn = [this](const QDate &date) -> Result<Occurrence> {
        if (isAllDay())
            return Occurrence{date, {}};
        auto start = toUtc(date, *startTime, timeZone);
        TRELLIS_TRY(start);
        return Occurrence{date, *start};
    };

    if (!rule) {
        if (firstDate >= from && firstDate <= to) {
            auto one = occurrenceOn(firstDate);
            TRELLIS_TRY(one);
            found.append(*one);
        }
        return found;
    }

    int counted = 0;
    for (qint64 step = 0;; step += rule->interval) {
        const RecurrencePeriod period = recurrencePeriod(*rule, firstDate, step);
        if (!period.start.isValid() || period.start > to || period.start.year() > kLastYear)
            return found;
        if (rule->untilDate && period.start > *rule->untilDate)
            return found;
        for (const QDate &date : period.dates) {
            if (date < firstDate)
                continue;
            if (date > to || (rule->untilDate && date > *rule->untilDate))
                return found;
            auto occurrence = occurrenceOn(date);
            TRELLIS_TRY(occurrence);
            if (rule->untilUtc && occurrence->startUtc > *rule->untilUtc)
                return found;
            if (rule->count && ++counted > *rule->count)
                return found;
            if (date >= from)
                found.append(*occurrence);
        }
    }
}

Result<RecurrenceRule> Schedule::ruleEndingOn(const QDate &lastDay) const
{
    if (!rule)
        return invalidSchedule(QStringLiteral("A ritual that happens once has no end date to set"));
    if (!lastDay.isValid() || lastDay < firstDate)
        return invalidSchedule(QStringLiteral("The last day must be on or after the ritual's first date (%1)").arg(isoDate(firstDate)));
    RecurrenceRule ended = *rule;
    ended.count.reset();
    ended.untilDate.reset();
    ended.untilUtc.reset();
    if (isAllDay()) {
        ended.untilDate = lastDay;
        return ended;
    }
    auto until = toUtc(lastDay, QTime(23, 59, 59), timeZone);
    TRELLIS_TRY(until);
    ended.untilUtc = *until;
    return ended;
}

} // namespace trellis::rhythm
