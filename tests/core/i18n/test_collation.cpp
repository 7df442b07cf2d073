// Collation: Swedish and German orders, sort keys, and ORDER BY ... COLLATE in SQLite.
#include "i18ntest.h"

#include "i18n/collation.h"
#include "store/database.h"
#include "store/statement.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::valueOf;

namespace {
QStringList sorted(QStringList texts, const char *tag)
{
    sortTexts(texts, QString::fromLatin1(tag));
    return texts;
}

const QStringList kNames = {QStringLiteral("Östen"), QStringLiteral("Zeta"), QStringLiteral("Åsa"),
                            QStringLiteral("Anna"),  QStringLiteral("Ärla"), QStringLiteral("Olle")};

store::Database namesDb(const QStringList &names)
{
    auto db = store::Database::open(QStringLiteral(":memory:"), store::OpenMode::ReadWriteCreate);
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE partner(name TEXT NOT NULL)")).ok());
    auto insert = db->prepare(QStringLiteral("INSERT INTO partner(name) VALUES (?)"));
    REQUIRE(insert.ok());
    for (const QString &name : names) {
        insert->reset();
        insert->bind(1, name);
        REQUIRE(insert->run().ok());
    }
    return std::move(*db);
}

QStringList orderedBy(const store::Database &db, const QString &collation)
{
    auto select = db.prepare(QStringLiteral("SELECT name FROM partner ORDER BY name COLLATE %1, rowid").arg(collation));
    REQUIRE(select.ok());
    QStringList names;
    while (valueOf(select->step()))
        names << select->text(0);
    return names;
}
} // namespace

TEST_CASE("Swedish sorts å ä ö after z", "[i18n][collation]")
{
    CHECK(sorted(kNames, "sv") == QStringList{QStringLiteral("Anna"), QStringLiteral("Olle"), QStringLiteral("Zeta"),
                                              QStringLiteral("Åsa"), QStringLiteral("Ärla"), QStringLiteral("Östen")});
}

TEST_CASE("German sorts umlauts with their base letters", "[i18n][collation]")
{
    CHECK(sorted(kNames, "de") == QStringList{QStringLiteral("Anna"), QStringLiteral("Ärla"), QStringLiteral("Åsa"),
                                              QStringLiteral("Olle"), QStringLiteral("Östen"), QStringLiteral("Zeta")});
    const QStringList mullers = {QStringLiteral("Muller"), QStringLiteral("Müller"), QStringLiteral("Mueller")};
    CHECK(sorted(mullers, "de") == QStringList{QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("Müller")});
    // The phone-book order reads ü as ue.
    CHECK(sorted(mullers, "de-u-co-phonebk") == QStringList{QStringLiteral("Mueller"), QStringLiteral("Müller"), QStringLiteral("Muller")});
}

TEST_CASE("Chinese sorts by pinyin", "[i18n][collation]")
{
    // Shanghai, Beijing, Guangzhou -> Beijing, Guangzhou, Shanghai
    CHECK(sorted({QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("广州")}, "zh-Hans")
          == QStringList{QStringLiteral("北京"), QStringLiteral("广州"), QStringLiteral("上海")});
}

TEST_CASE("Sort keys compare bytewise in the language's order", "[i18n][collation]")
{
    const QString sv = QStringLiteral("sv");
    const QString de = QStringLiteral("de");
    CHECK(sortKey(QStringLiteral("z"), sv) < sortKey(QStringLiteral("ä"), sv));
    CHECK(sortKey(QStringLiteral("ä"), de) < sortKey(QStringLiteral("z"), de));
    CHECK(sortKey(QStringLiteral("abc"), de) == sortKey(QStringLiteral("abc"), de));
    CHECK(sortKey(QString(), de).isEmpty() == false); // level separators only, still a valid key
    CHECK(sortKey(QString(), de) < sortKey(QStringLiteral("a"), de));
    CHECK_FALSE(sortKey(trellis::test::loneSurrogate(), de).isEmpty());
    // An invalid tag sorts with the root collation instead of failing.
    CHECK(sortKey(QStringLiteral("ä"), QStringLiteral("xx")) == sortKey(QStringLiteral("ä"), QStringLiteral("en")));
}

