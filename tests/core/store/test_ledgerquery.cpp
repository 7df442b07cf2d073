// Ledger windows at any position: every order against a reference sort written here, seeks from
// the start, the end and a known row, counts before a row, filters, and windows past the end.
#include "testsupport.h"

#include "store/demoalliance.h"
#include "store/ledgerquery.h"
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
