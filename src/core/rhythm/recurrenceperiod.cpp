#include "rhythm/recurrenceperiod.h"

#include <algorithm>

namespace trellis::rhythm {
namespace {

/// Every date in [first, last] on the weekday; with an ordinal only the n-th (from the end when negative).
QList<QDate> weekdaysIn(const QDate &first, const QDate &last, const WeekdayNumber &day)
{
    QList<QDate> all;
    for (QDate d = first.addDays((day.weekday - first.dayOfWeek() + 7) % 7); d <= last; d = d.addDays(7))
        all.append(d);
    if (day.ordinal == 0)
        return all;
    const qsizetype index = day.ordinal > 0 ? day.ordinal - 1 : all.size() + day.ordinal;
    if (index < 0 || index >= all.size())
        return {};
    return {all[index]};
}

QList<QDate> byDayIn(const RecurrenceRule &rule, const QDate &first, const QDate &last)
{
    QList<QDate> dates;
    for (const WeekdayNumber &day : rule.byDay)
        dates += weekdaysIn(first, last, day);
    return dates;
}

QList<QDate> byMonthDayIn(const RecurrenceRule &rule, int year, int month)
{
    const int length = QDate(year, month, 1).daysInMonth();
    QList<QDate> dates;
    for (int d : rule.byMonthDay) {
        const int day = d > 0 ? d : length + d + 1;
        if (day >= 1 && day <= length)
            dates.append(QDate(year, month, day));
    }
    return dates;
}

QList<QDate> intersect(const QList<QDate> &a, const QList<QDate> &b)
{
    QList<QDate> both;
    for (const QDate &d : a)
        if (b.contains(d))
            both.append(d);
    return both;
}

/// The dates of one month as a MONTHLY rule (or a YEARLY rule with BYMONTH) gives them.
QList<QDate> datesInMonth(const RecurrenceRule &rule, const QDate &firstDate, int year, int month)
{
    if (!rule.byMonth.isEmpty() && !rule.byMonth.contains(month))
        return {};
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    if (!rule.byMonthDay.isEmpty() && !rule.byDay.isEmpty())
        return intersect(byMonthDayIn(rule, year, month), byDayIn(rule, first, last));
    if (!rule.byMonthDay.isEmpty())
        return byMonthDayIn(rule, year, month);
    if (!rule.byDay.isEmpty())
        return byDayIn(rule, first, last);
    const QDate same(year, month, firstDate.day());
    return same.isValid() ? QList<QDate>{same} : QList<QDate>{};
}

QList<QDate> datesInYear(const RecurrenceRule &rule, const QDate &firstDate, int year)
{
    QList<QDate> dates;
    if (!rule.byMonth.isEmpty()) {
        for (int month : rule.byMonth)
            dates += datesInMonth(rule, firstDate, year, month);
        return dates;
    }
    if (!rule.byDay.isEmpty()) {
        dates = byDayIn(rule, QDate(year, 1, 1), QDate(year, 12, 31));
        if (rule.byMonthDay.isEmpty())
            return dates;
        QList<QDate> monthDays;
        for (int month = 1; month <= 12; ++month)
            monthDays += byMonthDayIn(rule, year, month);
        return intersect(dates, monthDays);
    }
    if (!rule.byMonthDay.isEmpty()) {
        for (int month = 1; month <= 12; ++month)
            dates += byMonthDayIn(rule, year, month);
        return dates;
    }
    const QDate same(year, firstDate.month(), firstDate.day());
    return same.isValid() ? QList<QDate>{same} : QList<QDate>{};
}

} // namespace

RecurrencePeriod recurrencePeriod(const RecurrenceRule &rule, const QDate &firstDate, qint64 step)
{
    RecurrencePeriod period;
    switch (rule.frequency) {
    case Frequency::Weekly: {
        const QDate weekOfFirst = firstDate.addDays(-((firstDate.dayOfWeek() - rule.weekStart + 7) % 7));
        period.start = weekOfFirst.addDays(7 * step);
        const QList<WeekdayNumber> days = rule.byDay.isEmpty() ? QList<WeekdayNumber>{{0, firstDate.dayOfWeek()}} : rule.byDay;
        for (const WeekdayNumber &day : days) {
            const QDate d = period.start.addDays((day.weekday - period.start.dayOfWeek() + 7) % 7);
            if (rule.byMonth.isEmpty() || rule.byMonth.contains(d.month()))
                period.dates.append(d);
        }
        break;
    }
    case Frequency::Monthly: {
        const qint64 index = qint64(firstDate.year()) * 12 + firstDate.month() - 1 + step;
        period.start = QDate(int(index / 12), int(index % 12) + 1, 1);
        period.dates = datesInMonth(rule, firstDate, period.start.year(), period.start.month());
        break;
    }
    case Frequency::Yearly:
        period.start = QDate(int(firstDate.year() + step), 1, 1);
        period.dates = datesInYear(rule, firstDate, period.start.year());
        break;
    }
    std::sort(period.dates.begin(), period.dates.end());
    period.dates.erase(std::unique(period.dates.begin(), period.dates.end()), period.dates.end());
    return period;
}

} // namespace trellis::rhythm
