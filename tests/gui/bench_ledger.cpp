// Hidden scale check (not part of the suite): run with
//   TRELLIS_BENCH_WORKSPACE=/tmp/gui-demo-1m.trellis test_gui "[.bench]"
// Prints the time to open the window, to show the first page, and to scroll the ledger to its end.
#include "testsupport.h"

#include "gui/ledgerlistmodel.h"
#include "gui/mainwindow.h"
#include "gui/sectionpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace trellis;

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}
} // namespace

TEST_CASE("Scale check: open, first page and scroll to the end of a large ledger", "[.bench]")
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
    auto *model = window.page(gui::Section::Ledger)->model();
    const int firstRows = model->rowCount();
    timer.restart();
    int steps = 0;
    do {
        list->scrollToBottom();
        QApplication::processEvents();
        ++steps;
    } while (model->canFetchMore({}));
    const qint64 scrolled = timer.elapsed();
    std::printf("open %lld ms; window with first page and record %lld ms (%d rows); scroll to end %lld ms "
                "(%d steps, %d rows); RSS %ld KiB\n",
                opened, shown, firstRows, scrolled, steps, model->rowCount(), residentKiB());
    timer.restart();
    list->sortByColumn(gui::LedgerListModel::Date, Qt::AscendingOrder);
    QApplication::processEvents();
    std::printf("oldest first (re-sort in SQL) %lld ms\n", timer.elapsed());
    CHECK(model->rowCount() > 0);
}
