// Safe FTS5 MATCH expressions, checked against real trigram and unicode61 tables.
#include "i18ntest.h"

#include "i18n/ftsquery.h"
#include "i18n/searchkey.h"
#include "store/database.h"
#include "store/statement.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::valueOf;

namespace {

const QStringList kTexts = {
    QStringLiteral("Сергей Петров"),                       // 1
    QStringLiteral("São Paulo Garment Workers"),           // 2
    QStringLiteral("Müller Kollektiv"),                    // 3
    QStringLiteral("周 Collective"),                       // 4
    QStringLiteral("say \"hi\" NEAR the AND OR NOT group"), // 5
    QStringLiteral("a*b (c) -d col:val ^start"),           // 6
};

store::Database ftsDb()
{
    auto db = store::Database::open(QStringLiteral(":memory:"), store::OpenMode::ReadWriteCreate);
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("CREATE VIRTUAL TABLE keys USING fts5(key, tokenize='trigram');"
                                    "CREATE VIRTUAL TABLE raw USING fts5(body, tokenize='unicode61');"
                                    "CREATE VIRTUAL TABLE rawtri USING fts5(body, tokenize='trigram');")).ok());
    for (qsizetype i = 0; i < kTexts.size(); ++i) {
        for (const char *sql : {"INSERT INTO keys(rowid, key) VALUES (?, ?)", "INSERT INTO raw(rowid, body) VALUES (?, ?)",
                                "INSERT INTO rawtri(rowid, body) VALUES (?, ?)"}) {
            auto insert = db->prepare(QString::fromLatin1(sql));
            REQUIRE(insert.ok());
            const QString value = QString::fromLatin1(sql).contains(QLatin1String("keys")) ? searchKey(kTexts[i]) : kTexts[i];
            insert->bind(1, qint64(i + 1)).bind(2, value);
            REQUIRE(insert->run().ok());
        }
    }
    return std::move(*db);
}

/// Row ids matching expression in table; the test fails if FTS5 rejects the expression.
QList<qint64> matches(const store::Database &db, const char *table, const QString &expression)
{
    auto select = db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(QString::fromLatin1(table)));
    REQUIRE(select.ok());
    select->bind(1, expression);
    QList<qint64> rows;
    for (;;) {
        auto row = select->step();
        INFO(expression.toStdString());
        REQUIRE(row.ok());
        if (!*row)
            break;
        rows << select->int64(0);
    }
    return rows;
}

QList<qint64> search(const store::Database &db, const QString &userQuery)
{
    const QString expression = searchMatchExpression(userQuery);
    REQUIRE_FALSE(expression.isEmpty());
    return matches(db, "keys", expression);
}

} // namespace

TEST_CASE("Words are quoted as FTS5 strings with quotes doubled", "[i18n][fts]")
{
    CHECK(ftsMatchExpression(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say\" \"\"\"hi\"\"\""));
    CHECK(ftsMatchExpression(QStringLiteral("  NEAR(a b)  OR  ")) == QStringLiteral("\"NEAR(a\" \"b)\" \"OR\""));
    CHECK(ftsMatchExpression(QStringLiteral("a*\tb\n-c")) == QStringLiteral("\"a*\" \"b\" \"-c\""));
    CHECK(ftsMatchExpression(QStringLiteral("x\u0000y")) == QStringLiteral("\"x\" \"y\""));
    CHECK(searchMatchExpression(QStringLiteral("São Paulo")) == QStringLiteral("\"sao\" \"paulo\""));
    CHECK(searchMatchExpression(QStringLiteral("Сергей")) == QStringLiteral("\"sergei\""));
}

TEST_CASE("An empty query gives the empty marker", "[i18n][fts]")
{
    CHECK(ftsMatchExpression(QString()).isEmpty());
    CHECK(ftsMatchExpression(QStringLiteral(" \t\n ")).isEmpty());
    CHECK(searchMatchExpression(QString()).isEmpty());
    CHECK(searchMatchExpression(QStringLiteral("\"\" ** ()")).isEmpty());
    CHECK(searchMatchExpression(QStringLiteral("zh li")).isEmpty()); // shorter than a trigram
    CHECK(searchKeyWords(QStringLiteral("Li Wei Sergey")) == QStringList{QStringLiteral("vei"), QStringLiteral("sergei")});
}

