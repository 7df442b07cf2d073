// Ledger windows at any position: every order against a reference sort written here, seeks from
// the start, the end and a known row, counts before a row, filters, and windows past the end.
#include "testsupport.h"

#include "store/demoalliance.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"
#include "store/partnerquery.h"
#include "store/workspace.h"

#include <QHash>

#include <algorithm>

using namespace trellis;
using store::LedgerSort;

namespace {

/// A result's value, or fallback when it failed.
template <typename T, typename U>
T orElse(const trellis::Result<T> &result, U fallback)
{
    return result ? *result : T(fallback);
}

store::Workspace demo(const test::ScratchDir &dir, qint64 entries)
{
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(store::writeDemoAlliance(path, entries).ok());
    store::OpenOptions options;
    options.dailyBackup = false;
    auto ws = store::Workspace::open(path, options);
    REQUIRE(ws.ok());
    return std::move(*ws);
}

QList<store::LedgerRow> everything(store::Workspace &ws)
{
    store::LedgerQuery all(ws, {}, {LedgerSort::Date, false, {}, {}});
    auto count = all.count();
    REQUIRE(count.ok());
    auto rows = all.window({}, 0, int(*count));
    REQUIRE(rows.ok());
    return *rows;
}

/// The order as the list promises it, written out independently of LedgerQuery::before.
bool expectedBefore(const store::LedgerOrder &order, const store::LedgerRow &a, const store::LedgerRow &b)
{
    auto rank = [](const auto &list, const auto &value, qint64 fallback) {
        const qsizetype i = list.indexOf(value);
        return i >= 0 ? qint64(i) : qint64(list.size()) + fallback;
    };
    auto lead = [&](const store::LedgerRow &r) -> std::tuple<qint64, QString, qint64> {
        switch (order.by) {
        case LedgerSort::Date: return {0, {}, 0};
        case LedgerSort::From: return {rank(order.partnerRanks, r.fromPartnerId, r.fromPartnerId), {}, 0};
        case LedgerSort::To: return {rank(order.partnerRanks, r.toPartnerId, r.toPartnerId), {}, 0};
        case LedgerSort::Kind: return {rank(order.kindRanks, domain::contributionKindKey(r.kind), 0), {}, 0};
        case LedgerSort::Quantity:
            return {0, r.quantity ? r.quantity->unit.key() : QString(),
                    r.quantity ? r.quantity->minorUnits : std::numeric_limits<qint64>::min() + 1};
        case LedgerSort::Status:
            return {0, r.status == domain::EntryStatus::Posted ? QStringLiteral("posted") : QStringLiteral("draft"), 0};
        }
        return {0, {}, 0};
    };
    auto ka = std::tuple_cat(lead(a), std::make_tuple(a.date, a.id));
    auto kb = std::tuple_cat(lead(b), std::make_tuple(b.date, b.id));
    return order.descending ? kb < ka : ka < kb;
}

QList<qint64> ids(const QList<store::LedgerRow> &rows)
{
    QList<qint64> out;
    for (const store::LedgerRow &r : rows)
        out << r.id;
    return out;
}

} // namespace

