#pragma once
// Internal: QDate to ICU UDate, at noon UTC so that no time zone turns it into another day.

#include <QDate>

#include <unicode/utypes.h>

namespace trellis::i18n {

inline UDate noonUtc(const QDate &date)
{
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    constexpr double kDayMs = 86400000.0;
    return double(date.toJulianDay() - kUnixEpochJulianDay) * kDayMs + kDayMs / 2;
}

} // namespace trellis::i18n
