// A report header's own words in each column's language, from Trellis's translation into it, and
// honestly labelled in the interface language when there is none.
#include "testsupport.h"

#include "reports/columnwords.h"

#include <QFile>

using namespace trellis;
using namespace trellis::reports;

namespace {

/// A folder holding trellis_es.qm with the one word "all time" in Spanish, made with lrelease.
QString spanishCatalogue(const test::ScratchDir &dir)
{
    QFile ts(dir.path(QStringLiteral("trellis_es.ts")));
    REQUIRE(ts.open(QIODevice::WriteOnly));
    ts.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"es\">\n"
             "<context><name>ReportHeader</name>\n"
             "<message><source>all time</source><translation>todo el periodo</translation></message>\n"
             "<message><source>(unnamed alliance)</source><translation type=\"unfinished\"></translation></message>\n"
             "</context>\n</TS>\n");
    ts.close();
    const auto made = test::runProgram(QStringLiteral(TRELLIS_LRELEASE),
                                       {QStringLiteral("-silent"), ts.fileName(), QStringLiteral("-qm"),
                                        dir.path(QStringLiteral("trellis_es.qm"))});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return dir.path(QString());
}

} // namespace

TEST_CASE("A header word stands in each column's own language where Trellis is translated into it", "[reports][i18n]")
{
    test::ScratchDir dir;
    const ColumnWords words(spanishCatalogue(dir));

    const Cell es = words.word(Column::of(QStringLiteral("es")), QStringLiteral("en"), "ReportHeader", "all time");
    CHECK(es.text == QStringLiteral("todo el periodo"));
    CHECK(es.language == QStringLiteral("es"));

    // A region reads its language's catalogue.
    CHECK(words.word(Column::of(QStringLiteral("es-MX")), QStringLiteral("en"), "ReportHeader", "all time").text
          == QStringLiteral("todo el periodo"));

    // English is the sources' own language.
    const Cell en = words.word(Column::of(QStringLiteral("en")), QStringLiteral("es"), "ReportHeader", "all time");
    CHECK(en.text == QStringLiteral("all time"));
    CHECK(en.language == QStringLiteral("en"));
}

TEST_CASE("A header word Trellis has no translation of is in the interface language and labelled so", "[reports][i18n]")
{
    test::ScratchDir dir;
    const ColumnWords words(spanishCatalogue(dir));

    // Persian: no catalogue. The word is the interface's (English here, no translator installed),
    // labelled English and left to right, never passed off as Persian.
    const Cell fa = words.word(Column::of(QStringLiteral("fa")), QStringLiteral("ar"), "ReportHeader", "all time");
    CHECK(fa.text == QStringLiteral("all time"));
    CHECK(fa.language == QStringLiteral("en"));
    CHECK(fa.direction == i18n::TextDirection::LeftToRight);

    // Spanish catalogue, but this word is unfinished in it.
    const Cell unnamed = words.word(Column::of(QStringLiteral("es")), QStringLiteral("en"), "ReportHeader", "(unnamed alliance)");
    CHECK(unnamed.text == QStringLiteral("(unnamed alliance)"));
    CHECK(unnamed.language == QStringLiteral("en"));
}
