// parseDecimal and formatDecimal: exact minor units, separators, limits.
#include "testsupport.h"

#include "io/decimal.h"

using namespace trellis;
using namespace trellis::io;

namespace {
const DecimalStyle kDot{QLatin1Char('.'), QLatin1Char(',')};
const DecimalStyle kComma{QLatin1Char(','), QLatin1Char('.')};
const DecimalStyle kSpace{QLatin1Char(','), QLatin1Char(' ')};

qint64 parsed(const QString &text, DecimalStyle style, int scale, NegativeNumbers negatives = NegativeNumbers::Reject)
{
    auto value = parseDecimal(text, style, scale, negatives);
    INFO(text.toStdString());
    REQUIRE(value.ok());
    return *value;
}

QString failure(const QString &text, DecimalStyle style, int scale, NegativeNumbers negatives = NegativeNumbers::Reject)
{
    auto value = parseDecimal(text, style, scale, negatives);
    INFO(text.toStdString());
    REQUIRE_FALSE(value.ok());
    CHECK(value.error().code == ErrorCode::InvalidInput);
    return value.error().message;
}
} // namespace

TEST_CASE("Amounts in both separator styles become exact minor units", "[io][decimal]")
{
    CHECK(parsed(QStringLiteral("1.234,50"), kComma, 2) == 123450);
    CHECK(parsed(QStringLiteral("1,234.50"), kDot, 2) == 123450);
    CHECK(parsed(QStringLiteral("12,5"), kComma, 2) == 1250);
    CHECK(parsed(QStringLiteral("1234.5"), kDot, 2) == 123450);
    CHECK(parsed(QStringLiteral("1.234.567,89"), kComma, 2) == 123456789);
    CHECK(parsed(QStringLiteral("0.01"), kDot, 2) == 1);
    CHECK(parsed(QStringLiteral(".5"), kDot, 2) == 50);
    CHECK(parsed(QStringLiteral("7."), kDot, 2) == 700);
    CHECK(parsed(QStringLiteral("  42  "), kDot, 0) == 42);
    CHECK(parsed(QStringLiteral("+3"), kDot, 1) == 30);
    CHECK(parsed(QStringLiteral("3500"), kDot, 0) == 3500);
}

TEST_CASE("Space-grouped amounts accept no-break and narrow no-break spaces", "[io][decimal]")
{
    CHECK(parsed(QStringLiteral("1 234,50"), kSpace, 2) == 123450);
    CHECK(parsed(QString::fromUtf8("1\u00A0234,50"), kSpace, 2) == 123450);
    CHECK(parsed(QString::fromUtf8("12\u202F345\u202F678"), kSpace, 0) == 12345678);
}

TEST_CASE("Other scripts' decimal digits are digits", "[io][decimal]")
{
    CHECK(parsed(QString::fromUtf8("١٢٣.٤٥"), kDot, 2) == 12345);
    CHECK(parsed(QString::fromUtf8("۱۰"), kDot, 0) == 10);
}

TEST_CASE("Extra fraction digits are fine only when they are zeros", "[io][decimal]")
{
    CHECK(parsed(QStringLiteral("12.5000"), kDot, 2) == 1250);
    CHECK(failure(QStringLiteral("12.505"), kDot, 2) == QStringLiteral("The amount has more than 2 decimal places."));
    CHECK(failure(QStringLiteral("1.5"), kDot, 0) == QStringLiteral("The amount has more than 0 decimal places."));
}

TEST_CASE("Negative amounts only when asked for", "[io][decimal]")
{
    CHECK(failure(QStringLiteral("-12.50"), kDot, 2) == QStringLiteral("A negative amount is not allowed here."));
    CHECK(parsed(QStringLiteral("-12.50"), kDot, 2, NegativeNumbers::Allow) == -1250);
    CHECK(parsed(QString::fromUtf8("\u22120,75"), kComma, 2, NegativeNumbers::Allow) == -75);
}

