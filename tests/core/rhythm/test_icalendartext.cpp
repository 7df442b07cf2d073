// RFC 5545 text rules: TEXT escaping, parameter quoting, folding at 75 octets without splitting UTF-8.
#include "rhythmtest.h"

#include "rhythm/icalendartext.h"

using namespace trellis;
using namespace trellis::rhythm;

namespace {

/// The physical lines of folded output, without their CRLF; fails when a line ends otherwise.
QList<QByteArray> physicalLines(const QByteArray &folded)
{
    REQUIRE(folded.endsWith("\r\n"));
    QList<QByteArray> lines = folded.chopped(2).split('\n');
    for (QByteArray &line : lines) {
        if (&line != &lines.last()) {
            REQUIRE(line.endsWith('\r'));
            line.chop(1);
        }
        CHECK_FALSE(line.contains('\r'));
    }
    return lines;
}

void checkFolding(const QString &line)
{
    const QByteArray folded = foldIcsLine(line);
    const QList<QByteArray> lines = physicalLines(folded);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        INFO("line " << i << ": " << lines[i].toStdString());
        CHECK(lines[i].size() <= 75);
        if (i > 0) {
            REQUIRE(lines[i].startsWith(' '));
            CHECK(lines[i].size() > 1);
        }
        // Each physical line is valid UTF-8 on its own: no sequence was split.
        const QByteArray content = i > 0 ? lines[i].mid(1) : lines[i];
        CHECK(QString::fromUtf8(content).toUtf8() == content);
        CHECK_FALSE(QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
    }
    CHECK(unfoldIcs(folded) == line.toUtf8() + "\r\n");
}

} // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks")
{
    CHECK(escapeIcsText(QStringLiteral("a\\b;c,d\ne")) == u"a\\\\b\\;c\\,d\\ne");
    CHECK(escapeIcsText(QStringLiteral("one\r\ntwo\rthree")) == u"one\\ntwo\\nthree");
    CHECK(escapeIcsText(QStringLiteral("time: 18:00\t\"quoted\"")) == u"time: 18:00\t\"quoted\"");
    CHECK(escapeIcsText(QStringLiteral("bell\x07 and\x1b escape\x7f")) == u"bell and escape");
    CHECK(escapeIcsText(QString::fromUtf8("سلام، دوستان؛\u2029¡hola, amigos!")) == QString::fromUtf8("سلام، دوستان؛\\n¡hola\\, amigos!"));
    CHECK(escapeIcsText(QString()).isEmpty());
}

TEST_CASE("Parameter values are quoted when they hold separators")
{
    CHECK(icsParameterValue(QStringLiteral("Europe/Madrid")) == u"Europe/Madrid");
    CHECK(icsParameterValue(QStringLiteral("America/Argentina/Buenos_Aires")) == u"America/Argentina/Buenos_Aires");
    CHECK(icsParameterValue(QStringLiteral("a:b")) == u"\"a:b\"");
    CHECK(icsParameterValue(QStringLiteral("say \"hi\";now")) == u"\"say 'hi';now\"");
}

TEST_CASE("Lines of 75 octets or fewer are not folded")
{
    const QString exactly75(75, u'x');
    CHECK(foldIcsLine(exactly75) == exactly75.toUtf8() + "\r\n");
    CHECK(foldIcsLine(QString()) == "\r\n");
}

TEST_CASE("Longer lines fold at 75 octets, the leading space counted")
{
    const QString line(76 + 74 + 3, u'x');
    const QList<QByteArray> lines = physicalLines(foldIcsLine(line));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[2] == " xxxx");
    checkFolding(line);
}

TEST_CASE("Folding never splits a UTF-8 sequence")
{
    // Persian letters are 2 octets: after "D" (1 octet) the 75th octet is the first half of a letter.
    checkFolding(QStringLiteral("D") + QString::fromUtf8("گفت‌وگوی فصلی درباره‌ی مراقبت و استراحت میان شرکا، بدون عجله"));
    // Han characters are 3 octets, a character outside the BMP 4 (a surrogate pair in UTF-16).
    checkFolding(QString::fromUtf8("DESCRIPTION:") + QString::fromUtf8("团结的节奏需要休息").repeated(9));
    checkFolding(QStringLiteral("SUMMARY:ab") + QString::fromUtf8("\U00020000\U0001F91D").repeated(40));
    // Every offset of a 2-, 3- and 4-octet character against the fold.
    for (int pad = 0; pad < 4; ++pad) {
        checkFolding(QString(pad, u'a') + QString::fromUtf8("é").repeated(80));
        checkFolding(QString(pad, u'a') + QString::fromUtf8("節").repeated(80));
        checkFolding(QString(pad, u'a') + QString::fromUtf8("\U0001F331").repeated(80));
    }
    // Where a 2-octet letter would straddle octet 75, the first line ends at 74.
    const QList<QByteArray> lines = physicalLines(foldIcsLine(QStringLiteral("D") + QString::fromUtf8("é").repeated(40)));
    CHECK(lines[0].size() == 75);
    const QList<QByteArray> shifted = physicalLines(foldIcsLine(QString::fromUtf8("é").repeated(40)));
    CHECK(shifted[0].size() == 74);
}