TEST_CASE("Ledger windows follow every order, from the start, the end and a known row", "[store][ledgerquery]")
{
    test::ScratchDir dir;
    store::Workspace ws = demo(dir, 900);
    const QList<store::LedgerRow> all = everything(ws);
    REQUIRE(all.size() == 900);

    QList<qint64> partners;
    {
        store::PartnerQuery names(ws, QStringLiteral("fa"));
        auto rows = names.next(1000);
        REQUIRE(rows.ok());
        for (const store::PartnerRow &p : *rows)
            partners << p.id;
        REQUIRE(partners.size() > 2);
        partners.removeLast(); // one partner unranked: it sorts after the others
    }
    const QStringList kinds{QStringLiteral("time"), QStringLiteral("funds"), QStringLiteral("hosting")}; // the rest after

    for (LedgerSort by : {LedgerSort::Date, LedgerSort::From, LedgerSort::To, LedgerSort::Kind, LedgerSort::Quantity,
                          LedgerSort::Status}) {
        for (bool descending : {false, true}) {
            const store::LedgerOrder order{by, descending, partners, kinds};
            CAPTURE(int(by), descending);
            QList<store::LedgerRow> expected = all;
            std::sort(expected.begin(), expected.end(),
                      [&order](const store::LedgerRow &a, const store::LedgerRow &b) { return expectedBefore(order, a, b); });
            store::LedgerQuery query(ws, {}, order);
            REQUIRE(orElse(query.count(), -1) == 900);
            auto whole = query.window({}, 0, 900);
            REQUIRE(whole.ok());
            CHECK(ids(*whole) == ids(expected));

            // From the start with a skip, from the end backward, and both ways from a row.
            auto middle = query.window({}, 400, 50);
            REQUIRE(middle.ok());
            CHECK(ids(*middle) == ids(expected.mid(400, 50)));
            auto last = query.window({std::nullopt, true, false}, 0, 30);
            REQUIRE(last.ok());
            CHECK(ids(*last) == ids(expected.mid(870, 30)));
            auto beforeEnd = query.window({std::nullopt, true, false}, 100, 30);
            REQUIRE(beforeEnd.ok());
            CHECK(ids(*beforeEnd) == ids(expected.mid(770, 30)));
            const store::LedgerRow anchor = expected.at(600);
            auto fromAnchor = query.window({anchor, false, true}, 5, 20);
            INFO((fromAnchor.ok() ? QString() : fromAnchor.error().message).toStdString());
            REQUIRE(fromAnchor.ok());
            CHECK(ids(*fromAnchor) == ids(expected.mid(605, 20)));
            auto afterAnchor = query.window({anchor, false, false}, 0, 3);
            REQUIRE(afterAnchor.ok());
            CHECK(ids(*afterAnchor) == ids(expected.mid(601, 3)));
            auto backFromAnchor = query.window({anchor, true, false}, 10, 20);
            REQUIRE(backFromAnchor.ok());
            CHECK(ids(*backFromAnchor) == ids(expected.mid(570, 20)));
            CHECK(orElse(query.countBefore(anchor), -1) == 600);
            CHECK(orElse(query.countBefore(expected.first()), -1) == 0);
            CHECK(query.before(expected.at(10), expected.at(11)));
            CHECK_FALSE(query.before(expected.at(11), expected.at(10)));

            // Past either end: nothing, not an error.
            auto beyond = query.window({}, 900, 10);
            REQUIRE(beyond.ok());
            CHECK(beyond->isEmpty());
            auto partial = query.window({}, 895, 10);
            REQUIRE(partial.ok());
            CHECK(ids(*partial) == ids(expected.mid(895)));
            auto none = query.window({}, 0, 0);
            REQUIRE(none.ok());
            CHECK(none->isEmpty());
        }
    }
}

TEST_CASE("Ledger windows and counts respect the filter", "[store][ledgerquery]")
{
    test::ScratchDir dir;
    store::Workspace ws = demo(dir, 600);
    const QList<store::LedgerRow> all = everything(ws);
    store::LedgerFilter filter;
    filter.kind = domain::ContributionKind::Funds;
    filter.status = domain::EntryStatus::Posted;
    QList<store::LedgerRow> expected;
    for (const store::LedgerRow &r : all) {
        if (r.kind == domain::ContributionKind::Funds && r.status == domain::EntryStatus::Posted)
            expected << r;
    }
    REQUIRE(expected.size() > 20);
    std::reverse(expected.begin(), expected.end()); // newest first
    store::LedgerQuery query(ws, filter);
    CHECK(orElse(query.count(), -1) == expected.size());
    auto tail = query.window({std::nullopt, true, false}, 0, 10);
    REQUIRE(tail.ok());
    CHECK(ids(*tail) == ids(expected.mid(expected.size() - 10)));
    // A row outside the filter still has a place: the matching rows before it.
    auto other = std::find_if(all.cbegin(), all.cend(), [](const store::LedgerRow &r) { return r.kind != domain::ContributionKind::Funds; });
    REQUIRE(other != all.cend());
    CHECK_FALSE(query.matches(*other));
    const auto before = std::count_if(expected.cbegin(), expected.cend(), [&](const store::LedgerRow &r) {
        return std::make_pair(r.date, r.id) > std::make_pair(other->date, other->id);
    });
    CHECK(orElse(query.countBefore(*other), -1) == before);
    // Pages through next() cover the same rows once each.
    QList<qint64> paged;
    for (;;) {
        auto page = query.next(7);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        paged << ids(*page);
    }
    CHECK(query.atEnd());
    CHECK(paged == ids(expected));
    CHECK(query.matches(qint64(999999999)).error().code == ErrorCode::NotFound);
}

