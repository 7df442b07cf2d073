// The list models: lazy keyset paging of the ledger, collation-sorted partners, filters, and
// domain changes forwarded as row inserts and removals, all under QAbstractItemModelTester.
#include "guifixture.h"

#include "gui/ledgerlistmodel.h"
#include "gui/partnerlistmodel.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

#include "i18n/collation.h"

using namespace trellis;

TEST_CASE("The ledger model opens with one page and fetches the rest lazily", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::LedgerListModel model(ws);
    CHECK(model.rowCount() == gui::LedgerListModel::kPageSize);
    CHECK(model.matchingCount() == 600);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({}); // the second page is twice as large (512): scrolling on reaches the end in few fetches
    CHECK(model.rowCount() == 600);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter({}); // unchanged: nothing reloads
    CHECK(model.rowCount() == 600);
    model.sort(gui::LedgerListModel::Date, Qt::AscendingOrder); // a new order starts over with one page
    CHECK(model.rowCount() == gui::LedgerListModel::kPageSize);
    model.sort(gui::LedgerListModel::Date, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 600);
    // Newest first, without a row twice across page boundaries.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.idAt(r));
        if (r > 0)
            CHECK((model.index(r - 1, gui::LedgerListModel::Date).data(gui::LedgerListModel::SortRole).toDate()
                   >= model.index(r, gui::LedgerListModel::Date).data(gui::LedgerListModel::SortRole).toDate()));
    }
    CHECK(ids.size() == 600);
    CHECK_FALSE(model.index(0, gui::LedgerListModel::From).data().toString().isEmpty());
}

TEST_CASE("Ledger filters and sorts run in SQL and keep their pages apart", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::LedgerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store::LedgerFilter filter;
    filter.kind = domain::ContributionKind::Funds;
    model.setFilter(filter);
    const qint64 funds = model.matchingCount();
    REQUIRE(funds > 0);
    REQUIRE(funds < 600);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == funds);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, gui::LedgerListModel::Kind).data(gui::LedgerListModel::SortRole).toString() == QStringLiteral("funds"));

    model.setFilter({});
    model.sort(gui::LedgerListModel::Quantity, Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 600);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.idAt(r));
    CHECK(ids.size() == 600);
}

TEST_CASE("A saved entry is inserted as a row, a deleted draft removed", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::LedgerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto partners = store::PartnerStore(ws).list();
    REQUIRE(partners.ok());
    domain::LedgerEntry e;
    e.date = QDate(2100, 1, 1); // newer than every demo entry: first row
    e.fromPartnerId = partners->at(0).id;
    e.toPartnerId = partners->at(1).id;
    e.kind = domain::ContributionKind::Hosting;
    e.quantity = domain::Quantity{2, domain::Unit::nights()};
    auto id = store::LedgerStore(ws).add(e);
    REQUIRE(id.ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.entryAdded(*id);
    CHECK(inserted.count() == 1);
    CHECK(model.idAt(0) == *id);
    REQUIRE(store::LedgerStore(ws).removeDraft(*id).ok());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.entryRemoved(*id);
    CHECK(removed.count() == 1);
    CHECK(model.rowOf(*id) == -1);
}

TEST_CASE("Partners are sorted by the collation of the list's language", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::PartnerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLanguage(QStringLiteral("he"));
    REQUIRE(model.rowCount() == 11);
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(i18n::compareTexts(model.index(r - 1, 0).data().toString(), model.index(r, 0).data().toString(),
                                 QStringLiteral("he")) <= 0);
    model.sort(0, Qt::DescendingOrder);
    CHECK(i18n::compareTexts(model.index(0, 0).data().toString(), model.index(10, 0).data().toString(),
                             QStringLiteral("he")) >= 0);
    // A name missing in the list's language is shown in its original, marked in italics.
    bool marked = false;
    for (int r = 0; r < model.rowCount(); ++r)
        marked = marked || model.index(r, 0).data(Qt::FontRole).value<QFont>().italic();
    CHECK(marked);
}
