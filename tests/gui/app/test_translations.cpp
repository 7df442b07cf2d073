// The shipped UI translations: what a reader of each language would trip over.
#include "testsupport.h"

#include <QDirIterator>
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

TEST_CASE("Every core refusal the window translates is still written word for word by the core", "[gui][translations]")
{
    // uiMessage() finds a translation only for the exact English the core writes: a reworded core
    // message would silently fall back to English.
    QFile file(QStringLiteral(TRELLIS_TRANSLATIONS_DIR "/trellis_en.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList refusals;
    bool inCore = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("name"))
            inCore = xml.readElementText() == QStringLiteral("CoreMessages");
        else if (inCore && xml.name() == QStringLiteral("source"))
            refusals << xml.readElementText();
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(refusals.size() >= 10);
    QString core;
    QDirIterator sources(QStringLiteral(TRELLIS_TRANSLATIONS_DIR "/../src/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                         QDirIterator::Subdirectories);
    while (sources.hasNext()) {
        QFile source(sources.next());
        REQUIRE(source.open(QIODevice::ReadOnly));
        core += QString::fromUtf8(source.readAll());
    }
    // A literal the core splits over two lines ("… record "\n "and …") reads as one.
    core.replace(QRegularExpression(QStringLiteral("\"\\s+\"")), QString());
    for (const QString &refusal : std::as_const(refusals)) {
        INFO(refusal.toStdString());
        CHECK(core.contains(QLatin1Char('"') + refusal + QLatin1Char('"')));
    }
}