namespace {

/// Every window of a filter and order against the reference sort: sliding from the start and
/// the end across bucket edges, and from the rows on each side of every edge, both ways.
void checkEveryWindow(store::Workspace &ws, const QList<store::LedgerRow> &all, const store::LedgerFilter &filter,
                      const store::LedgerOrder &order)
{
    store::LedgerQuery query(ws, filter, order);
    QList<store::LedgerRow> expected;
    for (const store::LedgerRow &r : all) {
        if (query.matches(r))
            expected << r;
    }
    std::sort(expected.begin(), expected.end(),
              [&order](const store::LedgerRow &a, const store::LedgerRow &b) { return expectedBefore(order, a, b); });
    const qsizetype n = expected.size();
    REQUIRE(orElse(query.count(), -1) == n);
    constexpr int kLimit = 7;
    for (qsizetype p = 0; p <= n; p += 5) {
        CAPTURE(p);
        auto forward = query.window({}, p, kLimit);
        REQUIRE(forward.ok());
        CHECK(ids(*forward) == ids(expected.mid(p, kLimit)));
        auto backward = query.window({std::nullopt, true, false}, p, kLimit);
        REQUIRE(backward.ok());
        const qsizetype end = n - p;
        const qsizetype start = std::max<qsizetype>(0, end - kLimit);
        CHECK(ids(*backward) == ids(end > 0 ? expected.mid(start, end - start) : QList<store::LedgerRow>()));
    }
    // Where the leading key changes (a page spanning two buckets), and around it.
    auto lead = [&order](const store::LedgerRow &r) {
        switch (order.by) {
        case LedgerSort::Date: return qint64(0);
        case LedgerSort::From: return r.fromPartnerId;
        case LedgerSort::To: return r.toPartnerId;
        case LedgerSort::Kind: return qint64(r.kind);
        case LedgerSort::Quantity: return qint64(r.quantity ? qHash(r.quantity->unit.key()) : 0);
        case LedgerSort::Status: return qint64(r.status);
        }
        return qint64(0);
    };
    int edges = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (lead(expected.at(i - 1)) == lead(expected.at(i)))
            continue;
        ++edges;
        CAPTURE(i);
        auto after = query.window({expected.at(i - 1), false, false}, 0, kLimit);
        REQUIRE(after.ok());
        CHECK(ids(*after) == ids(expected.mid(i, kLimit)));
        auto across = query.window({expected.at(std::max<qsizetype>(0, i - 3)), false, true}, 1, kLimit);
        REQUIRE(across.ok());
        CHECK(ids(*across) == ids(expected.mid(std::max<qsizetype>(0, i - 3) + 1, kLimit)));
        auto before = query.window({expected.at(i), true, false}, 0, kLimit);
        REQUIRE(before.ok());
        const qsizetype from = std::max<qsizetype>(0, i - kLimit);
        CHECK(ids(*before) == ids(expected.mid(from, i - from)));
        auto skipping = query.window({expected.at(std::min(n - 1, i + 2)), true, false}, 4, kLimit);
        REQUIRE(skipping.ok());
        const qsizetype to = std::max<qsizetype>(0, std::min(n - 1, i + 2) - 4);
        const qsizetype back = std::max<qsizetype>(0, to - kLimit);
        CHECK(ids(*skipping) == ids(expected.mid(back, to - back)));
        CHECK(orElse(query.countBefore(expected.at(i)), -1) == i);
        CHECK(orElse(query.countBefore(expected.at(i - 1)), -1) == i - 1);
    }
    if (order.by != LedgerSort::Date && filter == store::LedgerFilter{})
        CHECK(edges >= (order.by == LedgerSort::Status ? 1 : 3)); // the unfiltered list does cross buckets
}

} // namespace

TEST_CASE("Ledger windows cross bucket edges in every order, with filters and empty buckets", "[store][ledgerquery]")
{
    test::ScratchDir dir;
    store::Workspace ws = demo(dir, 400);
    const QList<store::LedgerRow> all = everything(ws);
    REQUIRE(all.size() == 400);
    QList<qint64> partners;
    {
        store::PartnerQuery names(ws, QStringLiteral("es"));
        auto rows = names.next(1000);
        REQUIRE(rows.ok());
        for (const store::PartnerRow &p : *rows)
            partners << p.id;
    }
    REQUIRE(partners.size() > 3);
    // A ranked partner with no entries (an empty bucket between two full ones), and one ranked
    // twice; the last partner is left out of the ranks (after the others, by id).
    partners.insert(2, 987654);
    partners.insert(4, partners.at(0));
    partners.removeLast();
    // Ranked kinds in an unusual order, with a kind no entry has, and the rest unranked (one bucket).
    const QStringList kinds{QStringLiteral("other"), QStringLiteral("time"), QStringLiteral("no_such_kind"),
                            QStringLiteral("funds"), QStringLiteral("translation"), QStringLiteral("hosting")};
    auto unitOf = std::find_if(all.cbegin(), all.cend(), [](const store::LedgerRow &r) { return r.quantity.has_value(); });
    REQUIRE(unitOf != all.cend());

    QList<store::LedgerFilter> filters(6);
    filters[1].partnerId = partners.at(1);
    filters[2].status = domain::EntryStatus::Draft;
    filters[3].kind = domain::ContributionKind::Time;
    filters[4].unit = unitOf->quantity->unit.key();
    filters[4].from = all.at(100).date;
    filters[5].unit = QString(); // narrative-only entries
    filters[5].to = all.at(300).date;
    for (int f = 0; f < filters.size(); ++f) {
        for (LedgerSort by : {LedgerSort::Date, LedgerSort::From, LedgerSort::To, LedgerSort::Kind, LedgerSort::Quantity,
                              LedgerSort::Status}) {
            for (bool descending : {false, true}) {
                CAPTURE(f, int(by), descending);
                checkEveryWindow(ws, all, filters.at(f), store::LedgerOrder{by, descending, partners, kinds});
            }
        }
    }
}

