// The RAII layer over SQLite: statements, bindings, transactions, error translation.
#include "testsupport.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <sqlite3.h>

using namespace trellis;
using namespace trellis::store;

namespace {
Database memoryDb()
{
    auto db = Database::open(QStringLiteral(":memory:"), OpenMode::ReadWriteCreate);
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER)")).ok());
    return std::move(*db);
}
} // namespace

TEST_CASE("Statements bind text as UTF-16 and read it back unchanged", "[store][database]")
{
    Database db = memoryDb();
    const QString names[] = {QStringLiteral("Сергей"), QStringLiteral("周"), QStringLiteral("عمال الملابس"),
                             QStringLiteral("😀 emoji")};
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (:name, :n)"));
    REQUIRE(insert.ok());
    for (const QString &name : names) {
        insert->reset();
        insert->bind(":name", name).bind(":n", qint64(1) << 40);
        REQUIRE(insert->run().ok());
    }
    auto select = db.prepare(QStringLiteral("SELECT name, n FROM t ORDER BY id"));
    REQUIRE(select.ok());
    for (const QString &name : names) {
        auto row = select->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        CHECK(select->text(0) == name);
        CHECK(select->int64(1) == (qint64(1) << 40));
    }
    auto done = select->step();
    REQUIRE(done.ok());
    CHECK_FALSE(*done);
}

TEST_CASE("Empty and null strings bind as empty text, nothing binds NULL", "[store][database]")
{
    Database db = memoryDb();
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (?, ?)"));
    insert->bind(1, QString()).bind(2, std::optional<qint64>());
    REQUIRE(insert->run().ok());
    auto select = db.prepare(QStringLiteral("SELECT typeof(name), typeof(n) FROM t"));
    REQUIRE(select->step().ok());
    CHECK(select->text(0) == QStringLiteral("text"));
    CHECK(select->text(1) == QStringLiteral("null"));
}

TEST_CASE("A transaction not committed is rolled back", "[store][database]")
{
    Database db = memoryDb();
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx.ok());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t(name) VALUES ('kept?')")).ok());
    }
    auto count = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(count->step().ok());
    CHECK(count->int64(0) == 0);
    count->reset();
    {
        auto tx = Transaction::begin(db);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t(name) VALUES ('kept')")).ok());
        REQUIRE(tx->commit().ok());
    }
    REQUIRE(count->step().ok());
    CHECK(count->int64(0) == 1);
}

TEST_CASE("Constraint failures become conflict errors with the SQLite code kept", "[store][database]")
{
    Database db = memoryDb();
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
    insert->bindNull(1); // NULL into NOT NULL
    auto status = insert->run();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Conflict);
    CHECK((status.error().sqliteCode & 0xff) == 19); // SQLITE_CONSTRAINT
}

TEST_CASE("A missing file is reported, not created, when opening", "[store][database]")
{
    test::ScratchDir dir;
    auto db = Database::open(dir.path(QStringLiteral("absent.trellis")), OpenMode::ReadWrite);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("absent.trellis"))));
}

