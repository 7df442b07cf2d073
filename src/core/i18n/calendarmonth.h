#pragma once
// The month of a locale's own calendar that holds a day: the span a month view shows in fa-IR, th-TH, …

#include "util/result.h"

#include <QDate>
#include <QString>

namespace trellis::i18n {

/// A month as the locale's calendar counts it, with the Gregorian days it spans.
struct CalendarMonth {
    QString calendar; ///< "gregorian", "persian", "buddhist", "islamic-umalqura", …
    int year = 0;     ///< in that calendar (Persian 1405, Buddhist 2569)
    int month = 0;    ///< 1-based, as ICU numbers it
    QDate firstDay;   ///< Gregorian date of the month's first day
    QDate lastDay;    ///< Gregorian date of its last day
    QString label;    ///< month and year as the locale writes them: "۱۴۰۵ آذر", "November 2026"
};

/// The month of localeTag's calendar (its default or the -u-ca- keyword) holding date. The month
/// before is calendarMonthOf(firstDay - 1 day), the one after calendarMonthOf(lastDay + 1 day).
/// Errors: invalid date, a year outside 1..9999, invalid tag.
Result<CalendarMonth> calendarMonthOf(const QDate &date, const QString &localeTag);

} // namespace trellis::i18n
