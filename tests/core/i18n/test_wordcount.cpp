// Word counts by ICU word-break rules, for sizing translation work in every script.
#include "i18ntest.h"

#include "i18n/wordcount.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::valueOf;

namespace {
qsizetype words(const QString &text, const char *tag) { return valueOf(countWords(text, QString::fromLatin1(tag))); }
} // namespace

TEST_CASE("A Thai sentence without spaces is counted by dictionary", "[i18n][words]")
{
    // ภาษา | ไทย | เป็น | ภาษา | ที่ | สวยงาม: "Thai is a beautiful language"
    CHECK(words(QStringLiteral("ภาษาไทยเป็นภาษาที่สวยงาม"), "th") == 6);
}

TEST_CASE("Chinese and Japanese are segmented into words", "[i18n][words]")
{
    CHECK(words(QStringLiteral("我们一起工作。"), "zh-Hans") == 3);        // 我们 | 一起 | 工作
    CHECK(words(QStringLiteral("私たちは一緒に働きます。"), "ja") == 7); // 私 | たち | は | 一緒 | に | 働き | ます
}

TEST_CASE("Spaces, punctuation and symbols are not words", "[i18n][words]")
{
    CHECK(words(QStringLiteral("Hello, world! 3 cats, 2.5 dogs."), "en") == 6);
    CHECK(words(QStringLiteral("L'amitié — c'est 100 %."), "fr") == 3);
    CHECK(words(QStringLiteral("¿Trabajamos juntos? ¡Sí!"), "es") == 3);
    CHECK(words(QStringLiteral("Trabalhamos juntos, sempre."), "pt-BR") == 3);
    CHECK(words(QStringLiteral("Мы работаем вместе, 24/7."), "ru") == 5);
    CHECK(words(QStringLiteral("العمال يتضامنون عبر الحدود."), "ar") == 4);
    CHECK(words(QStringLiteral("سلام دنیا"), "fa") == 2);
    CHECK(words(QStringLiteral("שלום עולם"), "he") == 2);
    CHECK(words(QStringLiteral("नमस्ते दुनिया"), "hi") == 2);
    CHECK(words(QStringLiteral("Habari ya dunia"), "sw") == 3);
    CHECK(words(QStringLiteral(" \t ... --- !!! "), "en") == 0);
}

TEST_CASE("Word counts handle empty and bad input", "[i18n][words]")
{
    CHECK(words(QString(), "en") == 0);
    CHECK(words(QStringLiteral("a") + trellis::test::loneSurrogate() + QStringLiteral(" b"), "en") == 2);
    CHECK_FALSE(countWords(QStringLiteral("hello"), QStringLiteral("xx")).ok());
    CHECK_FALSE(countWords(QStringLiteral("hello"), QString()).ok());
}

TEST_CASE("Long texts are counted quickly", "[i18n][words]")
{
    QString text;
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("ภาษาไทยเป็นภาษาที่สวยงาม ");
    CHECK(words(text, "th") == 12000);
}
