// In-process search timing: store::search against the bare FTS5 MATCH it is built on, same file,
// same expression, medians over repeated runs. Prints one JSON line per query.
#include "i18n/ftsquery.h"
#include "store/search.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trellis;

namespace {
template <typename F>
double medianMs(int repeat, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: search_bench FILE QUERY...\n");
        return 2;
    }
    auto ws = store::Workspace::open(QString::fromLocal8Bit(argv[1]), {.readOnly = true, .dailyBackup = false});
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    constexpr int kLimit = 50;
    constexpr int kRepeat = 21;
    for (int q = 2; q < argc; ++q) {
        const QString query = QString::fromLocal8Bit(argv[q]);
        qsizetype hits = 0;
        const double ours = medianMs(kRepeat, [&] { hits = store::search(*ws, query, kLimit)->size(); });
        const QString expression = i18n::searchMatchExpression(query);
        qint64 rows = 0;
        const double raw = medianMs(kRepeat, [&] {
            auto stmt = ws->database().prepare(QStringLiteral(
                "SELECT rowid FROM key_search WHERE key_search MATCH ? ORDER BY rank LIMIT ?"));
            stmt->bind(1, expression).bind(2, kLimit * 4);
            rows = 0;
            while (*stmt->step())
                ++rows;
        });
        std::printf("{\"query\": \"%s\", \"ours_ms\": %.3f, \"raw_ms\": %.3f, \"hits\": %lld, \"raw_rows\": %lld}\n",
                    qPrintable(query), ours, raw, static_cast<long long>(hits), static_cast<long long>(rows));
    }
    return 0;
}
