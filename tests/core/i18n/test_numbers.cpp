// Exact numbers, currencies and hours in each locale's digits and separators (ICU 72, CLDR 42).
#include "i18ntest.h"

#include "i18n/currency.h"
#include "i18n/numberformat.h"

#include <limits>

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::errorOf;
using trellis::test::valueOf;

namespace {
QString number(qint64 units, int scale, const char *tag)
{
    return valueOf(formatNumber(ExactAmount{units, scale}, QString::fromLatin1(tag)));
}
QString money(qint64 units, int scale, const char *currency, const char *tag)
{
    return valueOf(formatCurrency(ExactAmount{units, scale}, QString::fromLatin1(currency), QString::fromLatin1(tag)));
}
QString hours(qint64 units, int scale, const char *tag, UnitWidth width = UnitWidth::Long)
{
    return valueOf(formatHours(ExactAmount{units, scale}, QString::fromLatin1(tag), width));
}
} // namespace

TEST_CASE("Exact amounts print as plain decimals", "[i18n][numbers]")
{
    CHECK(ExactAmount{123450, 2}.toDecimalString() == QStringLiteral("1234.50"));
    CHECK(ExactAmount{-5, 2}.toDecimalString() == QStringLiteral("-0.05"));
    CHECK(ExactAmount{12, 0}.toDecimalString() == QStringLiteral("12"));
    CHECK(ExactAmount{0, 3}.toDecimalString() == QStringLiteral("0.000"));
    CHECK(ExactAmount{std::numeric_limits<qint64>::min(), 0}.toDecimalString() == QStringLiteral("-9223372036854775808"));
    CHECK(ExactAmount{std::numeric_limits<qint64>::min(), 18}.toDecimalString() == QStringLiteral("-9.223372036854775808"));
}

TEST_CASE("Numbers use each locale's separators and digits", "[i18n][numbers]")
{
    CHECK(number(123456725, 2, "en") == QStringLiteral("1,234,567.25"));
    CHECK(number(123456725, 2, "es") == QStringLiteral("1.234.567,25"));
    CHECK(number(123456725, 2, "fr") == QStringLiteral("1\u202F234\u202F567,25"));
    CHECK(number(123456725, 2, "pt-BR") == QStringLiteral("1.234.567,25"));
    CHECK(number(123456725, 2, "de-DE") == QStringLiteral("1.234.567,25"));
    CHECK(number(123456725, 2, "ru") == QStringLiteral("1\u00A0234\u00A0567,25"));
    CHECK(number(123456725, 2, "hi") == QStringLiteral("12,34,567.25"));
    CHECK(number(123456725, 2, "zh-Hans") == QStringLiteral("1,234,567.25"));
    CHECK(number(123456725, 2, "ja") == QStringLiteral("1,234,567.25"));
    CHECK(number(123456725, 2, "th") == QStringLiteral("1,234,567.25"));
    CHECK(number(123456725, 2, "sw") == QStringLiteral("1,234,567.25"));
    CHECK(number(123456725, 2, "he") == QStringLiteral("1,234,567.25"));
    // Persian digits with Arabic separators: ۱٬۲۳۴٬۵۶۷٫۲۵
    CHECK(number(123456725, 2, "fa") == QStringLiteral("\u06F1\u066C\u06F2\u06F3\u06F4\u066C\u06F5\u06F6\u06F7\u066B\u06F2\u06F5"));
}

