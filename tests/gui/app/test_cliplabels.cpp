// Issue 19, defect 8: no label is clipped at 1366×768, with the search panel open, in either UI
// direction: every visible label's rect holds what its size hint asks for, and the Balances rows
// (a Cyrillic name among them) are wide enough for their names in the Arabic UI.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/balances/balanceview.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerquery.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace trellis;

namespace {

/// Labels of the window whose rect is smaller than what their text needs.
QStringList clippedLabels(QWidget &window)
{
    QStringList clipped;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->width() == 0 || label->objectName() == QStringLiteral("title"))
            continue; // the heading elides by design (a test of its own checks it)
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored && !label->wordWrap())
            continue; // elides or scrolls by design
        const QSize hint = label->sizeHint();
        const int needed = label->wordWrap() && label->hasHeightForWidth() ? label->heightForWidth(label->width()) : hint.height();
        const bool tooShort = label->height() < needed;
        const bool tooNarrow = !label->wordWrap() && label->width() < hint.width();
        if (tooShort || tooNarrow)
            clipped << QStringLiteral("%1 \"%2\" %3x%4 < %5x%6")
                           .arg(label->objectName(), label->text().left(40))
                           .arg(label->width()).arg(label->height()).arg(hint.width()).arg(needed);
    }
    return clipped;
}

void checkSections(gui::MainWindow &window)
{
    for (gui::Section s : {gui::Section::Partners, gui::Section::Ledger, gui::Section::Retros, gui::Section::Protocols}) {
        window.showSection(s);
        window.selectFirstRecord();
        QApplication::processEvents();
        CAPTURE(int(s));
        const QStringList clipped = clippedLabels(window);
        for (const QString &line : clipped)
            UNSCOPED_INFO(line.toStdString());
        CHECK(clipped.isEmpty());
    }
}

} // namespace

TEST_CASE("No label is clipped at 1366x768 with the search panel open in both directions", "[gui][issue19]")
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        CAPTURE(int(direction));
        QApplication::setLayoutDirection(direction);
        test::ScratchDir dir;
        gui::MainWindow window(test::openDemo(dir));
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.search(QStringLiteral("Recife"));
        REQUIRE(window.findChild<QDockWidget *>(QStringLiteral("SearchDock"))->isVisible());
        QApplication::processEvents();
        checkSections(window);

        // Balances: every row name fits its header (Сергей's first letter included).
        window.showSection(gui::Section::Balances);
        QApplication::processEvents();
        QTableView *matrix = window.balanceView()->matrixView();
        QHeaderView *rows = matrix->verticalHeader();
        REQUIRE(matrix->model()->rowCount() > 0);
        CHECK(rows->width() >= rows->sizeHint().width());
        const int margin = 2 * rows->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, rows);
        for (int r = 0; r < matrix->model()->rowCount(); ++r) {
            const QString name = matrix->model()->headerData(r, Qt::Vertical).toString();
            CAPTURE(name.toStdString());
            CHECK(rows->width() >= rows->fontMetrics().horizontalAdvance(name) + margin);
        }
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("A new retro's notes are whole: the shared-risk citations say what to do in the room they need", "[gui][clip]")
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        CAPTURE(int(direction));
        QApplication::setLayoutDirection(direction);
        test::ScratchDir dir;
        gui::MainWindow window(test::openDemo(dir));
        test::showActive(window); // 1300x820, where the screenshot showed the note cut
        window.showSection(gui::Section::Retros);
        window.newRecord();
        QApplication::processEvents();
        auto *note = window.page(gui::Section::Retros)->editor()->findChild<QLabel *>(QStringLiteral("citationsNote"));
        REQUIRE(note);
        REQUIRE(note->isVisible());
        CHECK(note->text().startsWith(QStringLiteral("Save an answer")));
        // It had the width of its first words and ran under the row below.
        CHECK(note->height() >= note->heightForWidth(note->width()));
        CHECK(note->width() >= note->sizeHint().width());
        const QStringList clipped = clippedLabels(window);
        for (const QString &line : clipped)
            UNSCOPED_INFO(line.toStdString());
        CHECK(clipped.isEmpty());
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
