// The import fast path saves entries exactly as LedgerStore::add does: texts, locks, chain, search.
#include "storefixture.h"

#include "store/ledgerbulkinsert.h"
#include "store/ledgerchain.h"
#include "store/ledgerstore.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

using namespace trellis;
using namespace trellis::domain;

namespace {
struct BulkFixture : test::WorkspaceFixture {
    qint64 a = addPartner(QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
    qint64 b = addPartner(QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
    store::LedgerStore ledger{ws};

    LedgerEntry entry(int day, EntryStatus status, std::optional<Quantity> quantity, const QString &narrative)
    {
        LedgerEntry e;
        e.date = QDate(2026, 3, day);
        e.fromPartnerId = a;
        e.toPartnerId = b;
        e.kind = quantity ? ContributionKind::Time : ContributionKind::MoralLeadership;
        e.quantity = quantity;
        e.status = status;
        if (!narrative.isEmpty())
            e.narrative = BilingualText(QStringLiteral("en"), narrative);
        REQUIRE(e.normalise().ok());
        return e;
    }
    qint64 count(const QString &sql)
    {
        auto s = ws.database().prepare(sql);
        REQUIRE(s.ok());
        REQUIRE(*s->step());
        return s->int64(0);
    }
};
} // namespace

TEST_CASE("Bulk-inserted entries read back like added ones and keep every invariant", "[store][ledger][import]")
{
    BulkFixture f;
    QList<LedgerEntry> batch{
        f.entry(1, EntryStatus::Posted, Quantity{1250, Unit::hours()}, QStringLiteral("Subtitled the strike video")),
        f.entry(2, EntryStatus::Draft, Quantity{300, Unit::hours()}, QStringLiteral("Draft shift")),
        f.entry(3, EntryStatus::Posted, std::nullopt, QStringLiteral("Statement of support")),
        f.entry(4, EntryStatus::Posted, Quantity{75, Unit::hours()}, QString()),
    };
    batch[0].narrative.setTranslation(QStringLiteral("es"), {QStringLiteral("Subtituló el video"), TranslationStatus::Reviewed,
                                                              QStringLiteral("Ana"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)});
    const QList<LedgerEntry> written = batch;
    REQUIRE(store::insertLedgerEntries(f.ws, batch).ok());
    // One added the ordinary way afterwards gets the next id and links onto the same chain.
    LedgerEntry later = f.entry(5, EntryStatus::Posted, Quantity{100, Unit::hours()}, QStringLiteral("Later"));
    REQUIRE(f.ledger.add(later).ok());
    CHECK(later.stamp.id == 5);

    for (qsizetype i = 0; i < batch.size(); ++i) {
        INFO(i);
        CHECK(batch[i].stamp.id == i + 1);
        auto back = f.ledger.get(batch[i].stamp.id);
        REQUIRE(back.ok());
        CHECK(back->stamp.uuid == batch[i].stamp.uuid);
        CHECK(back->date == written[i].date);
        CHECK(back->quantity == written[i].quantity);
        CHECK(back->narrative == written[i].narrative);
        CHECK(back->status == written[i].status);
        CHECK(back->postedAt == batch[i].postedAt);
    }
    CHECK(batch[1].postedAt.isEmpty());
    auto chain = store::verifyChain(f.ws.database());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
    CHECK(chain->length == 4); // three posted in the batch, then the later one
    auto check = store::checkWorkspace(f.ws);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM text_search WHERE text_search MATCH 'subtitled'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM key_search WHERE key_search MATCH 'trike'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT locked FROM bitext WHERE id = (SELECT narrative_text_id FROM ledger_entry WHERE id = 1)")) == 1);
    CHECK(f.count(QStringLiteral("SELECT locked FROM bitext WHERE id = (SELECT narrative_text_id FROM ledger_entry WHERE id = 2)")) == 0);
    // Posted bulk entries are as immutable as any.
    CHECK_FALSE(f.ws.database().exec(QStringLiteral("UPDATE ledger_entry SET quantity = 1 WHERE id = 1")).ok());
}

TEST_CASE("A bulk insert with one bad entry saves none of them", "[store][ledger][import][bad-input]")
{
    BulkFixture f;
    QList<LedgerEntry> batch{f.entry(1, EntryStatus::Posted, Quantity{100, Unit::hours()}, QStringLiteral("Fine")),
                             f.entry(2, EntryStatus::Posted, Quantity{100, Unit::hours()}, QStringLiteral("Ghost"))};
    batch[1].toPartnerId = 4242;
    CHECK_FALSE(store::insertLedgerEntries(f.ws, batch).ok());
    QList<LedgerEntry> reversal{f.entry(3, EntryStatus::Posted, Quantity{100, Unit::hours()}, QStringLiteral("R"))};
    reversal[0].reversesId = 1;
    auto refused = store::insertLedgerEntries(f.ws, reversal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("reverse")));
    CHECK(f.count(QStringLiteral("SELECT (SELECT count(*) FROM ledger_entry) + (SELECT count(*) FROM bitext) + "
                                 "(SELECT count(*) FROM ledger_chain)")) == 2); // the partners' two names
}
