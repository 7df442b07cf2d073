// Dark and high-contrast palettes, and the tints derived from the palette in use, read on every palette.
#include "testsupport.h"

#include "gui/app/options.h"
#include "gui/balances/balancematrixmodel.h"
#include "gui/widgets/palettes.h"

#include <QApplication>

using namespace trellis;

TEST_CASE("The named palettes: system leaves the platform's, dark and high-contrast read, others are refused", "[gui][palette]")
{
    bool known = false;
    CHECK_FALSE(gui::namedPalette(QStringLiteral("system"), &known));
    CHECK(known);
    CHECK_FALSE(gui::namedPalette(QString(), &known));
    CHECK(known);
    CHECK_FALSE(gui::namedPalette(QStringLiteral("sepia"), &known));
    CHECK_FALSE(known);
    for (const QString &name : {QStringLiteral("dark"), QStringLiteral("high-contrast")}) {
        INFO(name.toStdString());
        const auto palette = gui::namedPalette(name, &known);
        REQUIRE(palette);
        CHECK(known);
        CHECK(gui::isDark(*palette));
        CHECK(gui::contrastRatio(palette->color(QPalette::Text), palette->color(QPalette::Base)) >= 7.0);
        CHECK(gui::contrastRatio(palette->color(QPalette::WindowText), palette->color(QPalette::Window)) >= 7.0);
        CHECK(gui::contrastRatio(palette->color(QPalette::HighlightedText), palette->color(QPalette::Highlight)) >= 4.5);
        CHECK(gui::contrastRatio(palette->color(QPalette::Disabled, QPalette::Text), palette->color(QPalette::Base)) >= 3.0);
    }
    const auto high = gui::namedPalette(QStringLiteral("high-contrast"));
    CHECK(gui::contrastRatio(high->color(QPalette::Text), high->color(QPalette::Base)) == Approx(21.0));
}

TEST_CASE("Tints never drop the text below 4.5:1, on light, dark and high-contrast palettes", "[gui][palette]")
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const QList<QPalette> palettes = {light, *gui::namedPalette(QStringLiteral("dark")),
                                      *gui::namedPalette(QStringLiteral("high-contrast"))};
    for (const QPalette &palette : palettes) {
        for (double asymmetry : {0.5, 0.75, 1.0}) {
            const QColor tint = gui::BalanceMatrixModel::tint(asymmetry, palette);
            CHECK(gui::contrastRatio(tint, palette.color(QPalette::Text)) >= 4.5);
            // A dark palette gets a dark tint: never a light background in a dark window.
            CHECK(gui::isDark(palette) == (tint.lightnessF() < 0.5));
        }
        // Stronger asymmetry, stronger (or, at the contrast limit, equal) tint.
        CHECK(gui::contrastRatio(gui::BalanceMatrixModel::tint(1.0, palette), palette.color(QPalette::Base))
              >= gui::contrastRatio(gui::BalanceMatrixModel::tint(0.5, palette), palette.color(QPalette::Base)));
    }
}

TEST_CASE("An error message is the palette's text on a red tint of its base", "[gui][palette]")
{
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(*gui::namedPalette(QStringLiteral("dark")));
    const QString sheet = gui::errorStyleSheet();
    QApplication::setPalette(saved);
    CHECK(sheet.contains(gui::namedPalette(QStringLiteral("dark"))->color(QPalette::Text).name()));
    CHECK_FALSE(sheet.contains(QStringLiteral("#b3261e")));
}

TEST_CASE("The palette option takes system, dark or high-contrast and refuses anything else", "[gui][palette][options]")
{
    int exitCode = -1;
    CHECK(gui::parseOptions({QStringLiteral("trellis"), QStringLiteral("--palette"), QStringLiteral("dark")}, exitCode).palette
          == QStringLiteral("dark"));
    CHECK(exitCode == -1);
    gui::parseOptions({QStringLiteral("trellis"), QStringLiteral("--palette"), QStringLiteral("neon")}, exitCode);
    CHECK(exitCode == 2);
}
