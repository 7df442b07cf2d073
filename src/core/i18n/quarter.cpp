#include "i18n/quarter.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icudate.h"
#include "i18n/icustring.h"
#include "util/log.h"

#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <QRegularExpression>

namespace trellis::i18n {
namespace {

IcuCache<icu::DateFormat> &quarterFormats()
{
    static IcuCache<icu::DateFormat> cache;
    return cache;
}

std::unique_ptr<icu::DateFormat> makeQuarterFormat(const icu::Locale &gregorian)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(gregorian, status));
    if (U_FAILURE(status))
        return nullptr;
    const icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(u"yQQQ"), status);
    auto format = std::make_unique<icu::SimpleDateFormat>(pattern, gregorian, status);
    if (U_FAILURE(status))
        return nullptr;
    format->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    return format;
}

} // namespace

QString Quarter::toString() const
{
    return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(quarter);
}

QDate Quarter::firstDay() const { return QDate(year, (quarter - 1) * 3 + 1, 1); }

QDate Quarter::lastDay() const { return firstDay().addMonths(3).addDays(-1); }

Result<Quarter> parseQuarter(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch() || match.captured(1).toInt() < 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a quarter (expected a year and quarter such as 2026-Q4)").arg(text));
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

Quarter quarterOf(const QDate &date) { return Quarter{date.year(), (date.month() - 1) / 3 + 1}; }

Result<QString> formatQuarter(const Quarter &quarter, const QString &localeTag)
{
    if (quarter.year < 1 || quarter.year > 9999 || quarter.quarter < 1 || quarter.quarter > 4)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The quarter %1 does not exist").arg(quarter.toString()));
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    icu::Locale gregorian = *locale;
    UErrorCode status = U_ZERO_ERROR;
    gregorian.setKeywordValue("calendar", "gregorian", status);
    auto format = cloneOf(quarterFormats().get(QString::fromLatin1(gregorian.getName()),
                                               [gregorian] { return makeQuarterFormat(gregorian); }));
    if (!format) {
        log::get("i18n")->warn("no quarter format for a locale");
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Quarters cannot be formatted for %1").arg(localeTag));
    }
    icu::UnicodeString text;
    format->format(noonUtc(quarter.firstDay()), text);
    return fromIcu(text);
}

} // namespace trellis::i18n
