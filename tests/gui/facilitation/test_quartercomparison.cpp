// Compare quarters: the demo alliance's retros side by side, what came back, a refused span.
#include "guifixture.h"

#include "gui/facilitation/quartercomparisonview.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace trellis;

namespace {

/// The row whose label (as read aloud) starts with prefix, or -1.
int rowStarting(QTableWidget *table, const QString &prefix)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole).toString().startsWith(prefix))
            return r;
    }
    return -1;
}

QString cell(QTableWidget *table, int row, int quarterColumn) { return table->item(row, quarterColumn + 1)->text(); }

} // namespace

TEST_CASE("Compare quarters shows the demo's retros side by side and what came back", "[gui][facilitation][compare]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::QuarterComparisonView view(ws, i18n::Quarter{2026, 3});
    test::showActive(view);
    QTableWidget *table = view.table();

    // The four quarters up to the one asked for: 2025-Q4 (no retro) to 2026-Q3.
    REQUIRE(table->columnCount() == 5);
    REQUIRE(view.comparison().quarters.size() == 4);
    CHECK(view.comparison().quarters.first().quarter == QStringLiteral("2025-Q4"));
    CHECK(view.comparison().quarters.last().quarter == QStringLiteral("2026-Q3"));
    const int held = rowStarting(table, QStringLiteral("Retros held"));
    REQUIRE(held >= 0);
    CHECK(cell(table, held, 0) == QStringLiteral("0"));
    CHECK(cell(table, held, 1) == QStringLiteral("1"));

    // Each question in both languages of the latest retro's pair (zh-Hans–es), each in its direction.
    const int extractive = rowStarting(table, QStringLiteral("Answers to"));
    REQUIRE(extractive >= 0);
    auto *label = qobject_cast<QLabel *>(table->cellWidget(extractive, 0));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("什么让人感到被榨取？")));
    CHECK(label->text().contains(QStringLiteral("¿Qué se sintió extractivo?")));

    // "risk" was a tag in 2026-Q1 and 2026-Q3: it came back, is listed first and said so.
    CHECK(view.comparison().tags.first() == QStringLiteral("risk"));
    CHECK(view.comparison().keepsComingBack(QStringLiteral("risk")));
    const int risk = rowStarting(table, QStringLiteral("\u2068risk\u2069 — came back in 2 quarters"));
    REQUIRE(risk >= 0);
    CHECK(table->item(risk, 0)->font().bold());
    CHECK_FALSE(cell(table, risk, 1).isEmpty());
    CHECK(cell(table, risk, 2).isEmpty());
    CHECK_FALSE(cell(table, risk, 3).isEmpty());
    CHECK(view.summary().contains(QStringLiteral("risk")));
    CHECK_FALSE(view.summary().contains(QStringLiteral("funds")));

    // A span that runs backwards is refused in words; the table empties rather than lie.
    auto *from = view.findChild<QComboBox *>(QStringLiteral("fromQuarter"));
    auto *to = view.findChild<QComboBox *>(QStringLiteral("toQuarter"));
    REQUIRE((from && to));
    from->setCurrentIndex(from->findData(QStringLiteral("2026-Q3")));
    to->setCurrentIndex(to->findData(QStringLiteral("2026-Q1")));
    CHECK(table->rowCount() == 0);
    CHECK(view.summary().contains(QStringLiteral("before it starts")));
    to->setCurrentIndex(to->findData(QStringLiteral("2026-Q3")));
    CHECK(view.comparison().quarters.size() == 1);
    CHECK(view.summary() == QStringLiteral("No tag came back in two quarters of this span."));
}
