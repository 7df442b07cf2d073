// Cross-script search keys: transliteration, accent folding and spelling-variant folding.
#include "i18ntest.h"

#include "i18n/searchkey.h"

using namespace trellis;
using namespace trellis::i18n;

TEST_CASE("sergei, sergey and Сергей share one search key", "[i18n][search]")
{
    CHECK(searchKey(QStringLiteral("Сергей")) == QStringLiteral("sergei"));
    CHECK(searchKey(QStringLiteral("sergei")) == QStringLiteral("sergei"));
    CHECK(searchKey(QStringLiteral("sergey")) == QStringLiteral("sergei"));
    CHECK(searchKey(QStringLiteral("Sergej")) == QStringLiteral("sergei"));
    CHECK(searchKey(QStringLiteral("SERGEI")) == QStringLiteral("sergei"));
    CHECK(searchKey(QStringLiteral("ＳＥＲＧＥＩ")) == QStringLiteral("sergei")); // full-width
}

TEST_CASE("Transcription habits fold to the same key", "[i18n][search]")
{
    CHECK(searchKey(QStringLiteral("Юрий")) == QStringLiteral("iuri"));
    CHECK(searchKey(QStringLiteral("Yuri")) == QStringLiteral("iuri"));
    CHECK(searchKey(QStringLiteral("Juri")) == QStringLiteral("iuri"));
    CHECK(searchKey(QStringLiteral("Iouri")) == QStringLiteral("iuri"));
    CHECK(searchKey(QStringLiteral("Михаил")) == QStringLiteral("mihail"));
    CHECK(searchKey(QStringLiteral("Mikhail")) == QStringLiteral("mihail"));
    CHECK(searchKey(QStringLiteral("Иванов")) == QStringLiteral("ivanov"));
    CHECK(searchKey(QStringLiteral("Iwanow")) == QStringLiteral("ivanov"));
    CHECK(searchKey(QStringLiteral("Хрущёв")) == QStringLiteral("hrushchev"));
}

TEST_CASE("Accents fold away: Müller, Sao Paulo, Straße", "[i18n][search]")
{
    CHECK(searchKey(QStringLiteral("São Paulo")) == QStringLiteral("sao paulo"));
    CHECK(searchKey(QStringLiteral("sao paulo")) == QStringLiteral("sao paulo"));
    CHECK(searchKey(QStringLiteral("Müller")) == QStringLiteral("muler"));
    CHECK(searchKey(QStringLiteral("muller")) == QStringLiteral("muler"));
    CHECK(searchKey(QStringLiteral("mueller")) == QStringLiteral("muler"));
    CHECK(searchKey(QStringLiteral("MÜLLER")) == QStringLiteral("muler"));
    CHECK(searchKey(QStringLiteral("Straße")) == QStringLiteral("strase"));
    CHECK(searchKey(QStringLiteral("STRASSE")) == QStringLiteral("strase"));
    CHECK(searchKey(QStringLiteral("Łódź")) == QStringLiteral("lodz"));
}

TEST_CASE("Other scripts are transliterated to Latin", "[i18n][search]")
{
    CHECK(searchKey(QStringLiteral("周")) == QStringLiteral("zhou"));
    CHECK(searchKey(QStringLiteral("zhou")) == QStringLiteral("zhou"));
    CHECK(searchKey(QStringLiteral("周恩来")) == QStringLiteral("zhou en lai"));
    CHECK(searchKey(QStringLiteral("Ελλάδα")) == QStringLiteral("elada"));
    CHECK(searchKey(QStringLiteral("नमस्ते")) == QStringLiteral("namaste"));
    CHECK(searchKey(QStringLiteral("สวัสดี")) == QStringLiteral("svasdi"));
    CHECK(searchKey(QStringLiteral("\u0645\u062D\u0645\u062F")) == QStringLiteral("mhmd")); // محمد
    CHECK(searchKey(QStringLiteral("서울")) == QStringLiteral("seoul"));
}

TEST_CASE("Punctuation and apostrophes do not split or block matches", "[i18n][search]")
{
    CHECK(searchKey(QStringLiteral("O'Brien")) == QStringLiteral("obrien"));
    CHECK(searchKey(QStringLiteral("O\u2019Brien")) == QStringLiteral("obrien"));
    CHECK(searchKey(QStringLiteral("  Union — of   garment-workers!! ")) == QStringLiteral("union of garment vorkers"));
    CHECK(searchKey(QStringLiteral("\u2460 \u00BD x\u00B2")) == QStringLiteral("1 1 2 x2"));
    CHECK(searchKey(QStringLiteral("١٢٣ ۴۵۶")) == QStringLiteral("123 456"));
}

TEST_CASE("Empty, invisible and broken input gives an empty or partial key", "[i18n][search]")
{
    CHECK(searchKey(QString()).isEmpty());
    CHECK(searchKey(QStringLiteral("   ")).isEmpty());
    CHECK(searchKey(QStringLiteral("!!! ??? ***")).isEmpty());
    CHECK(searchKey(QStringLiteral("\u200B\u202E")).isEmpty());
    CHECK(searchKey(trellis::test::loneSurrogate()).isEmpty());
    CHECK(searchKey(QStringLiteral("a") + trellis::test::loneSurrogate() + QStringLiteral("b")) == QStringLiteral("a b"));
    CHECK(searchKey(QStringLiteral("Serg\u200Bei")) == QStringLiteral("sergei")); // zero-width space dropped
}

TEST_CASE("Spelling-variant folding is documented rule by rule", "[i18n][search]")
{
    CHECK(foldSpellingVariants(QStringLiteral("khan")) == QStringLiteral("han"));
    CHECK(foldSpellingVariants(QStringLiteral("goethe")) == QStringLiteral("gothe"));
    CHECK(foldSpellingVariants(QStringLiteral("jorge yusuf")) == QStringLiteral("iorge iusuf"));
    CHECK(foldSpellingVariants(QStringLiteral("iouri")) == QStringLiteral("iuri"));
    CHECK(foldSpellingVariants(QStringLiteral("walter")) == QStringLiteral("valter"));
    CHECK(foldSpellingVariants(QStringLiteral("anna 1100")) == QStringLiteral("ana 1100")); // digits are not letters
    CHECK(foldSpellingVariants(QString()).isEmpty());
}