TEST_CASE("Arabic numbers use Arabic-Indic digits in ar-EG and Latin digits in ar-MA", "[i18n][numbers]")
{
    // ١٬٢٣٤٬٥٦٧٫٢٥
    CHECK(number(123456725, 2, "ar-EG") == QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066C\u0665\u0666\u0667\u066B\u0662\u0665"));
    CHECK(number(123456725, 2, "ar") == QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066C\u0665\u0666\u0667\u066B\u0662\u0665"));
    CHECK(number(123456725, 2, "ar-MA") == QStringLiteral("1.234.567,25"));
    CHECK(number(123456725, 2, "ar-EG-u-nu-latn") == QStringLiteral("1,234,567.25"));
}

TEST_CASE("Negative numbers carry the locale's sign and direction marks", "[i18n][numbers]")
{
    CHECK(number(-5, 1, "en") == QStringLiteral("-0.5"));
    CHECK(number(-5, 1, "ar") == QStringLiteral("\u061C-\u0660\u066B\u0665"));
    CHECK(number(-5, 1, "ar-MA") == QStringLiteral("\u200E-0,5"));
    CHECK(number(-5, 1, "fa") == QStringLiteral("\u200E\u2212\u06F0\u066B\u06F5"));
    CHECK(number(-5, 1, "he") == QStringLiteral("\u200E-0.5"));
}

TEST_CASE("Every digit of an exact amount is kept", "[i18n][numbers]")
{
    CHECK(number(std::numeric_limits<qint64>::max(), 0, "en") == QStringLiteral("9,223,372,036,854,775,807"));
    CHECK(number(1, 18, "en") == QStringLiteral("0.000000000000000001"));
    CHECK(number(123450, 2, "en") == QStringLiteral("1,234.5"));
    CHECK(number(0, 0, "en") == QStringLiteral("0"));
}

TEST_CASE("EUR 1234.50 in de-DE and fr-FR", "[i18n][numbers][currency]")
{
    CHECK(money(123450, 2, "EUR", "de-DE") == QStringLiteral("1.234,50\u00A0\u20AC"));
    CHECK(money(123450, 2, "EUR", "fr-FR") == QStringLiteral("1\u202F234,50\u00A0\u20AC"));
    CHECK(money(123450, 2, "EUR", "en") == QStringLiteral("\u20AC1,234.50"));
    CHECK(money(123450, 2, "EUR", "es") == QStringLiteral("1234,50\u00A0\u20AC"));
    CHECK(money(123450, 2, "EUR", "pt-BR") == QStringLiteral("\u20AC\u00A01.234,50"));
    CHECK(money(123450, 2, "EUR", "ar-EG") == QStringLiteral("\u200F\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0660\u00A0\u20AC"));
    CHECK(money(123450, 2, "EUR", "ar-MA") == QStringLiteral("\u200F1.234,50\u00A0\u20AC"));
    CHECK(money(123450, 2, "EUR", "sw") == QStringLiteral("\u20AC\u00A01,234.50"));
    // Whole euros still show their cents.
    CHECK(money(1234, 0, "EUR", "de-DE") == QStringLiteral("1.234,00\u00A0\u20AC"));
}

TEST_CASE("JPY has no minor unit", "[i18n][numbers][currency]")
{
    CHECK(currencyFractionDigits(QStringLiteral("JPY")) == 0);
    CHECK(currencyFractionDigits(QStringLiteral("EUR")) == 2);
    CHECK(currencyFractionDigits(QStringLiteral("KWD")) == 3);
    CHECK(money(1234, 0, "JPY", "en") == QStringLiteral("\u00A51,234"));
    CHECK(money(1234, 0, "JPY", "ja") == QStringLiteral("\uFFE51,234"));
    CHECK(money(1234, 0, "JPY", "de-DE") == QStringLiteral("1.234\u00A0\u00A5"));
    CHECK(money(1234, 0, "JPY", "fr-FR") == QStringLiteral("1\u202F234\u00A0JPY"));
}

TEST_CASE("Digits beyond the currency's minor unit are shown, never rounded away", "[i18n][numbers][currency]")
{
    CHECK(money(1234505, 3, "EUR", "de-DE") == QStringLiteral("1.234,505\u00A0\u20AC"));
    CHECK(money(123450, 2, "JPY", "en") == QStringLiteral("\u00A51,234.5"));
}

TEST_CASE("Unknown currencies and bad amounts are errors", "[i18n][numbers][currency]")
{
    const ExactAmount amount{100, 2};
    CHECK(errorOf(formatCurrency(amount, QStringLiteral("XYZ"), QStringLiteral("en"))) == QStringLiteral("\"XYZ\" is not an ISO 4217 currency code"));
    CHECK_FALSE(formatCurrency(amount, QStringLiteral("eur"), QStringLiteral("en")).ok());
    CHECK_FALSE(formatCurrency(amount, QString(), QStringLiteral("en")).ok());
    CHECK_FALSE(formatCurrency(amount, QStringLiteral("EURO"), QStringLiteral("en")).ok());
    CHECK_FALSE(formatCurrency(amount, QStringLiteral("EUR"), QStringLiteral("en-ZZ")).ok());
    CHECK_FALSE(formatNumber(ExactAmount{1, 19}, QStringLiteral("en")).ok());
    CHECK_FALSE(formatNumber(ExactAmount{1, -1}, QStringLiteral("en")).ok());
    CHECK_FALSE(formatNumber(amount, QStringLiteral("xx")).ok());
    CHECK_FALSE(isCurrencyCode(QStringLiteral("ZZZ")));
    CHECK(isCurrencyCode(QStringLiteral("IRR")));
}

TEST_CASE("Hours are a plural-aware measure unit", "[i18n][numbers][hours]")
{
    CHECK(hours(3, 0, "en") == QStringLiteral("3 hours"));
    CHECK(hours(1, 0, "en") == QStringLiteral("1 hour"));
    CHECK(hours(15, 1, "en") == QStringLiteral("1.5 hours"));
    CHECK(hours(1, 0, "en", UnitWidth::Short) == QStringLiteral("1 hr"));
    CHECK(hours(3, 0, "es") == QStringLiteral("3 horas"));
    CHECK(hours(3, 0, "fr") == QStringLiteral("3\u00A0heures"));
    CHECK(hours(15, 1, "fr") == QStringLiteral("1,5\u00A0heure"));
    CHECK(hours(15, 1, "pt-BR") == QStringLiteral("1,5 hora"));
    CHECK(hours(3, 0, "ru") == QStringLiteral("3 часа"));
    CHECK(hours(3, 0, "de-DE") == QStringLiteral("3 Stunden"));
    CHECK(hours(3, 0, "zh-Hans") == QStringLiteral("3小时"));
    CHECK(hours(3, 0, "ja") == QStringLiteral("3 時間"));
    CHECK(hours(3, 0, "th") == QStringLiteral("3 ชั่วโมง"));
    CHECK(hours(3, 0, "sw") == QStringLiteral("saa 3"));
    CHECK(hours(3, 0, "hi") == QStringLiteral("3 \u0918\u0902\u091F\u0947"));           // 3 घंटे
    CHECK(hours(3, 0, "he") == QStringLiteral("3 \u05E9\u05E2\u05D5\u05EA"));           // 3 שעות
    CHECK(hours(3, 0, "ar") == QStringLiteral("\u0663 \u0633\u0627\u0639\u0627\u062A")); // ٣ ساعات
    CHECK(hours(3, 0, "fa") == QStringLiteral("\u06F3 \u0633\u0627\u0639\u062A"));       // ۳ ساعت
    CHECK_FALSE(formatHours(ExactAmount{3, 0}, QStringLiteral("klingon")).ok());
}

TEST_CASE("Percentages take the locale's digits, sign and spacing", "[i18n][numbers][percent]")
{
    CHECK(valueOf(formatPercent(60, QStringLiteral("en"))) == QStringLiteral("60%"));
    CHECK(valueOf(formatPercent(60, QStringLiteral("fr"))) == QStringLiteral("60\u00A0%"));
    CHECK(valueOf(formatPercent(100, QStringLiteral("ar"))) == QStringLiteral("\u0661\u0660\u0660\u066A\u061C"));
    CHECK(valueOf(formatPercent(0, QStringLiteral("fa"))) == QStringLiteral("\u06F0\u066A"));
    CHECK_FALSE(formatPercent(5, QStringLiteral("xx")).ok());
}
