// The demo alliance written with counted UUIDs and times must match, table by table, the one the
// store wrote before its routines were folded onto the store kit (tests/data/demo-golden.txt); so must
// the rows its dated lists read back (tests/data/demo-lists-golden.txt).
#include "storefixture.h"

#include "store/database.h"
#include "store/demoalliance.h"
#include "store/headlinerows.h"
#include "store/ledgerchain.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace trellis;
using namespace trellis::store;

namespace {

/// Counts instead of chance: the nth UUID and the nth second after a fixed instant.
struct CountedStamps {
    CountedStamps()
    {
        stampSource().uuid = [this] {
            return QStringLiteral("00000000-0000-4000-8000-%1").arg(++uuids, 12, 10, QLatin1Char('0'));
        };
        stampSource().now = [this] {
            return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(++ticks);
        };
    }
    ~CountedStamps() { stampSource() = {}; }
    qint64 uuids = 0;
    qint64 ticks = 0;
};

/// One line per table: its name, its row count and the SHA-256 of its rows in a fixed order,
/// each value written with SQL's quote() so NULL, 0 and '' stay apart.
QStringList tableDigests(Database &db)
{
    QStringList lines;
    auto tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    REQUIRE(tables);
    QStringList names;
    while (*tables->step())
        names << tables->text(0);
    for (const QString &table : std::as_const(names)) {
        auto columns = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        REQUIRE(columns);
        columns->bind(1, table);
        QStringList quoted;
        while (*columns->step())
            quoted << QStringLiteral("quote(\"%1\")").arg(columns->text(0));
        // Table and column names come from the file's own schema, not from user text.
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
        REQUIRE(rows);
        QStringList values;
        while (*rows->step())
            values << rows->text(0);
        values.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &row : std::as_const(values))
            hash.addData((row + u'\n').toUtf8());
        lines << QStringLiteral("%1 %2 %3").arg(table).arg(values.size()).arg(QString::fromLatin1(hash.result().toHex()));
    }
    return lines;
}

/// Checks actual line by line against the committed file tests/data/<name>, which
/// TRELLIS_UPDATE_GOLDEN=1 rewrites from actual first; why says what a difference means.
void matchGolden(const QString &name, const QStringList &actual, const char *why)
{
    const QString goldenPath = test::testData(name);
    if (qEnvironmentVariableIsSet("TRELLIS_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write((actual.join(u'\n') + u'\n').toUtf8());
        WARN("Rewrote " << goldenPath.toStdString());
    }
    QFile in(goldenPath);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QStringList golden = QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
    INFO(why << ": TRELLIS_UPDATE_GOLDEN=1 build/tests/core/store/test_store \"[golden]\", and say why in the commit.");
    CHECK(actual.size() == golden.size());
    for (int i = 0; i < std::min(actual.size(), golden.size()); ++i)
        CHECK(actual.at(i).toStdString() == golden.at(i).toStdString());
}

} // namespace

TEST_CASE("The demo alliance written with counted stamps matches the committed digest of every table and the chain head", "[golden]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    {
        CountedStamps stamps;
        auto written = writeDemoAlliance(path, 60);
        REQUIRE(written);
    }
    auto db = Database::open(path, OpenMode::ReadOnly);
    REQUIRE(db);
    QStringList actual = tableDigests(*db);
    auto head = chainHead(*db);
    REQUIRE(head);
    actual << QStringLiteral("chain-head %1").arg(QString::fromLatin1(head->toHex()));

    matchGolden(QStringLiteral("demo-golden.txt"), actual,
                "A store change altered what the demo alliance writes. If the demo data or the schema changed on "
                "purpose, rewrite the digest");
}

TEST_CASE("The demo alliance's dated lists match their committed rows in three languages", "[golden]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    {
        CountedStamps stamps;
        REQUIRE(writeDemoAlliance(path, 60));
    }
    auto ws = Workspace::open(path);
    REQUIRE(ws);
    using Reader = Result<QList<HeadlineRow>> (*)(Workspace &, const QString &);
    const std::pair<const char *, Reader> readers[] = {
        {"incident", &incidentRows},   {"rehearsal", &rehearsalRows}, {"exchange", &exchangeRows},
        {"shared-risk", &sharedRiskRows}, {"crossover", &crossoverRows}, {"pause", &pauseRows},
        {"ritual", &ritualRows},       {"fire-drill", &fireDrillRows}, {"envoy-journey", &envoyJourneyRows},
        {"custodian-term", &custodianTermRows},
    };
    QStringList actual;
    for (const auto &[kind, read] : readers) {
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("ar"), QStringLiteral("zh-Hans")}) {
            auto rows = read(*ws, language);
            REQUIRE(rows);
            CHECK_FALSE(rows->isEmpty());
            for (const HeadlineRow &r : std::as_const(*rows)) {
                QStringList partners;
                for (qint64 id : r.partnerIds)
                    partners << QString::number(id);
                actual << QStringLiteral("%1 %2 #%3 %4 [%5|%6|%7] %8 %9 %10 %11")
                              .arg(QString::fromLatin1(kind), language)
                              .arg(r.id)
                              .arg(r.date.toString(Qt::ISODate), r.headline.left(40), r.headlineLanguage,
                                   domain::statusKey(r.status))
                              .arg(r.count)
                              .arg(r.kind, r.state, partners.join(u','));
            }
        }
    }

    matchGolden(QStringLiteral("demo-lists-golden.txt"), actual,
                "A store change altered the rows of the dated lists. If the demo data changed on purpose, rewrite them");
}
