// Dates in each locale's calendar and pattern, and quarter labels (ICU 72, CLDR 42).
#include "i18ntest.h"

#include "i18n/dateformat.h"
#include "i18n/quarter.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::errorOf;
using trellis::test::valueOf;

namespace {
const QDate kRetroDay(2026, 11, 26);

QString longDate(const char *tag, const QDate &date = kRetroDay)
{
    return valueOf(formatDate(date, QString::fromLatin1(tag), DateStyle::Long));
}
} // namespace

TEST_CASE("Gregorian dates follow each locale's pattern", "[i18n][dates]")
{
    CHECK(longDate("en") == QStringLiteral("November 26, 2026"));
    CHECK(longDate("es") == QStringLiteral("26 de noviembre de 2026"));
    CHECK(longDate("fr") == QStringLiteral("26 novembre 2026"));
    CHECK(longDate("pt-BR") == QStringLiteral("26 de novembro de 2026"));
    CHECK(longDate("ru") == QStringLiteral("26 ноября 2026\u202Fг."));
    CHECK(longDate("zh-Hans") == QStringLiteral("2026年11月26日"));
    CHECK(longDate("ja") == QStringLiteral("2026年11月26日"));
    CHECK(longDate("hi") == QStringLiteral("26 \u0928\u0935\u0902\u092C\u0930 2026"));  // 26 नवंबर 2026
    CHECK(longDate("he") == QStringLiteral("26 \u05D1\u05E0\u05D5\u05D1\u05DE\u05D1\u05E8 2026")); // 26 בנובמבר 2026
    CHECK(longDate("sw") == QStringLiteral("26 Novemba 2026"));
    CHECK(longDate("de-DE") == QStringLiteral("26. November 2026"));
}

TEST_CASE("Date styles run from short to full", "[i18n][dates]")
{
    const QString en = QStringLiteral("en");
    CHECK(valueOf(formatDate(kRetroDay, en, DateStyle::Short)) == QStringLiteral("11/26/26"));
    CHECK(valueOf(formatDate(kRetroDay, en, DateStyle::Medium)) == QStringLiteral("Nov 26, 2026"));
    CHECK(valueOf(formatDate(kRetroDay, en, DateStyle::Full)) == QStringLiteral("Thursday, November 26, 2026"));
    CHECK(valueOf(formatDate(kRetroDay, QStringLiteral("zh-Hans"), DateStyle::Full)) == QStringLiteral("2026年11月26日星期四"));
    CHECK(valueOf(formatDate(kRetroDay, QStringLiteral("fr"), DateStyle::Full)) == QStringLiteral("jeudi 26 novembre 2026"));
}

TEST_CASE("Arabic dates use Arabic-Indic digits in ar-EG and Latin digits in ar-MA", "[i18n][dates]")
{
    // ٢٦ نوفمبر ٢٠٢٦
    CHECK(longDate("ar") == QStringLiteral("\u0662\u0666 \u0646\u0648\u0641\u0645\u0628\u0631 \u0662\u0660\u0662\u0666"));
    CHECK(longDate("ar-EG") == QStringLiteral("\u0662\u0666 \u0646\u0648\u0641\u0645\u0628\u0631 \u0662\u0660\u0662\u0666"));
    // 26 نونبر 2026 (Maghreb month name)
    CHECK(longDate("ar-MA") == QStringLiteral("26 \u0646\u0648\u0646\u0628\u0631 2026"));
    // Short dates carry RIGHT-TO-LEFT MARKs after each number.
    CHECK(valueOf(formatDate(kRetroDay, QStringLiteral("ar-MA"), DateStyle::Short)) == QStringLiteral("26\u200F/11\u200F/2026"));
}

TEST_CASE("2026-11-26 is 5 Azar 1405 in the Persian calendar of fa-IR", "[i18n][dates]")
{
    // ۵ آذر ۱۴۰۵
    CHECK(longDate("fa-IR") == QStringLiteral("\u06F5 \u0622\u0630\u0631 \u06F1\u06F4\u06F0\u06F5"));
    CHECK(longDate("fa-IR-u-ca-persian") == QStringLiteral("\u06F5 \u0622\u0630\u0631 \u06F1\u06F4\u06F0\u06F5"));
    CHECK(valueOf(formatDate(kRetroDay, QStringLiteral("fa"), DateStyle::Short)) == QStringLiteral("\u06F1\u06F4\u06F0\u06F5/\u06F9/\u06F5"));
    const CalendarDay day = valueOf(calendarDay(kRetroDay, QStringLiteral("fa-IR")));
    CHECK(day.calendar == QStringLiteral("persian"));
    CHECK(day.year == 1405);
    CHECK(day.month == 9);
    CHECK(day.day == 5);
}

