// A pair's flows per month and quarter: exact sums per direction, reversals cancelled in their
// original's month, funds only once disbursed, empty steps filled, units kept apart.
#include "storefixture.h"

#include "store/ledgerstore.h"
#include "store/pairflows.h"

using namespace trellis;
using namespace trellis::domain;
using store::FlowStep;
using store::PairFlowPoint;
using store::Period;

namespace {

struct FlowFixture : test::WorkspaceFixture {
    qint64 a = addPartner(QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
    qint64 b = addPartner(QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
    qint64 c = addPartner(QStringLiteral("Союз учителей"), QStringLiteral("ru"));
    store::LedgerStore ledger{ws};
    store::PairFlows flows{ws};

    qint64 add(const char *date, qint64 from, qint64 to, ContributionKind kind, const char *amount, const char *unit,
               EntryStatus status = EntryStatus::Posted)
    {
        LedgerEntry e;
        e.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
        e.fromPartnerId = from;
        e.toPartnerId = to;
        e.kind = kind;
        e.status = status;
        e.quantity = *Quantity::fromPlainString(QLatin1String(amount), *Unit::parse(QLatin1String(unit)));
        e.narrative = BilingualText(QStringLiteral("en"), QStringLiteral("Shared work"));
        auto id = ledger.add(e);
        REQUIRE(id.ok());
        return *id;
    }
    QList<PairFlowPoint> points(qint64 x, qint64 y, const char *unit, const char *period, FlowStep step)
    {
        auto p = Period::parse(QLatin1String(period));
        REQUIRE(p.ok());
        auto r = flows.between(x, y, QLatin1String(unit), *p, step);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return *r;
    }
};

/// Hours between a and b over four months, with a gap, a draft, a reversal and a third partner.
struct HoursLedger : FlowFixture {
    HoursLedger()
    {
        add("2026-01-10", a, b, ContributionKind::Time, "10.50", "hours");
        add("2026-01-20", a, b, ContributionKind::Time, "2", "hours");
        add("2026-01-25", b, a, ContributionKind::Time, "4.25", "hours");
        add("2026-02-03", a, b, ContributionKind::Time, "100", "hours", EntryStatus::Draft);
        const qint64 twice = add("2026-02-14", b, a, ContributionKind::Time, "3", "hours");
        REQUIRE(ledger.reverse(twice, BilingualText(QStringLiteral("en"), QStringLiteral("Entered twice")),
                               QDate(2026, 4, 2)).ok());
        add("2026-04-01", b, a, ContributionKind::Time, "1.75", "hours");
        add("2026-03-05", a, c, ContributionKind::Time, "9", "hours");
        add("2026-03-06", a, b, ContributionKind::Translation, "500", "words");
    }
};

} // namespace

TEST_CASE("A pair's monthly flows are exact per direction and fill empty months", "[store][pairflows]")
{
    HoursLedger f;
    const auto months = f.points(f.a, f.b, "hours", "", FlowStep::Month);
    const QList<PairFlowPoint> expected{
        {QDate(2026, 1, 1), 1250, 425}, // 10.50 + 2 given; 4.25 received
        {QDate(2026, 2, 1), 0, 0},      // the draft never counts; 3 h reversed in April counts here as 3 - 3
        {QDate(2026, 3, 1), 0, 0},      // 9 h went to a third partner; 500 words are another unit
        {QDate(2026, 4, 1), 0, 175},
    };
    CHECK(months == expected);
    // The other partner's view is the mirror image.
    const auto mirror = f.points(f.b, f.a, "hours", "", FlowStep::Month);
    REQUIRE(mirror.size() == 4);
    CHECK(mirror.first() == PairFlowPoint{QDate(2026, 1, 1), 425, 1250});
    CHECK(f.points(f.a, f.b, "words", "", FlowStep::Month) == QList<PairFlowPoint>{{QDate(2026, 3, 1), 500, 0}});
    CHECK(f.points(f.a, f.b, "EUR", "", FlowStep::Month).isEmpty());
}

TEST_CASE("Quarters group months and a bounded period covers every step", "[store][pairflows]")
{
    HoursLedger f;
    CHECK(f.points(f.a, f.b, "hours", "2026", FlowStep::Quarter)
          == QList<PairFlowPoint>{{QDate(2026, 1, 1), 1250, 425}, {QDate(2026, 4, 1), 0, 175},
                                  {QDate(2026, 7, 1), 0, 0}, {QDate(2026, 10, 1), 0, 0}});
    // A period that cuts the reversal's own date off still cancels it on the original's date.
    CHECK(f.points(f.a, f.b, "hours", "2026-02-01..2026-03-31", FlowStep::Month)
          == QList<PairFlowPoint>{{QDate(2026, 2, 1), 0, 0}, {QDate(2026, 3, 1), 0, 0}});
    CHECK(f.points(f.a, f.b, "hours", "2026-05", FlowStep::Month).isEmpty());
}

TEST_CASE("Funds flow once both sides approve, and stop when one withdraws", "[store][pairflows]")
{
    FlowFixture f;
    const qint64 funds = f.add("2026-03-15", f.a, f.b, ContributionKind::Funds, "300.00", "EUR");
    f.add("2026-03-20", f.b, f.a, ContributionKind::Materials, "45.50", "EUR");
    auto march = [&f] { return f.points(f.a, f.b, "EUR", "", FlowStep::Month); };
    CHECK(march() == QList<PairFlowPoint>{{QDate(2026, 3, 1), 0, 4550}});
    REQUIRE(f.ledger.recordConsent(funds, f.a, true, QStringLiteral("Treasurer")).ok());
    CHECK(march() == QList<PairFlowPoint>{{QDate(2026, 3, 1), 0, 4550}});
    REQUIRE(f.ledger.recordConsent(funds, f.b, true, QStringLiteral("Coordinator")).ok());
    CHECK(march() == QList<PairFlowPoint>{{QDate(2026, 3, 1), 30000, 4550}});
    REQUIRE(f.ledger.recordConsent(funds, f.b, false, QStringLiteral("Coordinator")).ok());
    CHECK(march() == QList<PairFlowPoint>{{QDate(2026, 3, 1), 0, 4550}});
    CHECK(f.points(f.a, f.b, "USD", "", FlowStep::Month).isEmpty()); // currencies never mixed
}

TEST_CASE("The step is months up to two years and quarters beyond", "[store][pairflows]")
{
    FlowFixture f;
    auto step = [&f](const char *period) {
        auto r = f.flows.stepFor(f.a, f.b, QStringLiteral("hours"), *Period::parse(QLatin1String(period)));
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(step("") == FlowStep::Month); // no entries yet
    CHECK(step("2026") == FlowStep::Month);
    CHECK(step("2025-01-01..2026-12-31") == FlowStep::Month);
    CHECK(step("2025-01-01..2027-01-01") == FlowStep::Quarter);
    f.add("2024-01-10", f.a, f.b, ContributionKind::Time, "1", "hours");
    f.add("2025-12-10", f.b, f.a, ContributionKind::Time, "1", "hours");
    CHECK(step("") == FlowStep::Month);
    f.add("2026-01-02", f.b, f.a, ContributionKind::Time, "1", "hours");
    CHECK(step("") == FlowStep::Quarter);
    CHECK(step("2025-06-01..") == FlowStep::Month);
    CHECK(store::PairFlows::stepStart(QDate(2026, 8, 31), FlowStep::Quarter) == QDate(2026, 7, 1));
    CHECK(store::PairFlows::stepStart(QDate(2026, 8, 31), FlowStep::Month) == QDate(2026, 8, 1));
}

TEST_CASE("A flow of a partner with itself is refused", "[store][pairflows][bad-input]")
{
    FlowFixture f;
    auto r = f.flows.between(f.a, f.a, QStringLiteral("hours"), {}, FlowStep::Month);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().message.contains(QStringLiteral("two different partners")));
    // A partner that does not exist simply has no flows.
    CHECK(f.points(f.a, 9999, "hours", "", FlowStep::Month).isEmpty());
}

TEST_CASE("An asymmetry persists when one side gives far more in each of the last three quarters", "[store][pairflows]")
{
    FlowFixture f;
    for (const char *date : {"2026-05-10", "2026-08-10", "2026-11-10"}) // Q2, Q3, Q4
        f.add(date, f.a, f.b, ContributionKind::Translation, "10", "words");
    for (const char *date : {"2026-05-11", "2026-08-11", "2026-11-11"})
        f.add(date, f.b, f.a, ContributionKind::Translation, "4", "words"); // 6 / 14 = 0.43: not enough
    f.add("2026-05-01", f.a, f.b, ContributionKind::Time, "10", "hours");
    f.add("2026-05-02", f.b, f.a, ContributionKind::Time, "2", "hours");   // Q2: 8 / 12 = 0.67
    f.add("2026-08-01", f.a, f.b, ContributionKind::Time, "6", "hours");
    f.add("2026-08-02", f.b, f.a, ContributionKind::Time, "2", "hours");   // Q3: 4 / 8 = 0.5, included
    const qint64 q4 = f.add("2026-10-01", f.a, f.b, ContributionKind::Time, "5", "hours"); // Q4: one-way
    f.add("2026-05-03", f.a, f.c, ContributionKind::Time, "4", "hours");   // a-c: Q3 and Q4 empty
    f.add("2026-11-03", f.a, f.c, ContributionKind::Time, "4", "hours");
    f.add("2026-05-04", f.c, f.b, ContributionKind::Materials, "10", "EUR");
    f.add("2026-08-04", f.c, f.b, ContributionKind::Materials, "10", "EUR");
    f.add("2026-11-04", f.b, f.c, ContributionKind::Materials, "30", "EUR"); // the direction turned
    auto persisting = [&f](const QDate &day) {
        auto r = f.flows.persisting(day);
        REQUIRE(r.ok());
        return *r;
    };
    const QList<store::PersistingAsymmetry> expected{{f.a, f.b, QStringLiteral("hours")}};
    CHECK(persisting(QDate()) == expected);               // up to the latest entry: 2026-Q4
    CHECK(persisting(QDate(2026, 12, 31)) == expected);
    CHECK(persisting(QDate(2026, 9, 30)).isEmpty());       // Q1 to Q3: nothing in Q1
    // Reversing the Q4 hours leaves that quarter without hours: the asymmetry no longer persists.
    REQUIRE(f.ledger.reverse(q4, {}, QDate(2026, 12, 2)).ok());
    CHECK(persisting(QDate()).isEmpty());
}
