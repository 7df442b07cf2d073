// The list models: the windowed ledger (rows read by position, bounded caches), collation-sorted partners, filters, and
// domain changes forwarded as row inserts and removals, all under QAbstractItemModelTester.
#include "guifixture.h"

#include "gui/ledger/ledgerlistmodel.h"
#include "gui/app/mainwindow.h"
#include "gui/sections/sectionpage.h"
#include "gui/partners/partnerlistmodel.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"

#include "store/demoalliance.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "i18n/collation.h"

using namespace trellis;

namespace {

/// A result's value, or fallback when it failed.
template <typename T, typename U>
T orElse(const trellis::Result<T> &result, U fallback)
{
    return result ? *result : T(fallback);
}

using gui::LedgerListModel;

/// The entries the store gives for the model's filter and order, all of them (small workspaces).
QList<qint64> storeOrder(store::Workspace &ws, const store::LedgerFilter &filter, const store::LedgerOrder &order)
{
    store::LedgerQuery query(ws, filter, order);
    auto count = query.count();
    REQUIRE(count.ok());
    auto rows = query.window({}, 0, int(*count));
    REQUIRE(rows.ok());
    QList<qint64> ids;
    for (const store::LedgerRow &r : std::as_const(*rows))
        ids << r.id;
    return ids;
}

QString demo20kTemplate()
{
    static QTemporaryDir templateDir;
    static const QString path = [] {
        const QString p = templateDir.filePath(QStringLiteral("demo20k.trellis"));
        REQUIRE(store::writeDemoAlliance(p, 20000).ok());
        return p;
    }();
    return path;
}

domain::LedgerEntry newEntry(store::Workspace &ws, const QDate &date)
{
    auto partners = store::PartnerStore(ws).list();
    REQUIRE(partners.ok());
    domain::LedgerEntry e;
    e.date = date;
    e.fromPartnerId = partners->at(0).id;
    e.toPartnerId = partners->at(1).id;
    e.kind = domain::ContributionKind::Hosting;
    e.quantity = domain::Quantity{2, domain::Unit::nights()};
    return e;
}

} // namespace

TEST_CASE("The ledger model has a row for every matching entry and holds only a few pages", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    LedgerListModel model(ws);
    CHECK(model.rowCount() == 600);
    CHECK(model.matchingCount() == 600);
    CHECK_FALSE(model.canFetchMore({})); // nothing to fetch: every row is there, read when asked
    CHECK(model.columnCount() == LedgerListModel::ColumnCount);
    const QList<qint64> expected = storeOrder(ws, {}, {});
    REQUIRE(expected.size() == 600);
    // The last row first, as a view scrolled to the end asks: read from the end, not through the rest.
    CHECK(model.idAt(599) == expected.at(599));
    CHECK(model.cachedPages() == 1);
    CHECK(model.idAt(300) == expected.at(300));
    CHECK(model.idAt(0) == expected.at(0));
    CHECK(model.cachedPages() == 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int r = 0; r < 600; ++r)
        REQUIRE(model.index(r, 0).data(LedgerListModel::IdRole).toLongLong() == expected.at(r));
    CHECK(model.idAt(600) == 0);
    CHECK(model.idAt(-1) == 0);
    CHECK_FALSE(model.index(0, LedgerListModel::From).data().toString().isEmpty());
    CHECK_FALSE(model.index(599, LedgerListModel::Kind).data().toString().isEmpty());
    // Newest first.
    CHECK(model.index(0, LedgerListModel::Date).data(LedgerListModel::SortRole).toDate()
          >= model.index(599, LedgerListModel::Date).data(LedgerListModel::SortRole).toDate());
    const int held = model.cachedPages();
    model.setFilter({}); // unchanged: nothing reloads
    CHECK(model.cachedPages() == held);
}