TEST_CASE("Texts compare as the language's collation says", "[i18n][collation]")
{
    CHECK(compareTexts(QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("en")) == -1);
    CHECK(compareTexts(QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("en")) == 1);
    CHECK(compareTexts(QStringLiteral("Åsa"), QStringLiteral("Åsa"), QStringLiteral("sv")) == 0);
    CHECK(compareTexts(QStringLiteral("Zeta"), QStringLiteral("Åsa"), QStringLiteral("sv")) == -1);
    CHECK(compareTexts(QStringLiteral("Zeta"), QStringLiteral("Åsa"), QStringLiteral("de")) == 1);
}

TEST_CASE("Collation names are derived from canonical tags", "[i18n][collation]")
{
    CHECK(collationName(QStringLiteral("fa-IR")) == QStringLiteral("trellis_fa_ir"));
    CHECK(collationName(QStringLiteral("EN_us")) == QStringLiteral("trellis_en_us"));
    CHECK(collationName(QStringLiteral("iw")) == QStringLiteral("trellis_he"));
    CHECK(collationName(QStringLiteral("de-u-co-phonebk")) == QStringLiteral("trellis_de_u_co_phonebk"));
}

TEST_CASE("ORDER BY COLLATE uses the registered ICU collations", "[i18n][collation][sqlite]")
{
    store::Database db = namesDb(kNames);
    REQUIRE(registerCollations(db.handle(), {QStringLiteral("sv"), QStringLiteral("de-DE")}).ok());
    CHECK(orderedBy(db, QStringLiteral("trellis_sv")) == QStringList{QStringLiteral("Anna"), QStringLiteral("Olle"), QStringLiteral("Zeta"),
                                                                      QStringLiteral("Åsa"), QStringLiteral("Ärla"), QStringLiteral("Östen")});
    CHECK(orderedBy(db, QStringLiteral("trellis_de_de")) == QStringList{QStringLiteral("Anna"), QStringLiteral("Ärla"), QStringLiteral("Åsa"),
                                                                         QStringLiteral("Olle"), QStringLiteral("Östen"), QStringLiteral("Zeta")});
    CHECK(orderedBy(db, QStringLiteral("trellis_root")) == QStringList{QStringLiteral("Anna"), QStringLiteral("Ärla"), QStringLiteral("Åsa"),
                                                                        QStringLiteral("Olle"), QStringLiteral("Östen"), QStringLiteral("Zeta")});
    // Byte order, for contrast: every accented capital after Z.
    CHECK(orderedBy(db, QStringLiteral("BINARY")) == QStringList{QStringLiteral("Anna"), QStringLiteral("Olle"), QStringLiteral("Zeta"),
                                                                  QStringLiteral("Ärla"), QStringLiteral("Åsa"), QStringLiteral("Östen")});
}

TEST_CASE("Collations can be registered again and compare non-Latin text", "[i18n][collation][sqlite]")
{
    store::Database db = namesDb({QStringLiteral("Сергей"), QStringLiteral("Анна"), QStringLiteral("周"), QStringLiteral("Zoe")});
    REQUIRE(registerCollations(db.handle(), {QStringLiteral("ru")}).ok());
    REQUIRE(registerCollations(db.handle(), {QStringLiteral("ru")}).ok()); // replaces, frees the old collator
    CHECK(orderedBy(db, QStringLiteral("trellis_ru")) == QStringList{QStringLiteral("Анна"), QStringLiteral("Сергей"), QStringLiteral("Zoe"), QStringLiteral("周")});
}

TEST_CASE("Registering collations rejects bad tags and missing connections", "[i18n][collation][sqlite]")
{
    store::Database db = namesDb({});
    CHECK_FALSE(registerCollations(db.handle(), {QStringLiteral("klingon")}).ok());
    CHECK_FALSE(registerCollations(db.handle(), {QStringLiteral("en-ZZ")}).ok());
    CHECK_FALSE(registerCollations(nullptr, {QStringLiteral("en")}).ok());
    CHECK(registerCollations(db.handle(), {}).ok());
}