TEST_CASE("int64Column collects the first column of every row and reports errors", "[store][database]")
{
    Database db = memoryDb();
    REQUIRE(db.exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('a', 3), ('b', 1), ('c', 2)")).ok());
    auto ns = db.prepare(QStringLiteral("SELECT n FROM t ORDER BY name"));
    REQUIRE(ns.ok());
    auto values = ns->int64Column();
    REQUIRE(values.ok());
    CHECK(*values == QList<qint64>{3, 1, 2});
    auto none = db.prepare(QStringLiteral("SELECT n FROM t WHERE 0"));
    CHECK(none->int64Column()->isEmpty());
    // A runtime failure (integer overflow in sum) comes back as an error, not as a partial list.
    auto overflow = db.prepare(QStringLiteral("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)"));
    CHECK_FALSE(overflow->int64Column().ok());
}

TEST_CASE("collect makes a list of every row, and the first failure ends it with no list", "[store][database]")
{
    Database db = memoryDb();
    REQUIRE(db.exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('a', 3), ('b', 1), ('c', 2)")).ok());
    auto rows = db.query(QStringLiteral("SELECT name, n FROM t ORDER BY n"));
    REQUIRE(rows.ok());
    auto pairs = rows->collect([](const Statement &row) -> QString { return row.text(0) + QString::number(row.int64(1)); });
    REQUIRE(pairs.ok());
    CHECK(*pairs == QStringList{QStringLiteral("b1"), QStringLiteral("c2"), QStringLiteral("a3")});

    // An item that cannot be made stops the walk: its error comes back, and no rows after it are read.
    auto again = db.query(QStringLiteral("SELECT name, n FROM t ORDER BY n"));
    REQUIRE(again.ok());
    int made = 0;
    auto refused = again->collect([&made](const Statement &row) -> Result<qint64> {
        if (row.int64(1) == 2)
            return makeError(ErrorCode::Corrupt, QStringLiteral("row c is damaged"));
        ++made;
        return row.int64(1);
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Corrupt);
    CHECK(refused.error().message == QStringLiteral("row c is damaged"));
    CHECK(made == 1);

    // A failure of SQLite itself mid-walk is reported the same way.
    auto overflow = db.query(QStringLiteral("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)"));
    REQUIRE(overflow.ok());
    CHECK_FALSE(overflow->collect([](const Statement &row) { return row.int64(0); }).ok());
    auto none = db.query(QStringLiteral("SELECT n FROM t WHERE 0"));
    REQUIRE(none.ok());
    auto empty = none->collect([](const Statement &row) { return row.int64(0); });
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("SQLite's failures become errors a user can read, of the kind the window reacts to", "[store][database]")
{
    struct Case {
        int rc;
        ErrorCode code;
        const char *says;
    };
    const Case cases[] = {
        {SQLITE_BUSY, ErrorCode::Busy, "busy in another program"},
        {SQLITE_BUSY_SNAPSHOT, ErrorCode::Busy, "busy in another program"}, // an extended code: its primary decides
        {SQLITE_LOCKED, ErrorCode::Busy, "busy in another program"},
        {SQLITE_CORRUPT, ErrorCode::Corrupt, "damaged"},
        {SQLITE_NOTADB, ErrorCode::NotAWorkspace, "not a Trellis workspace"},
        {SQLITE_FULL, ErrorCode::Storage, "disk is full; nothing was saved"},
        {SQLITE_READONLY, ErrorCode::Storage, "read-only"},
        {SQLITE_CANTOPEN, ErrorCode::Io, "cannot be opened"},
        {SQLITE_IOERR_WRITE, ErrorCode::Io, "could not be read or written"},
        {SQLITE_TOOBIG, ErrorCode::InvalidInput, "longer than a workspace allows"},
    };
    for (const Case &c : cases) {
        INFO("SQLite result code " << c.rc);
        const Error e = sqliteError(c.rc, QStringLiteral("low-level words"), QStringLiteral("Cannot save"));
        CHECK(e.code == c.code);
        CHECK(e.message.startsWith(QStringLiteral("Cannot save: ")));
        CHECK(e.message.contains(QString::fromLatin1(c.says)));
        CHECK_FALSE(e.message.contains(QStringLiteral("low-level words")));
        CHECK(e.sqliteCode == c.rc);
    }
    // A trigger's refusal is written for users: kept whole, and a posted record's marks it immutable.
    const Error posted = sqliteError(SQLITE_CONSTRAINT_TRIGGER, QStringLiteral("a posted entry cannot change"), QString());
    CHECK(posted.code == ErrorCode::Immutable);
    CHECK(posted.message == QStringLiteral("a posted entry cannot change"));
    CHECK(sqliteError(SQLITE_CONSTRAINT_UNIQUE, QStringLiteral("UNIQUE constraint failed"), QString()).code
          == ErrorCode::Conflict);
    // A code with no sentence of its own keeps SQLite's message.
    const Error other = sqliteError(SQLITE_ERROR, QStringLiteral("no such table: x"), QString());
    CHECK(other.code == ErrorCode::Storage);
    CHECK(other.message == QStringLiteral("no such table: x"));
}