TEST_CASE("Nowruz starts the Persian year", "[i18n][dates]")
{
    const CalendarDay eve = valueOf(calendarDay(QDate(2026, 3, 20), QStringLiteral("fa-IR")));
    CHECK(eve.year == 1404);
    CHECK(eve.month == 12);
    CHECK(eve.day == 29);
    const CalendarDay nowruz = valueOf(calendarDay(QDate(2026, 3, 21), QStringLiteral("fa-IR")));
    CHECK(nowruz.year == 1405);
    CHECK(nowruz.month == 1);
    CHECK(nowruz.day == 1);
}

TEST_CASE("Hebrew calendar dates use Hebrew numerals", "[i18n][dates]")
{
    // ט״ז בכסלו תשפ״ז: 16 Kislev 5787
    CHECK(longDate("he-IL-u-ca-hebrew") == QStringLiteral("\u05D8\u05F4\u05D6 \u05D1\u05DB\u05E1\u05DC\u05D5 \u05EA\u05E9\u05E4\u05F4\u05D6"));
    const CalendarDay day = valueOf(calendarDay(kRetroDay, QStringLiteral("he-IL-u-ca-hebrew")));
    CHECK(day.calendar == QStringLiteral("hebrew"));
    CHECK(day.year == 5787);
    CHECK(day.month == 3);
    CHECK(day.day == 16);
}

TEST_CASE("Saudi dates use the Umm al-Qura calendar", "[i18n][dates]")
{
    // ١٦ جمادى الآخرة ١٤٤٨ هـ
    CHECK(longDate("ar-SA") == QStringLiteral("\u0661\u0666 \u062C\u0645\u0627\u062F\u0649 \u0627\u0644\u0622\u062E\u0631\u0629 \u0661\u0664\u0664\u0668 \u0647\u0640"));
    CHECK(valueOf(calendarType(QStringLiteral("ar-SA"))) == QStringLiteral("islamic-umalqura"));
    const CalendarDay day = valueOf(calendarDay(kRetroDay, QStringLiteral("ar-SA")));
    CHECK(day.year == 1448);
    CHECK(day.month == 6);
    CHECK(day.day == 16);
}

TEST_CASE("Thai dates count Buddhist era years", "[i18n][dates]")
{
    CHECK(longDate("th") == QStringLiteral("26 พฤศจิกายน 2569"));
    CHECK(longDate("th-TH") == QStringLiteral("26 พฤศจิกายน 2569"));
    CHECK(valueOf(calendarType(QStringLiteral("th-TH"))) == QStringLiteral("buddhist"));
    CHECK(valueOf(calendarDay(kRetroDay, QStringLiteral("th-TH"))).year == 2569);
}

TEST_CASE("Japanese imperial calendar names the era", "[i18n][dates]")
{
    CHECK(longDate("ja-JP-u-ca-japanese") == QStringLiteral("令和8年11月26日"));
    CHECK(valueOf(formatDate(kRetroDay, QStringLiteral("ja-JP-u-ca-japanese"), DateStyle::Short)) == QStringLiteral("R8/11/26"));
    CHECK(longDate("ja-JP-u-ca-japanese", QDate(2019, 4, 30)) == QStringLiteral("平成31年4月30日"));
    CHECK(valueOf(calendarDay(QDate(2019, 5, 1), QStringLiteral("ja-JP-u-ca-japanese"))).year == 1);
    CHECK(valueOf(calendarType(QStringLiteral("ja-JP"))) == QStringLiteral("gregorian"));
}

TEST_CASE("Calendar days do not shift at the ends of the day", "[i18n][dates]")
{
    CHECK(longDate("en", QDate(2026, 1, 1)) == QStringLiteral("January 1, 2026"));
    CHECK(longDate("en", QDate(2026, 12, 31)) == QStringLiteral("December 31, 2026"));
    CHECK(longDate("en", QDate(2024, 2, 29)) == QStringLiteral("February 29, 2024"));
}

