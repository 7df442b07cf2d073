// The checks every user-written text passes before it is stored.
#include "testsupport.h"

#include "util/text.h"

using namespace trellis;

TEST_CASE("Strict UTF-8 decoding refuses every malformed sequence and names the field", "[util][text][bad-input]")
{
    CHECK(*decodeUtf8(QByteArray("S\xc3\xa3o Paulo"), QStringLiteral("Name")) == QStringLiteral("São Paulo"));
    const QByteArray bad[] = {
        QByteArray("\xff"),             // never valid
        QByteArray("abc\xc3"),          // truncated sequence
        QByteArray("\xc0\xaf"),         // overlong '/'
        QByteArray("\xed\xa0\x80"),     // a UTF-16 surrogate encoded in UTF-8
        QByteArray("\xf4\x90\x80\x80"), // beyond U+10FFFF
    };
    for (const QByteArray &bytes : bad) {
        auto r = decodeUtf8(bytes, QStringLiteral("Narrative"));
        INFO(bytes.toHex().toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().message == QStringLiteral("Narrative is not valid UTF-8 text"));
    }
}

TEST_CASE("cleanText composes to NFC and refuses NUL, lone surrogates and overlong fields", "[util][text][bad-input]")
{
    CHECK(*cleanText(QStringLiteral("Mu\u0308ller"), QStringLiteral("Name")) == QStringLiteral("M\u00fcller"));
    CHECK(*cleanText(QStringLiteral("😀"), QStringLiteral("Name")) == QStringLiteral("😀"));
    CHECK(cleanText(QString(QChar(0xDC00)), QStringLiteral("Name")).error().message ==
          QStringLiteral("Name contains an invalid character"));
    CHECK(cleanText(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), QStringLiteral("Name")).error().message ==
          QStringLiteral("Name contains a NUL character"));
    const QString huge(kMaxFieldLength + 1, u'x');
    auto tooLong = cleanText(huge, QStringLiteral("Goals"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.startsWith(QStringLiteral("Goals is too long")));
    CHECK(cleanText(QString(kMaxFieldLength, u'x'), QStringLiteral("Goals")).ok());
}
