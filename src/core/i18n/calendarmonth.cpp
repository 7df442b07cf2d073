#include "i18n/calendarmonth.h"

#include "i18n/icudate.h"
#include "i18n/iculocale.h"
#include "i18n/icustring.h"

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

namespace trellis::i18n {
namespace {

QDate dateOf(UDate moment)
{
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    return QDate::fromJulianDay(qint64(std::floor(moment / 86400000.0)) + kUnixEpochJulianDay);
}

Result<QString> monthLabel(const icu::Locale &locale, UDate moment)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(locale, status));
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No month names for %1").arg(QString::fromLatin1(locale.getName())));
    const icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(u"yMMMM"), status);
    icu::SimpleDateFormat format(pattern, locale, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No month names for %1").arg(QString::fromLatin1(locale.getName())));
    format.adoptTimeZone(icu::TimeZone::getGMT()->clone());
    icu::UnicodeString label;
    format.format(moment, label);
    return fromIcu(label);
}

} // namespace

Result<CalendarMonth> calendarMonthOf(const QDate &date, const QString &localeTag)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Dates must lie between the years 1 and 9999"));
    auto locale = icuLocaleFor(localeTag);
    TRELLIS_TRY(locale);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), *locale, status));
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No calendar for %1").arg(localeTag));
    calendar->setTime(noonUtc(date), status);
    CalendarMonth month;
    month.calendar = QString::fromLatin1(calendar->getType());
    month.year = calendar->get(UCAL_YEAR, status);
    month.month = calendar->get(UCAL_MONTH, status) + 1;
    const int today = calendar->get(UCAL_DATE, status);
    const int length = calendar->getActualMaximum(UCAL_DATE, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The date is outside the %1 calendar").arg(month.calendar));
    month.firstDay = date.addDays(1 - today);
    month.lastDay = month.firstDay.addDays(length - 1);
    calendar->set(UCAL_DATE, 1);
    const UDate first = calendar->getTime(status);
    if (U_FAILURE(status) || dateOf(first) != month.firstDay)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The %1 calendar could not place the month's first day").arg(month.calendar));
    auto label = monthLabel(*locale, first);
    TRELLIS_TRY(label);
    month.label = *label;
    return month;
}

} // namespace trellis::i18n