TEST_CASE("Bad dates and tags are errors", "[i18n][dates]")
{
    CHECK(errorOf(formatDate(QDate(), QStringLiteral("en"))) == QStringLiteral("The date is not a valid calendar day"));
    CHECK_FALSE(formatDate(kRetroDay, QStringLiteral("en-ZZ")).ok());
    CHECK_FALSE(formatDate(kRetroDay, QString()).ok());
    CHECK_FALSE(calendarDay(QDate(), QStringLiteral("fa-IR")).ok());
    CHECK_FALSE(calendarType(QStringLiteral("xx")).ok());
    CHECK(errorOf(formatDate(QDate(-44, 3, 15), QStringLiteral("en"))) == QStringLiteral("Dates must lie between the years 1 and 9999"));
    CHECK_FALSE(formatDate(QDate(123456, 1, 1), QStringLiteral("fa-IR")).ok());
    CHECK(longDate("en", QDate(9999, 12, 31)) == QStringLiteral("December 31, 9999"));
}

TEST_CASE("Quarters parse from and print to the stored form", "[i18n][quarters]")
{
    const Quarter q = valueOf(parseQuarter(QStringLiteral("2026-Q4")));
    CHECK(q.year == 2026);
    CHECK(q.quarter == 4);
    CHECK(q.toString() == QStringLiteral("2026-Q4"));
    CHECK(q.firstDay() == QDate(2026, 10, 1));
    CHECK(q.lastDay() == QDate(2026, 12, 31));
    CHECK(valueOf(parseQuarter(QStringLiteral("2026-q1"))) == Quarter{2026, 1});
    CHECK(quarterOf(QDate(2026, 11, 26)) == Quarter{2026, 4});
    CHECK(quarterOf(QDate(2026, 3, 31)) == Quarter{2026, 1});
    CHECK(quarterOf(QDate(2026, 4, 1)) == Quarter{2026, 2});
    for (const char *bad : {"", "2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "0000-Q1", "2026-Q4x", "Q4 2026"}) {
        INFO(bad);
        CHECK_FALSE(parseQuarter(QString::fromLatin1(bad)).ok());
    }
}

TEST_CASE("2026-Q4 is labelled in each locale with Gregorian years", "[i18n][quarters]")
{
    const Quarter q{2026, 4};
    auto label = [&](const char *tag) { return valueOf(formatQuarter(q, QString::fromLatin1(tag))); };
    CHECK(label("en") == QStringLiteral("Q4 2026"));
    CHECK(label("es") == QStringLiteral("T4 2026"));
    CHECK(label("fr") == QStringLiteral("T4 2026"));
    CHECK(label("pt-BR") == QStringLiteral("T4 de 2026"));
    CHECK(label("de-DE") == QStringLiteral("Q4 2026"));
    CHECK(label("ru") == QStringLiteral("4-й кв. 2026\u202Fг."));
    CHECK(label("zh-Hans") == QStringLiteral("2026年第4季度"));
    CHECK(label("ja") == QStringLiteral("2026/Q4"));
    CHECK(label("hi") == QStringLiteral("\u0924\u093F4 2026")); // ति4 2026
    CHECK(label("th") == QStringLiteral("ไตรมาส 4 2026"));
    CHECK(label("sw") == QStringLiteral("2026 Robo ya 4"));
    CHECK(label("he") == QStringLiteral("Q4 2026"));
    // الربع الرابع ٢٠٢٦ / 2026
    CHECK(label("ar") == QStringLiteral("\u0627\u0644\u0631\u0628\u0639 \u0627\u0644\u0631\u0627\u0628\u0639 \u0662\u0660\u0662\u0666"));
    CHECK(label("ar-SA") == QStringLiteral("\u0627\u0644\u0631\u0628\u0639 \u0627\u0644\u0631\u0627\u0628\u0639 \u0662\u0660\u0662\u0666"));
    CHECK(label("ar-MA") == QStringLiteral("\u0627\u0644\u0631\u0628\u0639 \u0627\u0644\u0631\u0627\u0628\u0639 2026"));
    // سه‌ماههٔ چهارم ۲۰۲۶: Gregorian year even though fa-IR dates are Persian
    CHECK(label("fa-IR") == QStringLiteral("\u0633\u0647\u200C\u0645\u0627\u0647\u0647\u0654 \u0686\u0647\u0627\u0631\u0645 \u06F2\u06F0\u06F2\u06F6"));
    CHECK_FALSE(formatQuarter(Quarter{2026, 5}, QStringLiteral("en")).ok());
    CHECK_FALSE(formatQuarter(q, QStringLiteral("klingon")).ok());
}
