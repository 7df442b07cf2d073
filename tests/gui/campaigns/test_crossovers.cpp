// Narrative crossovers in the window: every pair over time (View ▸ Narrative crossovers…), the
// count per pair in the partner's editor, and a retro's quarter's shared risks beside its third question.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/campaigns/crossoversdialog.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/crossoverstore.h"
#include "store/retrostore.h"
#include "store/sharedriskstore.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace trellis;

TEST_CASE("The crossovers window lists every pair, the most first, and the chosen pair's crossovers over time", "[gui][campaigns][crossovers]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto counts = store::CrossoverStore(window.workspace()).countsPerPair();
    REQUIRE(counts.ok());
    REQUIRE_FALSE(counts->isEmpty());
    gui::CrossoversDialog *dialog = window.showCrossovers();
    REQUIRE(dialog);
    REQUIRE(dialog->pairs()->topLevelItemCount() == counts->size());
    // The first pair is the one with the most crossovers; its timeline holds all of them, by day.
    const store::CrossoverPairCount &top = counts->first();
    CHECK(dialog->pairs()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() == top.partnerA);
    QTableWidget *timeline = dialog->timeline();
    REQUIRE(timeline->rowCount() == top.total());
    auto between = store::CrossoverStore(window.workspace()).between(top.partnerA, top.partnerB, store::PairDirection::BothWays);
    REQUIRE(between.ok());
    for (int row = 0; row < timeline->rowCount(); ++row) {
        CHECK(timeline->item(row, 3)->text().contains(between->at(row).origin));
        CHECK(timeline->item(row, 4)->text().contains(between->at(row).reborn));
    }
    // Another pair: its own crossovers.
    if (dialog->pairs()->topLevelItemCount() > 1) {
        dialog->pairs()->setCurrentItem(dialog->pairs()->topLevelItem(1));
        CHECK(timeline->rowCount() == counts->at(1).total());
    }
    dialog->close();

    // The partner's editor counts its crossovers with each other partner.
    window.openRecord(QStringLiteral("partner"), top.partnerA);
    auto *summary = window.page(gui::Section::Partners)->editor()->findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Narrative crossovers")));
}

TEST_CASE("A retro lists the shared risks of its quarter beside the third question", "[gui][campaigns][risks]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto retros = store::RetroStore(window.workspace()).list();
    REQUIRE(retros.ok());
    int shown = 0;
    for (const store::RetroSummary &r : *retros) {
        auto risks = store::SharedRiskStore(window.workspace()).risksOfQuarter(r.quarter);
        REQUIRE(risks.ok());
        window.openRecord(QStringLiteral("retro"), r.id);
        const QString summary = window.page(gui::Section::Retros)->editor()->findChild<QLabel *>(QStringLiteral("summary"))->text();
        INFO(r.quarter.toStdString());
        CHECK(summary.contains(QStringLiteral("Shared risks taken this quarter")) == !risks->isEmpty());
        for (const store::SharedRiskSummary &risk : *risks) {
            CHECK(summary.contains(risk.what.section(u'\n', 0, 0)));
            ++shown;
        }
    }
    CHECK(shown > 0);
}
