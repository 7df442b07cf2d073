// Names that deceive: bidi controls, invisible characters, mixed scripts and confusable look-alikes.
#include "i18ntest.h"

#include "i18n/namecheck.h"

using namespace trellis;
using namespace trellis::i18n;

TEST_CASE("Honest names raise no warnings", "[i18n][names]")
{
    for (const QString &name : {QStringLiteral("Paypal"), QStringLiteral("Сергей Петров"), QStringLiteral("東京タワー"),
                                QStringLiteral("São Paulo Garment Workers"), QStringLiteral("Ali \u0639\u0644\u064A"),
                                QStringLiteral("\u05E9\u05DC\u05D5\u05DD"), QStringLiteral("ภาษาไทย"), QStringLiteral("周恩来")}) {
        INFO(name.toStdString());
        const NameWarnings w = checkName(name);
        CHECK_FALSE(w.any());
        CHECK(w.descriptions().isEmpty());
    }
}

TEST_CASE("A name with U+202E is flagged", "[i18n][names]")
{
    const NameWarnings w = checkName(QStringLiteral("Solidarity\u202Eevil"));
    CHECK(w.bidiControls);
    CHECK(w.any());
    CHECK(w.descriptions() == QStringList{QStringLiteral("The name contains hidden characters that change the direction of the text.")});
}

TEST_CASE("Every bidi control character is detected", "[i18n][names]")
{
    for (char16_t c : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069',
                       u'\u200E', u'\u200F', u'\u061C'}) {
        INFO(int(c));
        CHECK(hasBidiControls(QStringLiteral("ab") + QChar(c)));
        CHECK(checkName(QChar(c) + QStringLiteral("ab")).bidiControls);
    }
    CHECK_FALSE(hasBidiControls(QStringLiteral("\u0639\u0644\u064A abc")));
    CHECK_FALSE(hasBidiControls(QString()));
}

TEST_CASE("Mixed scripts, digits and invisible characters are flagged", "[i18n][names]")
{
    CHECK(checkName(QStringLiteral("P\u0430ypal")).mixedScripts);       // Cyrillic а inside Latin
    CHECK(checkName(QStringLiteral("\u0391lpha")).mixedScripts);        // Greek Alpha
    CHECK(checkName(QStringLiteral("123 \u0661\u0662\u0663")).mixedDigits);
    CHECK(checkName(QStringLiteral("Serg\u200Bei")).invisible);         // zero-width space
    CHECK(checkName(QStringLiteral("a\u0301\u0301")).invisible);        // the same mark stacked twice
    const NameWarnings broken = checkName(QStringLiteral("ab") + trellis::test::loneSurrogate());
    CHECK(broken.malformed);
    CHECK(broken.descriptions() == QStringList{QStringLiteral("The name contains broken characters.")});
    CHECK_FALSE(checkName(QString()).any());
}

TEST_CASE("A Latin and a Cyrillic spelling that look alike are confusable", "[i18n][names]")
{
    // "scope" in Latin and "ѕсоре" in Cyrillic letters
    CHECK(areConfusable(QStringLiteral("scope"), QStringLiteral("\u0455\u0441\u043E\u0440\u0435")));
    CHECK(areConfusable(QStringLiteral("Paypal"), QStringLiteral("P\u0430ypal")));
    CHECK(confusableSkeleton(QStringLiteral("Paypal")) == QStringLiteral("paypal"));
    CHECK(confusableSkeleton(QStringLiteral("P\u0430ypal")) == QStringLiteral("paypal"));
}

TEST_CASE("Look-alikes across case, digits, spacing and hidden characters", "[i18n][names]")
{
    CHECK(areConfusable(QStringLiteral("PayPal"), QStringLiteral("paypal")));
    CHECK(areConfusable(QStringLiteral("Trellis"), QStringLiteral("Tre1lis")));
    CHECK(areConfusable(QStringLiteral("modern"), QStringLiteral("rnodern")));
    CHECK(areConfusable(QStringLiteral("Sergei"), QStringLiteral("Serg\u200Bei\u202E")));
    CHECK(areConfusable(QStringLiteral("Garment  Workers"), QStringLiteral(" Garment Workers")));
    CHECK_FALSE(areConfusable(QStringLiteral("Sergei"), QStringLiteral("\u0421\u0435\u0440\u0433\u0435\u0439"))); // Сергей looks different
    CHECK_FALSE(areConfusable(QStringLiteral("Anna"), QStringLiteral("Hanna")));
    CHECK_FALSE(areConfusable(QString(), QString()));
    CHECK_FALSE(areConfusable(QStringLiteral("\u200B"), QString()));
}
