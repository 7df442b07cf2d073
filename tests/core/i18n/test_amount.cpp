// Parsing user-entered amounts into exact units, with an explicit decimal separator (imports).
#include "i18ntest.h"

#include "i18n/amount.h"

#include <limits>

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::errorOf;
using trellis::test::valueOf;

namespace {
ExactAmount parsed(const QString &text, DecimalSeparator separator, int scale = 2)
{
    return valueOf(parseAmount(text, separator, scale));
}
constexpr auto Point = DecimalSeparator::Point;
constexpr auto Comma = DecimalSeparator::Comma;
} // namespace

TEST_CASE("Amounts parse with the chosen decimal separator", "[i18n][amount]")
{
    CHECK(parsed(QStringLiteral("1.234,50"), Comma) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("1,234.50"), Point) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("1234"), Point) == ExactAmount{123400, 2});
    CHECK(parsed(QStringLiteral("1.234"), Comma) == ExactAmount{123400, 2});
    CHECK(parsed(QStringLiteral("0,5"), Comma) == ExactAmount{50, 2});
    CHECK(parsed(QStringLiteral(".5"), Point) == ExactAmount{50, 2});
    CHECK(parsed(QStringLiteral("12."), Point) == ExactAmount{1200, 2});
    CHECK(parsed(QStringLiteral("  42  "), Point, 0) == ExactAmount{42, 0});
    CHECK(parsed(QStringLiteral("1234.505"), Point, 3) == ExactAmount{1234505, 3});
}

TEST_CASE("Signs and grouping characters are understood", "[i18n][amount]")
{
    CHECK(parsed(QStringLiteral("-12.5"), Point) == ExactAmount{-1250, 2});
    CHECK(parsed(QStringLiteral("+0.05"), Point) == ExactAmount{5, 2});
    CHECK(parsed(QStringLiteral("\u22123"), Point) == ExactAmount{-300, 2});
    CHECK(parsed(QStringLiteral("1 234,50"), Comma) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("1\u202F234,50"), Comma) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("1\u00A0234,50"), Comma) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("1'234.50"), Point) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("12,34,567.25"), Point) == ExactAmount{123456725, 2}); // Indian grouping
}

TEST_CASE("Digits of other scripts are read", "[i18n][amount]")
{
    // ١٬٢٣٤٫٥٠ (Arabic-Indic with Arabic separators) and ۱۲۳۴٫۵ (Persian)
    CHECK(parsed(QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0660"), Point) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("\u06F1\u06F2\u06F3\u06F4\u066B\u06F5"), Comma) == ExactAmount{123450, 2});
    CHECK(parsed(QStringLiteral("\u0967\u0968\u0969"), Point, 0) == ExactAmount{123, 0}); // Devanagari १२३
}

TEST_CASE("The wrong separator choice is caught, not guessed", "[i18n][amount]")
{
    CHECK(errorOf(parseAmount(QStringLiteral("1.234,50"), Point, 2))
          == QStringLiteral("\"1.234,50\" is not an amount: ',' appears after the decimal separator; check the separator choice"));
    CHECK(errorOf(parseAmount(QStringLiteral("1,234.50"), Comma, 2))
          == QStringLiteral("\"1,234.50\" is not an amount: '.' appears after the decimal separator; check the separator choice"));
    CHECK(errorOf(parseAmount(QStringLiteral("12.345"), Point, 2)) == QStringLiteral("\"12.345\" is not an amount: it has more than 2 decimals"));
    CHECK(errorOf(parseAmount(QStringLiteral("12.5"), Point, 0)) == QStringLiteral("\"12.5\" is not an amount: it has more than 0 decimals"));
}

TEST_CASE("Garbage is rejected with a reason", "[i18n][amount]")
{
    CHECK(errorOf(parseAmount(QString(), Point, 2)) == QStringLiteral("The amount is empty"));
    CHECK(errorOf(parseAmount(QStringLiteral("   "), Point, 2)) == QStringLiteral("The amount is empty"));
    CHECK(errorOf(parseAmount(QStringLiteral("abc"), Point, 2)) == QStringLiteral("\"abc\" is not an amount: 'a' is not allowed here"));
    CHECK(errorOf(parseAmount(QStringLiteral("-"), Point, 2)) == QStringLiteral("\"-\" is not an amount: it has no digits"));
    CHECK(errorOf(parseAmount(QStringLiteral("1..2"), Point, 2)) == QStringLiteral("\"1..2\" is not an amount: it has two decimal separators"));
    for (const char *bad : {"1e5", "--1", "1,,000", "1,000,", ",", "12 €", "$12", "1-2", "0x10", "1 .5", "NaN", "inf"}) {
        INFO(bad);
        CHECK_FALSE(parseAmount(QString::fromLatin1(bad), Point, 2).ok());
    }
    CHECK_FALSE(parseAmount(QStringLiteral("1") + trellis::test::loneSurrogate(), Point, 2).ok());
    CHECK_FALSE(parseAmount(QStringLiteral("1"), Point, 19).ok());
    CHECK_FALSE(parseAmount(QStringLiteral("1"), Point, -1).ok());
}

TEST_CASE("Amounts beyond 64 bits overflow with an error", "[i18n][amount]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    CHECK(parsed(QStringLiteral("9223372036854775807"), Point, 0) == ExactAmount{max, 0});
    CHECK(parsed(QStringLiteral("-9223372036854775808"), Point, 0) == ExactAmount{min, 0});
    CHECK(parsed(QStringLiteral("92,233,720,368,547,758.07"), Point, 2) == ExactAmount{max, 2});
    CHECK(errorOf(parseAmount(QStringLiteral("9223372036854775808"), Point, 0))
          == QStringLiteral("\"9223372036854775808\" is not an amount: it is too large"));
    CHECK_FALSE(parseAmount(QStringLiteral("92233720368547758.08"), Point, 2).ok());
    CHECK_FALSE(parseAmount(QStringLiteral("100000000000000000"), Point, 2).ok()); // 10^19 minor units
    CHECK_FALSE(parseAmount(QStringLiteral("99999999999999999999999999"), Point, 0).ok());
    CHECK_FALSE(parseAmount(QStringLiteral("-9223372036854775809"), Point, 0).ok());
}
