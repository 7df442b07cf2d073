// Plural-aware phrases through ICU MessageFormat: each language picks its own plural form.
#include "i18ntest.h"

#include "i18n/phrases.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::valueOf;

namespace {
QString count(CountedThing thing, qint64 n, const char *tag, int scale = 0)
{
    return valueOf(formatCount(thing, ExactAmount{n, scale}, QString::fromLatin1(tag)));
}
constexpr auto Entries = CountedThing::Entries;
constexpr auto Words = CountedThing::Words;
} // namespace

TEST_CASE("Entries are counted in English and Arabic plural forms", "[i18n][phrases]")
{
    CHECK(count(Entries, 1, "en") == QStringLiteral("1 entry"));
    CHECK(count(Entries, 3, "en") == QStringLiteral("3 entries"));
    CHECK(count(Entries, 0, "en") == QStringLiteral("0 entries"));
    CHECK(count(Entries, 15, "en", 1) == QStringLiteral("1.5 entries"));
    CHECK(count(Entries, 1, "ar") == QStringLiteral("إدخال واحد"));
    CHECK(count(Entries, 2, "ar") == QStringLiteral("إدخالان"));
    CHECK(count(Entries, 3, "ar") == QStringLiteral("\u0663 إدخالات"));        // few
    CHECK(count(Entries, 11, "ar") == QStringLiteral("\u0661\u0661 إدخالًا")); // many
    CHECK(count(Entries, 100, "ar") == QStringLiteral("\u0661\u0660\u0660 إدخال")); // other
    CHECK(count(Entries, 3, "ar-MA") == QStringLiteral("3 إدخالات"));
}

TEST_CASE("Russian picks one, few and many", "[i18n][phrases]")
{
    CHECK(count(Entries, 1, "ru") == QStringLiteral("1 запись"));
    CHECK(count(Entries, 3, "ru") == QStringLiteral("3 записи"));
    CHECK(count(Entries, 5, "ru") == QStringLiteral("5 записей"));
    CHECK(count(Entries, 21, "ru") == QStringLiteral("21 запись"));
    CHECK(count(Entries, 15, "ru", 1) == QStringLiteral("1,5 записи"));
}

TEST_CASE("Word counts read naturally in the working languages", "[i18n][phrases]")
{
    CHECK(count(Words, 3, "es") == QStringLiteral("3 palabras"));
    CHECK(count(Words, 0, "fr") == QStringLiteral("0 mot"));
    CHECK(count(Words, 2, "fr") == QStringLiteral("2 mots"));
    CHECK(count(Words, 3, "pt-BR") == QStringLiteral("3 palavras"));
    CHECK(count(Words, 1, "he") == QStringLiteral("מילה אחת"));
    CHECK(count(Words, 3, "he") == QStringLiteral("3 מילים"));
    CHECK(count(Words, 3, "fa") == QStringLiteral("\u06F3 واژه"));
    CHECK(count(Words, 3, "zh-Hans") == QStringLiteral("3 个词"));
    CHECK(count(Words, 3, "ja") == QStringLiteral("3 語"));
    CHECK(count(Words, 3, "hi") == QStringLiteral("3 शब्द"));
    CHECK(count(Words, 3, "th") == QStringLiteral("3 คำ"));
    CHECK(count(Words, 1, "sw") == QStringLiteral("neno 1"));
    CHECK(count(Words, 3, "sw") == QStringLiteral("maneno 3"));
    CHECK(count(Words, 1200, "de-DE") == QStringLiteral("1.200 Wörter"));
    CHECK(count(CountedThing::Nights, 2, "en") == QStringLiteral("2 nights"));
    CHECK(count(CountedThing::Pages, 1, "es") == QStringLiteral("1 página"));
}

TEST_CASE("Languages without phrases fall back to English wording in their digits", "[i18n][phrases]")
{
    CHECK(count(Words, 3, "ko") == QStringLiteral("3 words"));
    CHECK(countPattern(Words, QStringLiteral("ko")).isEmpty());
}

TEST_CASE("Custom plural messages and their errors", "[i18n][phrases]")
{
    const QString replies = QStringLiteral("{0, plural, one {# reply} other {# replies}}");
    CHECK(valueOf(formatPluralMessage(replies, ExactAmount{1, 0}, QStringLiteral("en"))) == QStringLiteral("1 reply"));
    CHECK(valueOf(formatPluralMessage(replies, ExactAmount{1234, 0}, QStringLiteral("en"))) == QStringLiteral("1,234 replies"));
    CHECK_FALSE(formatPluralMessage(QStringLiteral("{0, plural, one {# x}"), ExactAmount{1, 0}, QStringLiteral("en")).ok());
    CHECK_FALSE(formatPluralMessage(replies, ExactAmount{1, 0}, QStringLiteral("en-ZZ")).ok());
    CHECK_FALSE(formatCount(Words, ExactAmount{1, 0}, QString()).ok());
}