TEST_CASE("Misplaced group separators are refused", "[io][decimal]")
{
    const QString misplaced = QStringLiteral("The amount has a misplaced thousands separator.");
    CHECK(failure(QStringLiteral("1,23.50"), kDot, 2) == misplaced);
    CHECK(failure(QStringLiteral("1234,567.0"), kDot, 2) == misplaced);
    CHECK(failure(QStringLiteral(",123"), kDot, 0) == misplaced);
    CHECK(failure(QStringLiteral("1,,234"), kDot, 0) == misplaced);
    CHECK(failure(QStringLiteral("1,234,"), kDot, 0) == misplaced);
    CHECK(failure(QStringLiteral("12.345,6"), kDot, 2)
          == QStringLiteral("The amount has a thousands separator after the decimal separator."));
    CHECK(failure(QStringLiteral("1.234,50"), DecimalStyle{QLatin1Char('.'), QChar()}, 2)
          == QStringLiteral("The amount is not a number (unexpected character at position 6)."));
}

TEST_CASE("Garbage, empty text and overflow are errors without the text in the message", "[io][decimal]")
{
    CHECK(failure(QStringLiteral("12a"), kDot, 2) == QStringLiteral("The amount is not a number (unexpected character at position 3)."));
    CHECK(failure(QStringLiteral(""), kDot, 2) == QStringLiteral("The amount is empty."));
    CHECK(failure(QStringLiteral("   "), kDot, 2) == QStringLiteral("The amount is empty."));
    CHECK(failure(QStringLiteral("-"), kDot, 2, NegativeNumbers::Allow) == QStringLiteral("The amount has no digits."));
    CHECK(failure(QStringLiteral("."), kDot, 2) == QStringLiteral("The amount has no digits."));
    CHECK(failure(QStringLiteral("1.2.3"), kDot, 2) == QStringLiteral("The amount has more than one decimal separator."));
    CHECK(failure(QStringLiteral("1e5"), kDot, 2) == QStringLiteral("The amount is not a number (unexpected character at position 2)."));
    CHECK(failure(QStringLiteral("1 000"), kDot, 0) == QStringLiteral("The amount is not a number (unexpected character at position 2)."));
    CHECK(failure(QStringLiteral("--1"), kDot, 0, NegativeNumbers::Allow)
          == QStringLiteral("The amount is not a number (unexpected character at position 2)."));
    CHECK(parsed(QStringLiteral("9223372036854775807"), kDot, 0) == std::numeric_limits<qint64>::max());
    CHECK(failure(QStringLiteral("9223372036854775808"), kDot, 0) == QStringLiteral("The amount is too large."));
    CHECK(failure(QStringLiteral("92233720368547758.08"), kDot, 2) == QStringLiteral("The amount is too large."));
    CHECK(failure(QStringLiteral("99999999999999999999999999"), kDot, 0) == QStringLiteral("The amount is too large."));
    CHECK(parsed(QStringLiteral("-9223372036854775807"), kDot, 0, NegativeNumbers::Allow) == -std::numeric_limits<qint64>::max());
}

TEST_CASE("Unusable scales and styles are refused", "[io][decimal]")
{
    CHECK_FALSE(parseDecimal(QStringLiteral("1"), kDot, -1).ok());
    CHECK_FALSE(parseDecimal(QStringLiteral("1"), kDot, 19).ok());
    CHECK_FALSE(parseDecimal(QStringLiteral("1"), DecimalStyle{QLatin1Char('.'), QLatin1Char('.')}, 2).ok());
    CHECK(parsed(QStringLiteral("0.000000000000000001"), kDot, 18) == 1);
}

TEST_CASE("Minor units format back to plain numbers", "[io][decimal]")
{
    CHECK(formatDecimal(-1250, 2) == QStringLiteral("-12.50"));
    CHECK(formatDecimal(5, 2) == QStringLiteral("0.05"));
    CHECK(formatDecimal(123450, 2, QLatin1Char(',')) == QStringLiteral("1234,50"));
    CHECK(formatDecimal(42, 0) == QStringLiteral("42"));
    CHECK(formatDecimal(std::numeric_limits<qint64>::min(), 2) == QStringLiteral("-92233720368547758.08"));
    CHECK(parsed(formatDecimal(-987654321, 3), kDot, 3, NegativeNumbers::Allow) == -987654321);
}
