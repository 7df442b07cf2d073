#include "i18n/dateformat.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icudate.h"
#include "i18n/icustring.h"
#include "util/log.h"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/timezone.h>

namespace trellis::i18n {
namespace {

icu::DateFormat::EStyle icuStyle(DateStyle style)
{
    switch (style) {
    case DateStyle::Short: return icu::DateFormat::kShort;
    case DateStyle::Medium: return icu::DateFormat::kMedium;
    case DateStyle::Long: return icu::DateFormat::kLong;
    case DateStyle::Full: return icu::DateFormat::kFull;
    }
    return icu::DateFormat::kLong;
}

// DateFormat is not thread-safe: the cache keeps a prototype and each call formats with a clone.
IcuCache<icu::DateFormat> &dateFormats()
{
    static IcuCache<icu::DateFormat> cache;
    return cache;
}

Status checkDate(const QDate &date)
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The date is not a valid calendar day"));
    if (date.year() < 1 || date.year() > 9999) // beyond that, calendars disagree and ICU's range ends
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Dates must lie between the years 1 and 9999"));
    return {};
}

std::unique_ptr<icu::Calendar> utcCalendar(const icu::Locale &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
    return U_SUCCESS(status) ? std::move(calendar) : nullptr;
}

} // namespace

Result<QString> formatDate(const QDate &date, const QString &localeTag, DateStyle style)
{
    TRELLIS_TRY(checkDate(date));
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    const icu::Locale l = *locale;
    const QString key = QString::fromLatin1(l.getName()) + u'/' + QString::number(int(style));
    auto format = cloneOf(dateFormats().get(key, [l, style] {
        std::unique_ptr<icu::DateFormat> f(icu::DateFormat::createDateInstance(icuStyle(style), l));
        if (f)
            f->adoptTimeZone(icu::TimeZone::getGMT()->clone());
        return f;
    }));
    if (!format) {
        log::get("i18n")->warn("no date format for a locale");
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Dates cannot be formatted for %1").arg(localeTag));
    }
    icu::UnicodeString text;
    format->format(noonUtc(date), text);
    return fromIcu(text);
}

Result<CalendarDay> calendarDay(const QDate &date, const QString &localeTag)
{
    TRELLIS_TRY(checkDate(date));
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    auto calendar = utcCalendar(*locale);
    if (!calendar)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No calendar for %1").arg(localeTag));
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(noonUtc(date), status);
    CalendarDay day;
    day.calendar = QString::fromLatin1(calendar->getType());
    day.era = calendar->get(UCAL_ERA, status);
    day.year = calendar->get(UCAL_YEAR, status);
    day.month = calendar->get(UCAL_MONTH, status) + 1;
    day.day = calendar->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The date is outside the %1 calendar").arg(day.calendar));
    return day;
}

Result<QString> calendarType(const QString &localeTag)
{
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    auto calendar = utcCalendar(*locale);
    if (!calendar)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No calendar for %1").arg(localeTag));
    return QString::fromLatin1(calendar->getType());
}

} // namespace trellis::i18n
