// parseDate: ISO always, declared patterns, impossible dates.
#include "testsupport.h"

#include "io/datefield.h"

using namespace trellis;
using namespace trellis::io;

namespace {
QString failure(const QString &text, const QStringList &formats = {})
{
    auto date = parseDate(text, formats);
    INFO(text.toStdString());
    REQUIRE_FALSE(date.ok());
    CHECK(date.error().code == ErrorCode::InvalidInput);
    return date.error().message;
}
} // namespace

TEST_CASE("ISO dates are always accepted", "[io][date]")
{
    CHECK(*parseDate(QStringLiteral("2026-01-15")) == QDate(2026, 1, 15));
    CHECK(*parseDate(QStringLiteral(" 2024-02-29 "), {QStringLiteral("dd/MM/yyyy")}) == QDate(2024, 2, 29));
}

TEST_CASE("Declared patterns are tried in order", "[io][date]")
{
    const QStringList dayFirst{QStringLiteral("dd/MM/yyyy")};
    const QStringList monthFirst{QStringLiteral("MM/dd/yyyy")};
    CHECK(*parseDate(QStringLiteral("03/04/2026"), dayFirst) == QDate(2026, 4, 3));
    CHECK(*parseDate(QStringLiteral("03/04/2026"), monthFirst) == QDate(2026, 3, 4));
    CHECK(*parseDate(QStringLiteral("3/4/2026"), dayFirst) == QDate(2026, 4, 3));
    CHECK(*parseDate(QStringLiteral("15.01.2026"), {QStringLiteral("dd.MM.yyyy")}) == QDate(2026, 1, 15));
    CHECK(*parseDate(QStringLiteral("12/25/2026"), {QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")})
          == QDate(2026, 12, 25));
}

TEST_CASE("Impossible dates are refused with a clear message", "[io][date]")
{
    CHECK(failure(QStringLiteral("2026-02-30")) == QStringLiteral("The date is not a real day: month 2 of 2026 has 28 days."));
    CHECK(failure(QStringLiteral("2026-02-29")) == QStringLiteral("The date is not a real day: month 2 of 2026 has 28 days."));
    CHECK(failure(QStringLiteral("31/04/2026"), {QStringLiteral("dd/MM/yyyy")})
          == QStringLiteral("The date is not a real day: month 4 of 2026 has 30 days."));
    CHECK(failure(QStringLiteral("2026-13-01")) == QStringLiteral("The date is not a real day: there is no month 13."));
    CHECK(failure(QStringLiteral("2026-00-10")) == QStringLiteral("The date is not a real day: there is no month 0."));
    CHECK(failure(QStringLiteral("2026-01-00")) == QStringLiteral("The date is not a real day: month 1 of 2026 has 31 days."));
    CHECK(failure(QStringLiteral("0000-01-01")) == QStringLiteral("The date is not a real day: there is no year 0."));
}

TEST_CASE("Text in no declared form is refused and the forms are named", "[io][date]")
{
    CHECK(failure(QStringLiteral("15.01.2026")) == QStringLiteral("The date is not in the form yyyy-MM-dd."));
    CHECK(failure(QStringLiteral("15.01.2026"), {QStringLiteral("dd/MM/yyyy")})
          == QStringLiteral("The date is not in the form yyyy-MM-dd or dd/MM/yyyy."));
    CHECK(failure(QStringLiteral("2026-01-15T10:00")) == QStringLiteral("The date is not in the form yyyy-MM-dd."));
    CHECK(failure(QStringLiteral("26-01-15")) == QStringLiteral("The date is not in the form yyyy-MM-dd."));
    CHECK(failure(QStringLiteral("2026-001-15")) == QStringLiteral("The date is not in the form yyyy-MM-dd."));
    CHECK(failure(QStringLiteral("")) == QStringLiteral("The date is empty."));
    CHECK(failure(QStringLiteral("yesterday")) == QStringLiteral("The date is not in the form yyyy-MM-dd."));
}

TEST_CASE("Unsupported patterns are reported, not guessed", "[io][date]")
{
    CHECK(failure(QStringLiteral("15 Jan 2026"), {QStringLiteral("dd MMM yyyy")})
          == QStringLiteral("The date format \"dd MMM yyyy\" is not supported (use d, dd, M, MM and yyyy)."));
    CHECK_FALSE(parseDate(QStringLiteral("15/01/26"), {QStringLiteral("dd/MM/yy")}).ok());
    CHECK_FALSE(parseDate(QStringLiteral("15/01"), {QStringLiteral("dd/MM")}).ok());
}
