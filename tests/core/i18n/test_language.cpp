// Language tags: canonical form, rejection of junk, direction and display names (ICU 72, CLDR 42).
#include "i18ntest.h"

#include "i18n/countryname.h"
#include "i18n/language.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::errorOf;
using trellis::test::valueOf;

TEST_CASE("Language tags come back in canonical BCP 47 form", "[i18n][language]")
{
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("EN-us"))) == QStringLiteral("en-US"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("iw"))) == QStringLiteral("he"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("pt_BR"))) == QStringLiteral("pt-BR"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("zh-hans"))) == QStringLiteral("zh-Hans"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("  sw  "))) == QStringLiteral("sw"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("es-419"))) == QStringLiteral("es-419"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("tl"))) == QStringLiteral("fil"));
}

TEST_CASE("Calendar keywords survive canonicalisation", "[i18n][language]")
{
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("fa-IR-u-ca-persian"))) == QStringLiteral("fa-IR-u-ca-persian"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("he-il-u-ca-hebrew"))) == QStringLiteral("he-IL-u-ca-hebrew"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("ja-JP-u-ca-japanese"))) == QStringLiteral("ja-JP-u-ca-japanese"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("ar-SA-u-ca-islamic-umalqura"))) == QStringLiteral("ar-SA-u-ca-islamic-umalqura"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("ar-EG-u-nu-latn"))) == QStringLiteral("ar-EG-u-nu-latn"));
    CHECK(valueOf(canonicalLanguageTag(QStringLiteral("de-DE-u-co-phonebk"))) == QStringLiteral("de-DE-u-co-phonebk"));
}

TEST_CASE("Unknown languages, regions and keywords are rejected with a reason", "[i18n][language]")
{
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("xx"))).contains(QStringLiteral("the language is unknown")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("klingon"))).contains(QStringLiteral("the language is unknown")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-ZZ"))).contains(QStringLiteral("the region is unknown")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-u-ca-foo"))).contains(QStringLiteral("the calendar \"foo\" is unknown")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-u-nu-abcd"))).contains(QStringLiteral("digits")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("fr-u-co-xyz"))).contains(QStringLiteral("collation")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-u-ca"))).contains(QStringLiteral("has no value")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-Qaaz"))).contains(QStringLiteral("the script is unknown")));
    CHECK_FALSE(canonicalLanguageTag(QStringLiteral("und")).ok());
}

TEST_CASE("Malformed tags are rejected", "[i18n][language]")
{
    CHECK(errorOf(canonicalLanguageTag(QString())) == QStringLiteral("The language tag is empty (expected BCP 47, e.g. fa-IR or pt-BR)"));
    CHECK_FALSE(canonicalLanguageTag(QStringLiteral("   ")).ok());
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en--US"))).contains(QStringLiteral("malformed")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en-US-x"))).contains(QStringLiteral("malformed")));
    CHECK(errorOf(canonicalLanguageTag(QStringLiteral("en US"))).contains(QStringLiteral("only Latin letters")));
    CHECK_FALSE(canonicalLanguageTag(QStringLiteral("e")).ok());
    CHECK_FALSE(canonicalLanguageTag(QStringLiteral("123")).ok());
    CHECK_FALSE(canonicalLanguageTag(QStringLiteral("fr\u00E9")).ok());
    CHECK_FALSE(canonicalLanguageTag(trellis::test::loneSurrogate()).ok());
    CHECK(errorOf(canonicalLanguageTag(QString(80, u'a'))).contains(QStringLiteral("too long")));
    CHECK_FALSE(isValidLanguageTag(QStringLiteral("en-")));
    CHECK(isValidLanguageTag(QStringLiteral("en")));
}

TEST_CASE("A tag whose canonical form would not be accepted itself is refused", "[i18n][language][bad-input]")
{
    // Found by fuzz_languagetag: ICU's canonical form of this private-use-laden tag is longer than a
    // tag may be, so the canonical form was handed out and then refused wherever it was checked.
    const QString tag = QStringLiteral("sh-y-smszh-t-THK-WuEHK-u-fnhl-s5ahuKTl-kllngtlH-utl-klhK-Krw-uKc");
    auto canonical = i18n::canonicalLanguageTag(tag);
    REQUIRE_FALSE(canonical.ok());
    CHECK(canonical.error().message.contains(QStringLiteral("canonical form")));
    CHECK_FALSE(i18n::isValidLanguageTag(tag));
    // Every tag it does accept comes back as a tag it accepts again, unchanged.
    for (const QString &good : {QStringLiteral("fa-IR-u-ca-persian"), QStringLiteral("pt_BR"), QStringLiteral("zh-hans"),
                                QStringLiteral("sr-Latn-RS"), QStringLiteral("en-x-alliance")}) {
        auto once = i18n::canonicalLanguageTag(good);
        REQUIRE(once.ok());
        auto twice = i18n::canonicalLanguageTag(*once);
        REQUIRE(twice.ok());
        CHECK(*twice == *once);
    }
}