TEST_CASE("Cross-script searches find their records in a trigram index", "[i18n][fts][sqlite]")
{
    store::Database db = ftsDb();
    CHECK(search(db, QStringLiteral("sergei")) == QList<qint64>{1});
    CHECK(search(db, QStringLiteral("sergey")) == QList<qint64>{1});
    CHECK(search(db, QStringLiteral("Сергей")) == QList<qint64>{1});
    CHECK(search(db, QStringLiteral("petrov")) == QList<qint64>{1});
    CHECK(search(db, QStringLiteral("sao paulo")) == QList<qint64>{2});
    CHECK(search(db, QStringLiteral("paulo sao")) == QList<qint64>{2});
    CHECK(search(db, QStringLiteral("garm")) == QList<qint64>{2}); // any 3+ letter substring
    CHECK(search(db, QStringLiteral("muller")) == QList<qint64>{3});
    CHECK(search(db, QStringLiteral("mueller")) == QList<qint64>{3});
    CHECK(search(db, QStringLiteral("zhou")) == QList<qint64>{4});
    CHECK(search(db, QStringLiteral("collective")) == QList<qint64>{4});
    CHECK(search(db, QStringLiteral("sergei paulo")).isEmpty()); // words are ANDed
}

TEST_CASE("Hostile queries search literally in a trigram index", "[i18n][fts][sqlite]")
{
    store::Database db = ftsDb();
    CHECK(search(db, QStringLiteral("\"hi\" NEAR")) == QList<qint64>{5});
    CHECK(search(db, QStringLiteral("AND OR NOT")) == QList<qint64>{5});
    CHECK(search(db, QStringLiteral("NOT group")) == QList<qint64>{5}); // as an operator this would be a syntax error
    CHECK(search(db, QStringLiteral("NOT paulo")).isEmpty());         // words are ANDed: no row has both
    CHECK(search(db, QStringLiteral("col:val")) == QList<qint64>{6});
    CHECK(matches(db, "rawtri", ftsMatchExpression(QStringLiteral("a*b"))) == QList<qint64>{6});
    CHECK(matches(db, "rawtri", ftsMatchExpression(QStringLiteral("(c) -d"))) == QList<qint64>{6});
    CHECK(matches(db, "rawtri", ftsMatchExpression(QStringLiteral("\"hi\""))) == QList<qint64>{5});
    for (const char *hostile : {"\"", "\"\"", "a\"b", "*", "foo*", "NEAR(a b)", "-x", "AND", "OR", "NOT", "(", ")",
                                "col:val", "^start", "{key body}: x", "+", "a + b", "'; DROP TABLE keys; --"}) {
        const QString q = QString::fromLatin1(hostile);
        INFO(hostile);
        matches(db, "rawtri", ftsMatchExpression(q)); // must not be an FTS5 syntax error
        if (!searchMatchExpression(q).isEmpty())
            matches(db, "keys", searchMatchExpression(q));
    }
    CHECK(matches(db, "keys", QStringLiteral("\"sergei\"")) == QList<qint64>{1}); // the table survived
}

TEST_CASE("Hostile queries search literally in a unicode61 index", "[i18n][fts][sqlite]")
{
    store::Database db = ftsDb();
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("AND"))) == QList<qint64>{5});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("NEAR"))) == QList<qint64>{5});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("\"hi\""))) == QList<qint64>{5});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("NOT Kollektiv"))) == QList<qint64>{});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("kollektiv"))) == QList<qint64>{3});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("-d"))) == QList<qint64>{6});
    CHECK(matches(db, "raw", ftsMatchExpression(QStringLiteral("col:val"))) == QList<qint64>{6});
    for (const char *hostile : {"\"", "a\"b", "*", "foo*", "NEAR(a b)", "-x", "OR", "NOT", "(", ")", "^", "{body}: x", "+"}) {
        INFO(hostile);
        matches(db, "raw", ftsMatchExpression(QString::fromLatin1(hostile)));
    }
    CHECK(ftsMatchExpression(trellis::test::loneSurrogate()).isEmpty());
    CHECK(ftsMatchExpression(QStringLiteral("ab") + trellis::test::loneSurrogate() + QStringLiteral("cd")) == QStringLiteral("\"ab\" \"cd\""));
    CHECK(ftsMatchExpression(QStringLiteral("\U0001F600 ok")) == QStringLiteral("\"\U0001F600\" \"ok\"")); // pairs stay whole
    // For contrast: the same text unquoted is an FTS5 syntax error.
    auto select = db.prepare(QStringLiteral("SELECT rowid FROM raw WHERE raw MATCH ?"));
    REQUIRE(select.ok());
    select->bind(1, QStringLiteral("NEAR(a b"));
    CHECK_FALSE(select->step().ok());
}
