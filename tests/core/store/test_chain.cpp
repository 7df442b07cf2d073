// The ledger chain: every posted entry linked in order; any edit behind Trellis's back breaks it.
#include "storefixture.h"

#include "store/ledgerchain.h"
#include "store/ledgerstore.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

using namespace trellis;
using namespace trellis::domain;

namespace {
struct ChainFixture : test::WorkspaceFixture {
    qint64 a = addPartner(QStringLiteral("A"), QStringLiteral("en"));
    qint64 b = addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::LedgerStore ledger{ws};
    QList<qint64> ids;

    ChainFixture()
    {
        for (int i = 1; i <= 5; ++i) {
            LedgerEntry e;
            e.date = QDate(2026, 1, i);
            e.fromPartnerId = i % 2 ? a : b;
            e.toPartnerId = i % 2 ? b : a;
            e.kind = ContributionKind::Time;
            e.quantity = Quantity{i * 100, Unit::hours()};
            e.narrative = BilingualText(QStringLiteral("en"), QStringLiteral("Shift %1").arg(i));
            e.status = EntryStatus::Posted;
            auto id = ledger.add(e);
            REQUIRE(id.ok());
            ids << *id;
        }
    }
    store::ChainVerification verify(const QByteArray &head = {})
    {
        auto v = store::verifyChain(ws.database(), head);
        REQUIRE(v.ok());
        return *v;
    }
    void raw(const QString &sql)
    {
        // What someone with sqlite3 could do: guards off, then edit.
        REQUIRE(ws.database().exec(QStringLiteral(
            "PRAGMA foreign_keys = OFF; DROP TRIGGER IF EXISTS ledger_entry_posted_update; "
            "DROP TRIGGER IF EXISTS ledger_entry_posted_delete; DROP TRIGGER IF EXISTS ledger_chain_no_update; "
            "DROP TRIGGER IF EXISTS ledger_chain_no_delete; DROP TRIGGER IF EXISTS bitext_locked_original_update; ") + sql).ok());
    }
};
} // namespace

TEST_CASE("Posting links each entry into the chain, reversals included", "[store][chain]")
{
    ChainFixture f;
    auto reversal = f.ledger.reverse(f.ids.at(2), {});
    REQUIRE(reversal.ok());
    const auto v = f.verify();
    CHECK(v.intact);
    CHECK(v.length == 6);
    CHECK(v.head.size() == 32);
    CHECK(*store::chainHead(f.ws.database()) == v.head);
    // A draft is not chained until posted.
    LedgerEntry draft = *f.ledger.get(f.ids.at(0));
    draft.status = EntryStatus::Draft;
    auto draftId = f.ledger.add(draft);
    CHECK(f.verify().length == 6);
    REQUIRE(f.ledger.post(*draftId).ok());
    CHECK(f.verify().length == 7);
    CHECK(f.verify().head != v.head);
}

TEST_CASE("The canonical form names every field in a fixed order", "[store][chain]")
{
    ChainFixture f;
    auto bytes = store::canonicalEntryBytes(f.ws.database(), f.ids.at(0));
    REQUIRE(bytes.ok());
    const QString text = QString::fromUtf8(*bytes);
    CHECK(text.startsWith(QStringLiteral("trellis-ledger-entry-v1\nuuid=36:")));
    CHECK(text.contains(QStringLiteral("\ndate=10:2026-01-01\n")));
    CHECK(text.contains(QStringLiteral("\nquantity=3:100\nunit=5:hours\nstatus=6:posted\nreverses=0:\n")));
    CHECK(text.endsWith(QStringLiteral("\nnarrative_language=2:en\nnarrative=7:Shift 1\n")));
}

TEST_CASE("A single changed byte in a posted entry breaks the chain", "[store][chain][tamper]")
{
    const QStringList edits = {
        QStringLiteral("UPDATE ledger_entry SET quantity = 301 WHERE id = %1"),
        QStringLiteral("UPDATE ledger_entry SET occurred_on = '2026-01-04' WHERE id = %1"),
        QStringLiteral("UPDATE ledger_entry SET unit = 'words' WHERE id = %1"),
        QStringLiteral("UPDATE ledger_entry SET author = 'x' || author WHERE id = %1"),
        QStringLiteral("UPDATE bitext_version SET body = 'Shift 8' WHERE status = 'original' AND "
                       "text_id = (SELECT narrative_text_id FROM ledger_entry WHERE id = %1)"),
    };
    for (const QString &edit : edits) {
        ChainFixture f;
        f.raw(edit.arg(f.ids.at(2)));
        const auto v = f.verify();
        INFO(edit.toStdString());
        CHECK_FALSE(v.intact);
        CHECK(v.problem.contains(QStringLiteral("link 3 (ledger entry %1)").arg(f.ids.at(2))));
        auto report = store::checkWorkspace(f.ws);
        REQUIRE(report.ok());
        CHECK_FALSE(report->healthy());
    }
}

TEST_CASE("Deleting, reordering or truncating posted entries breaks the chain", "[store][chain][tamper]")
{
    SECTION("a deleted entry")
    {
        ChainFixture f;
        f.raw(QStringLiteral("DELETE FROM ledger_entry WHERE id = %1").arg(f.ids.at(1)));
        CHECK(f.verify().problem.contains(QStringLiteral("which is gone")));
    }
    SECTION("a deleted entry and its link")
    {
        ChainFixture f;
        f.raw(QStringLiteral("DELETE FROM ledger_chain WHERE entry_id = %1; DELETE FROM ledger_entry WHERE id = %1")
                  .arg(f.ids.at(1)));
        CHECK(f.verify().problem.contains(QStringLiteral("link 2 is missing")));
    }
    SECTION("two links swapped")
    {
        ChainFixture f;
        f.raw(QStringLiteral("UPDATE ledger_chain SET position = 100 WHERE position = 2; "
                             "UPDATE ledger_chain SET position = 2 WHERE position = 3; "
                             "UPDATE ledger_chain SET position = 3 WHERE position = 100"));
        const auto v = f.verify();
        CHECK_FALSE(v.intact);
        CHECK(v.problem.contains(QStringLiteral("link 2")));
    }
    SECTION("the tail truncated, against a published head")
    {
        ChainFixture f;
        const QByteArray published = f.verify().head;
        f.raw(QStringLiteral("DELETE FROM ledger_chain WHERE entry_id = %1; DELETE FROM ledger_entry WHERE id = %1")
                  .arg(f.ids.last()));
        CHECK(f.verify().intact); // shorter, but consistent on its own
        const auto v = f.verify(published);
        CHECK_FALSE(v.intact);
        CHECK(v.problem.contains(QStringLiteral("published head")));
    }
    SECTION("an unchained posted entry")
    {
        ChainFixture f;
        f.raw(QStringLiteral("DELETE FROM ledger_chain WHERE position = 5"));
        CHECK(f.verify().problem.contains(QStringLiteral("not in the chain")));
    }
}

TEST_CASE("The chain refuses edits through SQL while its guards stand", "[store][chain]")
{
    ChainFixture f;
    CHECK_FALSE(f.ws.database().exec(QStringLiteral("UPDATE ledger_chain SET hash = zeroblob(32)")).ok());
    CHECK_FALSE(f.ws.database().exec(QStringLiteral("DELETE FROM ledger_chain")).ok());
    CHECK(f.verify().intact);
}