TEST_CASE("Right-to-left languages are recognised", "[i18n][language]")
{
    for (const char *tag : {"ar", "ar-MA", "fa", "fa-IR-u-ca-persian", "he", "ur", "ps", "yi", "ckb", "az-Arab"}) {
        INFO(tag);
        CHECK(isRightToLeft(QString::fromLatin1(tag)));
    }
    for (const char *tag : {"en", "es", "fr", "pt-BR", "ru", "zh-Hans", "ja", "hi", "th", "sw", "az"}) {
        INFO(tag);
        CHECK_FALSE(isRightToLeft(QString::fromLatin1(tag)));
    }
    CHECK_FALSE(isRightToLeft(QString()));
    CHECK_FALSE(isRightToLeft(QStringLiteral("xx")));
    CHECK(textDirection(QStringLiteral("he-IL")) == TextDirection::RightToLeft);
    CHECK(textDirection(QStringLiteral("th")) == TextDirection::LeftToRight);
}

TEST_CASE("Languages are named in any display language", "[i18n][language]")
{
    CHECK(languageDisplayName(QStringLiteral("fa"), QStringLiteral("en")) == QStringLiteral("Persian"));
    CHECK(languageDisplayName(QStringLiteral("fa"), QStringLiteral("fa")) == QStringLiteral("\u0641\u0627\u0631\u0633\u06CC")); // فارسی
    CHECK(languageDisplayName(QStringLiteral("fa"), QStringLiteral("es")) == QStringLiteral("persa"));
    CHECK(languageDisplayName(QStringLiteral("fa"), QStringLiteral("fr")) == QStringLiteral("persan"));
    CHECK(languageDisplayName(QStringLiteral("fa-IR"), QStringLiteral("en")) == QStringLiteral("Persian (Iran)"));
    CHECK(languageDisplayName(QStringLiteral("pt-BR"), QStringLiteral("en")) == QStringLiteral("Portuguese (Brazil)"));
    CHECK(languageDisplayName(QStringLiteral("zh-Hans"), QStringLiteral("en")) == QStringLiteral("Chinese (Simplified)"));
    CHECK(languageDisplayName(QStringLiteral("he"), QStringLiteral("ru")) == QStringLiteral("иврит"));
    CHECK(languageDisplayName(QStringLiteral("sw"), QStringLiteral("fr")) == QStringLiteral("swahili"));
    // Invalid input: the tag as given; an invalid display language falls back to English.
    CHECK(languageDisplayName(QStringLiteral("xx"), QStringLiteral("en")) == QStringLiteral("xx"));
    CHECK(languageDisplayName(QStringLiteral("ar"), QStringLiteral("klingon")) == QStringLiteral("Arabic"));
}

TEST_CASE("Each working language has its own name for itself", "[i18n][language]")
{
    CHECK(languageAutonym(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(languageAutonym(QStringLiteral("es")) == QStringLiteral("espa\u00F1ol"));
    CHECK(languageAutonym(QStringLiteral("fr")) == QStringLiteral("fran\u00E7ais"));
    CHECK(languageAutonym(QStringLiteral("pt-BR")) == QStringLiteral("portugu\u00EAs (Brasil)"));
    CHECK(languageAutonym(QStringLiteral("ar")) == QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064A\u0629")); // العربية
    CHECK(languageAutonym(QStringLiteral("he")) == QStringLiteral("\u05E2\u05D1\u05E8\u05D9\u05EA"));             // עברית
    CHECK(languageAutonym(QStringLiteral("ru")) == QStringLiteral("русский"));
    CHECK(languageAutonym(QStringLiteral("zh-Hans")) == QStringLiteral("中文（简体）"));
    CHECK(languageAutonym(QStringLiteral("ja")) == QStringLiteral("日本語"));
    CHECK(languageAutonym(QStringLiteral("hi")) == QStringLiteral("\u0939\u093F\u0928\u094D\u0926\u0940")); // हिन्दी
    CHECK(languageAutonym(QStringLiteral("th")) == QStringLiteral("ไทย"));
    CHECK(languageAutonym(QStringLiteral("sw")) == QStringLiteral("Kiswahili"));
}

TEST_CASE("Countries are named in the display language by ICU, and no country has no name", "[i18n][language]")
{
    CHECK(countryDisplayName(QStringLiteral("IR"), QStringLiteral("ar")) == QStringLiteral("إيران"));
    CHECK(countryDisplayName(QStringLiteral("ir"), QStringLiteral("es")) == QStringLiteral("Irán"));
    CHECK(countryDisplayName(QStringLiteral("BR"), QStringLiteral("en")) == QStringLiteral("Brazil"));
    CHECK(countryDisplayName(QString(), QStringLiteral("en")).isEmpty());
    CHECK(countryDisplayName(QStringLiteral("QQ"), QStringLiteral("en")).isEmpty());
    CHECK(countryDisplayName(QStringLiteral("I1"), QStringLiteral("en")).isEmpty());
    CHECK(countryDisplayName(QStringLiteral("LK"), QStringLiteral("not a tag!")) == QStringLiteral("Sri Lanka"));
}
