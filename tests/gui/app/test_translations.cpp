// The shipped UI translations: what a reader of each language would trip over.
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

/// Every translated text (plain or plural form) of a .ts file of translations/.
QStringList translatedTexts(const QString &language)
{
    QFile file(QStringLiteral(TRELLIS_TRANSLATIONS_DIR "/trellis_") + language + QStringLiteral(".ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("translation") || xml.name() == QStringLiteral("numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                texts.append(text);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

} // namespace

TEST_CASE("No Arabic translation puts an accelerator before an Arabic letter, which would break its joining", "[gui][translations]")
{
    // An underlined letter inside a word splits the joined letters; Arabic desktops put a Latin
    // letter in parentheses instead ("ملف (&F)").
    static const QRegularExpression beforeArabic(QStringLiteral("&[\\x{0600}-\\x{06FF}\\x{0750}-\\x{077F}]"));
    const QStringList texts = translatedTexts(QStringLiteral("ar"));
    REQUIRE(texts.size() > 500);
    QStringList offending;
    for (const QString &text : texts) {
        if (beforeArabic.match(text).hasMatch())
            offending.append(text);
    }
    CAPTURE(offending);
    CHECK(offending.isEmpty());
    CHECK(texts.contains(QStringLiteral("ملف (&F)")));
}

TEST_CASE("The Arabic UI names the language pair as a pair of languages, never the word for a spouse", "[gui][translations]")
{
    for (const QString &text : translatedTexts(QStringLiteral("ar"))) {
        CAPTURE(text);
        CHECK_FALSE(text.contains(QStringLiteral("الزوج")));
    }
}

TEST_CASE("English plural forms are written out, never \"answer(s)\"", "[gui][translations]")
{
    int forms = 0;
    for (const QString &text : translatedTexts(QStringLiteral("en"))) {
        CAPTURE(text);
        CHECK_FALSE(text.contains(QStringLiteral("(s)")));
        forms += text.contains(QStringLiteral("%n")) ? 1 : 0;
    }
    CHECK(forms >= 20); // the twenty plural messages (a translation reads with its forms)
}

TEST_CASE("Arabic counts in plural messages take the locale's digits (%Ln)", "[gui][translations][digits]")
{
    static const QRegularExpression bare(QStringLiteral("%n"));
    int localized = 0;
    for (const QString &text : translatedTexts(QStringLiteral("ar"))) {
        CAPTURE(text);
        CHECK_FALSE(bare.match(text).hasMatch());
        localized += text.contains(QStringLiteral("%Ln")) ? 1 : 0;
    }
    CHECK(localized > 0);
}
