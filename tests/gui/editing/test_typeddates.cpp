// Dates typed as a user types them: taken as typed in ISO and in the locale's short format, an
// impossible day refused with the importer's words and never changed, the calendar opened at today.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/datefield.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QTest>

using namespace trellis;

namespace {

gui::RecordEditor *newLedgerEntry(gui::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = window.page(gui::Section::Ledger)->editor();
    REQUIRE(editor->isEditingNew());
    return editor;
}

QString draftDate(const gui::RecordEditor *editor)
{
    return editor->draft().value(QStringLiteral("facts")).toObject().value(QStringLiteral("date")).toString();
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

/// The locale of the UI for one test, put back afterwards.
struct UiLocale {
    explicit UiLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~UiLocale() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_CASE("A date typed in a new ledger entry is taken as typed, in ISO and in the locale's short format", "[gui][dates]")
{
    test::ScratchDir dir;
    UiLocale british(QLocale(QLocale::English, QLocale::UnitedKingdom));
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = newLedgerEntry(window);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2026-11-15"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("from"));
    CHECK(draftDate(editor) == QStringLiteral("2026-11-15"));

    // The British short format is day first.
    window.page(gui::Section::Ledger)->editor()->findChild<QWidget *>(QStringLiteral("date"))->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("03/12/2026"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(draftDate(editor) == QStringLiteral("2026-12-03"));
}

TEST_CASE("An impossible typed date is refused with the importer's words and never changed", "[gui][dates][bad-input]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = newLedgerEntry(window);
    QWidget *date = editor->findChild<QWidget *>(QStringLiteral("date"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2026-02-30"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(date->property("text").toString() == QStringLiteral("2026-02-30"));
    auto *quantity = editor->findChild<QLineEdit *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("2"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().contains(QStringLiteral("month 2 of 2026 has 28 days")));
    CHECK(date->property("text").toString() == QStringLiteral("2026-02-30"));
    CHECK(*store::LedgerStore(window.workspace()).count() == 600);

    // Put right, it saves the day typed.
    CHECK(QApplication::focusWidget() == date); // the refusal puts the cursor where the fault is
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("2026-02-28"));
    INFO(editor->message().toStdString());
    REQUIRE(editor->save());
    CHECK(store::LedgerStore(window.workspace()).get(editor->recordId())->date == QDate(2026, 2, 28));
}

TEST_CASE("The period filter's calendar opens at today and a chosen day filters the list", "[gui][dates]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    window.showSection(gui::Section::Ledger);
    auto *from = window.findChild<gui::DateField *>(QStringLiteral("periodFrom"));
    REQUIRE(from);
    CHECK_FALSE(from->date().isValid()); // "from any date"
    from->showCalendar();
    auto *calendar = from->findChild<QCalendarWidget *>();
    REQUIRE(calendar);
    CHECK(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate::currentDate());
    CHECK(calendar->monthShown() == QDate::currentDate().month());
    Q_EMIT calendar->activated(QDate(2026, 1, 10));
    CHECK_FALSE(calendar->isVisible());
    CHECK(from->date() == QDate(2026, 1, 10));
    CHECK(from->text() == QStringLiteral("2026-01-10"));
}
