// Issue 19, defect 10: a correction names its other half. The original says "reversed by entry N"
// (a link that shows it), the reversal "reverses entry N"; Correct… is off on either, and the core
// refuses a second reversal with a message that names the first.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>

using namespace trellis;

namespace {

/// A posted entry of the demo that is neither a reversal nor reversed.
qint64 plainPostedEntry(store::Workspace &ws)
{
    store::LedgerFilter posted;
    posted.status = domain::EntryStatus::Posted;
    store::LedgerQuery query(ws, posted);
    auto rows = query.next(100);
    REQUIRE(rows.ok());
    for (const store::LedgerRow &r : std::as_const(*rows)) {
        if (!r.isReversal && !store::LedgerStore(ws).reversalOf(r.id)->has_value())
            return r.id;
    }
    FAIL("the demo has no plain posted entry");
    return 0;
}

} // namespace

TEST_CASE("A corrected entry links to its reversal and can no longer be corrected", "[gui][ledger][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    const qint64 original = plainPostedEntry(window.workspace());
    window.openRecord(QStringLiteral("ledger_entry"), original);
    auto *editor = qobject_cast<gui::LedgerEntryEditor *>(window.page(gui::Section::Ledger)->editor());
    auto *correct = window.findChild<QAction *>(QStringLiteral("correct"));
    auto *badge = editor->findChild<QLabel *>(QStringLiteral("badge"));
    REQUIRE(editor->recordId() == original);
    CHECK(correct->isEnabled());
    CHECK(badge->text() == QStringLiteral("posted ✓"));

    const qint64 reversal = window.correctEntry(true);
    REQUIRE(reversal > 0);

    // The correction is an unsaved draft: leaving it asks first, and the draft is let go here.
    bool askedToLeave = false;
    test::answerNextDialog(QMessageBox::Discard, &askedToLeave);
    // The original: its badge names the reversal as a link, and Correct… is off.
    window.openRecord(QStringLiteral("ledger_entry"), original);
    CHECK(askedToLeave);
    REQUIRE(editor->recordId() == original);
    CHECK(badge->text().contains(QStringLiteral("reversed by entry %1").arg(reversal)));
    CHECK(badge->text().contains(QStringLiteral("href")));
    CHECK_FALSE(correct->isEnabled());

    // Asked anyway (a stale shortcut): told at once, no question first, nothing posted.
    bool asked = true;
    test::answerNextDialog(QMessageBox::Yes, &asked);
    CHECK(editor->correct() == 0);
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(editor->message().contains(QStringLiteral("already reversed by entry %1").arg(reversal)));

    // The link shows the reversal, whose badge points back.
    Q_EMIT badge->linkActivated(QStringLiteral("#%1").arg(reversal));
    CHECK(editor->recordId() == reversal);
    CHECK(badge->text().contains(QStringLiteral("reverses entry %1").arg(original)));
    CHECK_FALSE(correct->isEnabled());
    Q_EMIT badge->linkActivated(QStringLiteral("#%1").arg(original));
    CHECK(editor->recordId() == original);

    // Opened from elsewhere (search, a link) after a plain posted entry, Correct… follows the
    // record shown, not the one before it.
    const qint64 plain = plainPostedEntry(window.workspace());
    REQUIRE(plain != original);
    window.openRecord(QStringLiteral("ledger_entry"), plain);
    CHECK(correct->isEnabled());
    window.openRecord(QStringLiteral("ledger_entry"), original);
    CHECK_FALSE(correct->isEnabled());
    // The same after a correction is posted (found by the keyboard walkthrough): the posted
    // correction may be corrected, the entry it replaced, opened next, may not.
    REQUIRE(window.correctEntry(true) == 0); // original: refused, already reversed
    window.openRecord(QStringLiteral("ledger_entry"), plain);
    REQUIRE(window.correctEntry(true) > 0);
    editor->findChild<QCheckBox *>(QStringLiteral("post"))->setChecked(true);
    REQUIRE(editor->save());
    CHECK(correct->isEnabled());
    window.openRecord(QStringLiteral("ledger_entry"), plain);
    REQUIRE(editor->recordId() == plain);
    CHECK_FALSE(correct->isEnabled());

    // The core refuses a second reversal, naming the first.
    auto twice = store::LedgerStore(window.workspace()).reverse(original, {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already reversed by entry %1").arg(reversal)));
}
