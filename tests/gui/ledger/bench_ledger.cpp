// Hidden scale check (not part of the suite): run with
//   TRELLIS_BENCH_WORKSPACE=/tmp/d1m.trellis build/tests/gui/test_gui "[.bench]"
// Prints the time to open the window, to go to the end of the ledger (Ctrl+End, painting), to
// jump to random rows, to read single pages at random positions, and the memory held.
#include "testsupport.h"

#include "gui/ledger/ledgerlistmodel.h"
#include "gui/app/mainwindow.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerquery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace trellis;

namespace {
/// A line of /proc/self/status in KiB (VmRSS: now, VmHWM: peak).
long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    return -1;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

TEST_CASE("Scale check: open, go to the end and jump around a large ledger", "[.bench]")
{
    const QString path = qEnvironmentVariable("TRELLIS_BENCH_WORKSPACE");
    REQUIRE_FALSE(path.isEmpty());
    QElapsedTimer timer;
    timer.start();
    store::OpenOptions options;
    options.dailyBackup = false;
    options.quickCheck = qEnvironmentVariableIsEmpty("TRELLIS_BENCH_NO_QUICK_CHECK") ? store::QuickCheck::Always
                                                                                      : store::QuickCheck::Never;
    auto ws = store::Workspace::open(path, options);
    REQUIRE(ws.ok());
    const qint64 opened = timer.elapsed();
    gui::MainWindow window(std::move(*ws));
    window.resize(1400, 860);
    window.show();
    window.showSection(gui::Section::Ledger);
    window.selectFirstRecord();
    QApplication::processEvents();
    const qint64 shown = timer.elapsed();
    QTableView *list = window.page(gui::Section::Ledger)->list();
    auto *model = qobject_cast<gui::LedgerListModel *>(window.page(gui::Section::Ledger)->model());
    REQUIRE(model);
    const int rows = model->rowCount();
    std::printf("open %lld ms; window with first rows and record %lld ms (%d rows); RSS %ld KiB\n", opened, shown,
                rows, statusKiB("VmRSS:"));

    // Ctrl+End, as a user presses it: the view moves to the last row and paints it.
    timer.restart();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QApplication::processEvents();
    list->viewport()->repaint();
    const qint64 toEnd = timer.elapsed();
    CHECK(list->currentIndex().row() == rows - 1);
    std::printf("Ctrl+End %lld ms (row %d, %d pages held)\n", toEnd, list->currentIndex().row(), model->cachedPages());

    // Jumps to random rows by the scroll bar, each painted.
    QList<qint64> jumps;
    QRandomGenerator random(5);
    for (int i = 0; i < 30; ++i) {
        timer.restart();
        list->verticalScrollBar()->setValue(int(random.bounded(list->verticalScrollBar()->maximum() + 1)));
        list->viewport()->repaint();
        jumps << timer.elapsed();
    }
    std::printf("30 random jumps (painted): median %lld ms, max %lld ms\n", median(jumps),
                *std::max_element(jumps.cbegin(), jumps.cend()));

    // One page read at a random position with nothing known nearby (from the start or the end).
    store::LedgerQuery query(window.workspace(), {});
    QList<qint64> reads;
    for (int i = 0; i < 20; ++i) {
        const qint64 first = random.bounded(std::max(1, rows - gui::LedgerListModel::kPageSize));
        const qint64 fromEnd = rows - first - gui::LedgerListModel::kPageSize;
        timer.restart();
        auto page = fromEnd < first ? query.window({std::nullopt, true, false}, fromEnd, gui::LedgerListModel::kPageSize)
                                    : query.window({}, first, gui::LedgerListModel::kPageSize);
        reads << timer.elapsed();
        REQUIRE(page.ok());
    }
    std::printf("page of %d rows at a random position: median %lld ms, max %lld ms\n", gui::LedgerListModel::kPageSize,
                median(reads), *std::max_element(reads.cbegin(), reads.cend()));

    timer.restart();
    list->sortByColumn(gui::LedgerListModel::Date, Qt::AscendingOrder);
    list->viewport()->repaint();
    std::printf("oldest first (re-sort in SQL) %lld ms\n", timer.elapsed());
    // Every other order, both ways: its first rows, its middle and its end (buckets over indexes).
    const std::pair<int, const char *> orders[] = {{gui::LedgerListModel::Kind, "kind"},
                                                   {gui::LedgerListModel::From, "from"},
                                                   {gui::LedgerListModel::To, "to"},
                                                   {gui::LedgerListModel::Quantity, "quantity"},
                                                   {gui::LedgerListModel::Status, "status"}};
    for (const auto &[column, name] : orders) {
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            list->sortByColumn(column, direction);
            list->viewport()->repaint();
            const qint64 first = timer.elapsed();
            timer.restart();
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2);
            list->viewport()->repaint();
            const qint64 middle = timer.elapsed();
            // The last row made current and shown, as Ctrl+End does (a key click here lands on
            // row 0 after the model's rows were replaced).
            timer.restart();
            list->setCurrentIndex(model->index(rows - 1, column));
            list->scrollTo(list->currentIndex());
            list->viewport()->repaint();
            const qint64 end = timer.elapsed();
            CHECK(list->currentIndex().row() == rows - 1);
            std::printf("by %s %s: first rows %lld ms, middle %lld ms, Ctrl+End %lld ms\n", name,
                        direction == Qt::AscendingOrder ? "ascending" : "descending", first, middle, end);
        }
    }
    // One partner's entries (a filter no order's index holds) by kind: first page, a page in the
    // middle (buckets counted), another near it (counts kept).
    {
        store::LedgerFilter filter;
        auto top = store::LedgerQuery::row(window.workspace(), model->idAt(0));
        REQUIRE(top.ok());
        filter.partnerId = top->fromPartnerId;
        store::LedgerOrder byKind{store::LedgerSort::Kind, false, {}, {}};
        for (int k = 0; k < int(domain::ContributionKind::Count); ++k)
            byKind.kindRanks << domain::contributionKindKey(domain::ContributionKind(k));
        store::LedgerQuery one(window.workspace(), filter, byKind);
        timer.restart();
        auto total = one.count();
        REQUIRE(total.ok());
        const qint64 matching = *total;
        const qint64 counted = timer.elapsed();
        timer.restart();
        REQUIRE(one.window({}, 0, gui::LedgerListModel::kPageSize).ok());
        const qint64 first = timer.elapsed();
        timer.restart();
        REQUIRE(one.window({}, matching / 2, gui::LedgerListModel::kPageSize).ok());
        const qint64 middle = timer.elapsed();
        timer.restart();
        REQUIRE(one.window({}, matching / 2 + 5000, gui::LedgerListModel::kPageSize).ok());
        std::printf("one partner (%lld entries) by kind: count %lld ms, first page %lld ms, middle %lld ms, "
                    "5000 rows on %lld ms\n",
                    matching, counted, first, middle, timer.elapsed());
    }
    std::printf("held: %d pages, %d texts, %d anchors; RSS %ld KiB, peak %ld KiB\n", model->cachedPages(),
                model->cachedTexts(), model->anchors(), statusKiB("VmRSS:"), statusKiB("VmHWM:"));
    CHECK(model->cachedPages() <= gui::LedgerListModel::kCachedPages);
}
