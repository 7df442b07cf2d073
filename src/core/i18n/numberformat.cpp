#include "i18n/numberformat.h"

#include "i18n/currency.h"
#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icustring.h"
#include "util/log.h"

#include <unicode/measunit.h>
#include <unicode/nounit.h>
#include <unicode/numberformatter.h>

namespace trellis::i18n {
namespace {

using icu::number::LocalizedNumberFormatter;
using icu::number::Precision;

// LocalizedNumberFormatter is immutable and thread-safe: one per locale, shared.
IcuCache<LocalizedNumberFormatter> &formatters()
{
    static IcuCache<LocalizedNumberFormatter> cache;
    return cache;
}

Result<std::shared_ptr<const LocalizedNumberFormatter>> baseFormatter(const QString &localeTag)
{
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    const icu::Locale l = *locale;
    auto f = formatters().get(QString::fromLatin1(l.getName()), [l] {
        return std::make_unique<LocalizedNumberFormatter>(icu::number::NumberFormatter::withLocale(l));
    });
    return f;
}

Status checkScale(const ExactAmount &amount)
{
    if (amount.scale < 0 || amount.scale > kMaxAmountScale)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("An amount can have at most %1 decimals").arg(kMaxAmountScale));
    return {};
}

Result<QString> formatWith(const LocalizedNumberFormatter &formatter, const ExactAmount &amount)
{
    TRELLIS_TRY(checkScale(amount));
    const std::string decimal = amount.toDecimalString().toStdString();
    UErrorCode status = U_ZERO_ERROR;
    const icu::number::FormattedNumber formatted = formatter.formatDecimal(icu::StringPiece(decimal), status);
    icu::UnicodeString text = formatted.toString(status);
    if (U_FAILURE(status)) {
        log::get("i18n")->warn("number formatting failed: {}", icuErrorName(status));
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The number cannot be formatted"));
    }
    return fromIcu(text);
}

UNumberUnitWidth icuWidth(UnitWidth width)
{
    switch (width) {
    case UnitWidth::Long: return UNUM_UNIT_WIDTH_FULL_NAME;
    case UnitWidth::Short: return UNUM_UNIT_WIDTH_SHORT;
    case UnitWidth::Narrow: return UNUM_UNIT_WIDTH_NARROW;
    }
    return UNUM_UNIT_WIDTH_FULL_NAME;
}

} // namespace

Result<QString> formatNumber(const ExactAmount &amount, const QString &localeTag)
{
    auto base = baseFormatter(localeTag);
    if (!base)
        return base.error();
    return formatWith((*base)->precision(Precision::unlimited()), amount);
}

Result<QString> formatCurrency(const ExactAmount &amount, const QString &currencyCode, const QString &localeTag)
{
    if (!isCurrencyCode(currencyCode))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(currencyCode));
    auto base = baseFormatter(localeTag);
    if (!base)
        return base.error();
    UErrorCode status = U_ZERO_ERROR;
    const icu::CurrencyUnit unit(reinterpret_cast<const char16_t *>(currencyCode.utf16()), status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(currencyCode));
    const int minor = currencyFractionDigits(currencyCode);
    const int shown = qMax(minor, amount.scale); // extra digits are shown, never rounded away
    return formatWith((*base)->unit(unit).precision(Precision::minMaxFraction(minor, shown)), amount);
}

Result<QString> formatHours(const ExactAmount &amount, const QString &localeTag, UnitWidth width)
{
    auto base = baseFormatter(localeTag);
    if (!base)
        return base.error();
    return formatWith((*base)->unit(icu::MeasureUnit::getHour()).unitWidth(icuWidth(width)).precision(Precision::unlimited()),
               amount);
}

Result<QString> formatPercent(int percent, const QString &localeTag)
{
    auto base = baseFormatter(localeTag);
    if (!base)
        return base.error();
    return formatWith((*base)->unit(icu::NoUnit::percent()).precision(Precision::integer()), ExactAmount{percent, 0});
}

} // namespace trellis::i18n