TEST_CASE("A ledger window starts from a row whose bucket is no longer in the table", "[store][ledgerquery]")
{
    test::ScratchDir dir;
    store::Workspace ws = demo(dir, 120);
    const QList<store::LedgerRow> all = everything(ws);
    for (LedgerSort by : {LedgerSort::From, LedgerSort::Quantity}) {
        for (bool descending : {false, true}) {
            CAPTURE(int(by), descending);
            const store::LedgerOrder order{by, descending, {}, {}};
            store::LedgerQuery query(ws, {}, order);
            // A row as it was read before its partner's or unit's last entry went away.
            store::LedgerRow gone = all.at(60);
            gone.id = 1000000;
            if (by == LedgerSort::From)
                gone.fromPartnerId = 5000;
            else
                gone.quantity = domain::Quantity{7, *domain::Unit::parse(QStringLiteral("JPY"))};
            QList<store::LedgerRow> expected = all;
            std::sort(expected.begin(), expected.end(),
                      [&order](const store::LedgerRow &a, const store::LedgerRow &b) { return expectedBefore(order, a, b); });
            const qsizetype at = std::count_if(expected.cbegin(), expected.cend(),
                                               [&](const store::LedgerRow &r) { return expectedBefore(order, r, gone); });
            auto after = query.window({gone, false, true}, 0, 10);
            REQUIRE(after.ok());
            CHECK(ids(*after) == ids(expected.mid(at, 10)));
            auto before = query.window({gone, true, false}, 0, 10);
            REQUIRE(before.ok());
            CHECK(ids(*before) == ids(expected.mid(std::max<qsizetype>(0, at - 10), std::min<qsizetype>(at, 10))));
            CHECK(orElse(query.countBefore(gone), -1) == at);
        }
    }
}

TEST_CASE("Counted buckets are counted again after the ledger changes, here or in another connection",
          "[store][ledgerquery]")
{
    test::ScratchDir dir;
    store::Workspace ws = demo(dir, 200);
    const QList<store::LedgerRow> before = everything(ws);
    const store::LedgerOrder order{LedgerSort::Kind, false, {}, {QStringLiteral("funds"), QStringLiteral("time")}};
    store::LedgerQuery query(ws, {}, order);
    auto expectWindow = [&](store::Workspace &w) {
        QList<store::LedgerRow> expected = everything(w);
        std::sort(expected.begin(), expected.end(),
                  [&order](const store::LedgerRow &a, const store::LedgerRow &b) { return expectedBefore(order, a, b); });
        auto page = query.window({}, 150, 10);
        REQUIRE(page.ok());
        CHECK(ids(*page) == ids(expected.mid(150, 10)));
        CHECK(orElse(query.countBefore(expected.at(170)), -1) == 170);
    };
    expectWindow(ws); // counts the first buckets through
    auto addFunds = [&](store::Workspace &w) {
        domain::LedgerEntry e;
        e.date = before.first().date;
        e.fromPartnerId = before.first().fromPartnerId;
        e.toPartnerId = before.first().toPartnerId;
        e.kind = domain::ContributionKind::Funds;
        e.quantity = domain::Quantity{500, *domain::Unit::parse(QStringLiteral("EUR"))};
        e.narrative = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Bus fares"));
        REQUIRE(store::LedgerStore(w).add(e).ok());
    };
    addFunds(ws); // a new row in the first bucket moves every later one
    expectWindow(ws);
    {
        store::OpenOptions options;
        options.dailyBackup = false;
        auto other = store::Workspace::open(dir.path(QStringLiteral("demo.trellis")), options);
        REQUIRE(other.ok());
        addFunds(*other);
    }
    expectWindow(ws);
    CHECK(everything(ws).size() == 202);
}