TEST_CASE("Every ledger column but the narrative sorts both ways in the store's order", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    LedgerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLanguage(QStringLiteral("fa"));
    for (int column : {LedgerListModel::Date, LedgerListModel::From, LedgerListModel::To, LedgerListModel::Kind,
                       LedgerListModel::Quantity, LedgerListModel::Status}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            CAPTURE(column, int(order));
            model.sort(column, order);
            REQUIRE(model.sortColumn() == column);
            REQUIRE(model.rowCount() == 600);
            // The store's order for the same key: every id once, first, middle and last rows alike.
            QSet<qint64> seen;
            for (int r = 0; r < 600; ++r)
                seen.insert(model.idAt(r));
            CHECK(seen.size() == 600);
            auto sortKey = [&](int row) { return model.index(row, column).data(LedgerListModel::SortRole); };
            auto shown = [&](int row) { return model.index(row, column).data().toString(); };
            for (int r = 1; r < 600; ++r) {
                const int a = order == Qt::AscendingOrder ? r - 1 : r;
                const int b = order == Qt::AscendingOrder ? r : r - 1;
                if (column == LedgerListModel::Date)
                    REQUIRE(sortKey(a).toDate() <= sortKey(b).toDate());
                else if (column == LedgerListModel::Status)
                    REQUIRE(sortKey(a).toInt() <= sortKey(b).toInt());
                else if (column == LedgerListModel::From || column == LedgerListModel::To)
                    REQUIRE(i18n::compareTexts(shown(a), shown(b), QStringLiteral("fa")) <= 0); // names in fa, fa collation
                else if (column == LedgerListModel::Kind)
                    REQUIRE(i18n::compareTexts(shown(a), shown(b), QStringLiteral("en")) <= 0); // labels in the UI language
                else { // Quantity: by unit key, then amount (narrative-only entries first in theirs)
                    auto ra = store::LedgerQuery::row(ws, model.idAt(a));
                    auto rb = store::LedgerQuery::row(ws, model.idAt(b));
                    REQUIRE((ra.ok() && rb.ok()));
                    auto key = [](const store::LedgerRow &x) {
                        return std::make_pair(x.quantity ? x.quantity->unit.key() : QString(),
                                              x.quantity ? x.quantity->minorUnits : std::numeric_limits<qint64>::min());
                    };
                    REQUIRE(key(*ra) <= key(*rb));
                }
            }
            // rowOf finds rows whose pages are not held, in SQL.
            const qint64 middle = model.idAt(321);
            LedgerListModel fresh(ws);
            fresh.setLanguage(QStringLiteral("fa"));
            fresh.sort(column, order);
            REQUIRE(fresh.cachedPages() == 0);
            CHECK(fresh.rowOf(middle) == 321);
            CHECK(fresh.cachedPages() == 0);
            CHECK(fresh.idAt(321) == middle);
        }
    }
    model.sort(LedgerListModel::Kind, Qt::AscendingOrder);
    model.sort(LedgerListModel::Narrative, Qt::DescendingOrder); // not sortable: the order stays
    CHECK(model.sortColumn() == LedgerListModel::Kind);
    CHECK(model.sortOrder() == Qt::AscendingOrder);
}

TEST_CASE("Ledger filters count and list only matching entries", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    LedgerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto partners = store::PartnerStore(ws).list();
    REQUIRE(partners.ok());
    store::LedgerFilter byKind;
    byKind.kind = domain::ContributionKind::Funds;
    store::LedgerFilter byPartner;
    byPartner.partnerId = partners->at(2).id;
    store::LedgerFilter byPeriod;
    byPeriod.from = QDate(2025, 1, 1);
    byPeriod.to = QDate(2025, 6, 30);
    store::LedgerFilter byStatusAndUnit;
    byStatusAndUnit.status = domain::EntryStatus::Draft;
    byStatusAndUnit.unit = QStringLiteral("hours");
    store::LedgerFilter nothing;
    nothing.partnerId = 999999;
    for (const store::LedgerFilter &filter : {byKind, byPartner, byPeriod, byStatusAndUnit, nothing}) {
        model.setFilter(filter);
        store::LedgerQuery query(ws, filter);
        const qint64 count = orElse(query.count(), -1);
        CHECK(model.rowCount() == count);
        CHECK(model.matchingCount() == count);
        CHECK(model.rowCount() < 600);
        const QList<qint64> expected = storeOrder(ws, filter, {});
        for (int r = 0; r < model.rowCount(); ++r) {
            REQUIRE(model.idAt(r) == expected.at(r));
            REQUIRE(orElse(query.matches(model.idAt(r)), false));
        }
    }
    CHECK(model.rowCount() == 0);
    CHECK(model.idAt(0) == 0);
    model.setFilter({});
    CHECK(model.rowCount() == 600);
}

