#pragma once
// Dates in a locale's own calendar and pattern: Gregorian, Persian, Islamic, Hebrew, Buddhist, Japanese.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace trellis::i18n {

/// How much of the date is spelled out, as CLDR defines the four lengths.
enum class DateStyle { Short, Medium, Long, Full };

/// The date as the locale writes it, in the locale's calendar: 2026-11-26 in "fa-IR" (Persian
/// calendar by default) -> "۵ آذر ۱۴۰۵" (Long); a "-u-ca-" keyword picks another calendar
/// ("he-IL-u-ca-hebrew", "ja-JP-u-ca-japanese"). The date is a calendar day, not an instant:
/// no time zone can move it. Errors: invalid date, a year outside 1..9999, invalid tag.
Result<QString> formatDate(const QDate &date, const QString &localeTag, DateStyle style = DateStyle::Long);

/// A day as counted in one calendar: 2026-11-26 in "fa-IR" -> {"persian", 1405, 9, 5}.
struct CalendarDay {
    QString calendar; ///< ICU/CLDR calendar type: "gregorian", "persian", "hebrew", "islamic-umalqura", ...
    int era = 0;      ///< the era index (Japanese eras, Gregorian BC/AD)
    int year = 0;     ///< year within the era (Hebrew 5787, Buddhist 2569, Reiwa 8)
    int month = 0;    ///< 1-based month as ICU numbers it (Hebrew: Tishri 1 ... Adar I 6, Adar 7, Nisan 8, every year)
    int day = 0;
};
Result<CalendarDay> calendarDay(const QDate &date, const QString &localeTag);

/// The calendar type a locale uses by default or through its -u-ca- keyword ("th-TH" -> "buddhist").
Result<QString> calendarType(const QString &localeTag);

} // namespace trellis::i18n