TEST_CASE("Entries added, changed and removed while scrolled keep the rows and the selection", "[gui][models]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    LedgerListModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QItemSelectionModel selection(&model);
    // Scrolled down to a draft (pages near the end are held) and selected it.
    int row = 450;
    while (row < 598 && model.index(row, LedgerListModel::Status).data(LedgerListModel::SortRole).toInt()
                            != int(domain::EntryStatus::Draft))
        ++row;
    REQUIRE(row < 598);
    const qint64 selected = model.idAt(row);
    const qint64 neighbour = model.idAt(row + 1);
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Newer than every entry: a row at the top; the selected one moves down by one.
    domain::LedgerEntry e = newEntry(ws, QDate(2100, 1, 1));
    auto id = store::LedgerStore(ws).add(e);
    REQUIRE(id.ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.entryAdded(*id);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(model.rowCount() == 601);
    CHECK(model.idAt(0) == *id);
    CHECK(model.idAt(row + 1) == selected);
    CHECK(model.idAt(row + 2) == neighbour);
    CHECK(selection.currentIndex().row() == row + 1);
    model.entryAdded(*id); // told twice: still one row
    CHECK(model.rowCount() == 601);

    // The selected entry changes date to the oldest: it moves to the end, still selected.
    auto entry = store::LedgerStore(ws).get(selected);
    REQUIRE(entry.ok());
    REQUIRE(entry->status == domain::EntryStatus::Draft);
    entry->date = QDate(1990, 1, 1);
    REQUIRE(store::LedgerStore(ws).updateDraft(*entry).ok());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.entryChanged(selected);
    CHECK(moved.count() == 1);
    CHECK(model.idAt(600) == selected);
    CHECK(selection.currentIndex().row() == 600);
    CHECK(model.index(600, 0).data(LedgerListModel::IdRole).toLongLong() == selected);
    CHECK(model.idAt(row + 1) == neighbour);

    // The new entry is edited in place (same date): the row changes where it is.
    e.kind = domain::ContributionKind::Time;
    e.quantity = domain::Quantity{150, domain::Unit::hours()};
    REQUIRE(store::LedgerStore(ws).updateDraft(e).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.entryChanged(*id);
    CHECK(changed.count() == 1);
    CHECK(model.idAt(0) == *id);
    CHECK(model.index(0, LedgerListModel::Kind).data(LedgerListModel::SortRole).toString() == QStringLiteral("time"));

    // Removed: the rows after it move up; the selection stays on its entry.
    const qint64 current = model.idAt(selection.currentIndex().row());
    REQUIRE(store::LedgerStore(ws).removeDraft(*id).ok());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.entryRemoved(*id);
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 600);
    CHECK(model.rowOf(*id) == -1);
    CHECK(model.idAt(selection.currentIndex().row()) == current);
    model.entryRemoved(*id); // told twice: nothing more goes
    CHECK(model.rowCount() == 600);

    // An entry that does not match the filter is not inserted; one that stops matching leaves.
    store::LedgerFilter drafts;
    drafts.status = domain::EntryStatus::Draft;
    model.setFilter(drafts);
    const int draftRows = model.rowCount();
    domain::LedgerEntry posted = newEntry(ws, QDate(2099, 1, 1));
    auto postedId = store::LedgerStore(ws).add(posted);
    REQUIRE(postedId.ok());
    REQUIRE(store::LedgerStore(ws).post(*postedId).ok());
    model.entryAdded(*postedId);
    CHECK(model.rowCount() == draftRows);
    CHECK(model.rowOf(*postedId) == -1);
}

TEST_CASE("Touching every page of a 20k-entry ledger keeps the model's caches bounded", "[gui][models]")
{
    test::ScratchDir dir;
    const QString copy = dir.path(QStringLiteral("big.trellis"));
    REQUIRE(QFile::copy(demo20kTemplate(), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    store::OpenOptions options;
    options.dailyBackup = false;
    auto ws = store::Workspace::open(copy, options);
    REQUIRE(ws.ok());
    LedgerListModel model(*ws);
    REQUIRE(model.rowCount() == 20000);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, LedgerListModel::Narrative);
        CHECK_FALSE(index.data(LedgerListModel::IdRole).isNull());
        index.data(); // narratives and quantities are read and held too
        model.index(r, LedgerListModel::Quantity).data();
        ids.insert(model.idAt(r));
        if (r % 997 == 0) {
            REQUIRE(model.cachedPages() <= LedgerListModel::kCachedPages);
            REQUIRE(model.cachedTexts() <= 2 * (LedgerListModel::kMaxTexts + 64));
        }
    }
    CHECK(ids.size() == 20000);
    CHECK(model.cachedPages() <= LedgerListModel::kCachedPages);
    CHECK(model.cachedTexts() <= 2 * (LedgerListModel::kMaxTexts + 64));
    CHECK(model.anchors() <= LedgerListModel::kMaxAnchors);
    // Random jumps land on the store's rows.
    const QList<qint64> expected = storeOrder(*ws, {}, {});
    for (int r : {19999, 0, 10000, 7777, 15123, 256, 255})
        CHECK(model.idAt(r) == expected.at(r));
    CHECK(model.rowOf(expected.at(12345)) == 12345);

    // Ctrl+End in a view goes to the last row without reading the rows between.
    LedgerListModel fresh(*ws);
    QTableView view;
    view.setModel(&fresh);
    view.resize(800, 400);
    view.show();
    QApplication::processEvents();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(view.currentIndex().row() == 19999);
    CHECK(fresh.cachedPages() <= 3);
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

TEST_CASE("Ledger columns are wide enough for dates and kinds and quantities in the English and the Arabic UI", "[gui][models]")
{
    for (const char *name : {"en_US", "ar_EG"}) {
        CAPTURE(name);
        const QLocale previous;
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        test::ScratchDir dir;
        gui::MainWindow window(test::openDemo(dir));
        window.resize(1400, 860);
        window.show();
        window.showSection(gui::Section::Ledger);
        QApplication::processEvents();
        QTableView *list = window.page(gui::Section::Ledger)->list();
        const QFontMetrics metrics = list->fontMetrics();
        int quantities = 0;
        for (int r = 0; r < 600; ++r) {
            for (int column : {LedgerListModel::Date, LedgerListModel::Kind, LedgerListModel::Quantity}) {
                const QString text = list->model()->index(r, column).data().toString();
                if (text.isEmpty())
                    continue;
                quantities += column == LedgerListModel::Quantity;
                // The text and the cell's margins (a few pixels each side) within the column.
                REQUIRE(metrics.horizontalAdvance(text) + 6 <= list->columnWidth(column));
            }
        }
        CHECK(quantities > 100);
        QLocale::setDefault(previous);
    }
}
