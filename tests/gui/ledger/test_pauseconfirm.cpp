// Issue 14: a ledger entry dated inside a pause its two partners agreed asks before it is saved
// ("rest, not abandonment"). Cancel keeps the stored entry as it was and says why; Yes saves; an
// entry whose day and partners did not move, or that lies outside the pause, asks nothing.
#include "guifixture.h"

#include "gui/app/application.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/datefield.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"
#include "store/pausestore.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

using namespace trellis;

namespace {

/// A draft between the demo pause's two partners, three days before it begins.
qint64 draftBeforePause(store::Workspace &ws, const rhythm::Pause &rest)
{
    domain::LedgerEntry draft;
    draft.date = rest.firstDay.addDays(-3);
    draft.fromPartnerId = rest.partnerB; // the entry's direction is the pause's other way round
    draft.toPartnerId = rest.partnerA;
    draft.kind = domain::ContributionKind::EmotionalLabour;
    draft.narrative = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Acompañamiento tras el desalojo"));
    auto id = store::LedgerStore(ws).add(draft);
    REQUIRE(id.ok());
    return *id;
}

rhythm::Pause demoPause(store::Workspace &ws)
{
    auto pauses = store::PauseStore(ws).all();
    REQUIRE(pauses.ok());
    REQUIRE(pauses->size() == 1); // the demo's rest over the year's turn
    REQUIRE(pauses->first().isAgreed());
    return pauses->first();
}

} // namespace

TEST_CASE("An entry moved into the partners' agreed pause asks first, and Cancel saves nothing", "[gui][ledger][pause]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    store::Workspace &ws = window.workspace();
    const rhythm::Pause rest = demoPause(ws);
    const auto id = std::optional<qint64>(draftBeforePause(ws, rest));
    const QDate before = rest.firstDay.addDays(-3);

    window.openRecord(QStringLiteral("ledger_entry"), *id);
    auto *editor = qobject_cast<gui::LedgerEntryEditor *>(window.page(gui::Section::Ledger)->editor());
    REQUIRE(editor->recordId() == *id);
    auto *date = editor->findChild<gui::DateField *>(QStringLiteral("date"));
    const QDate inside = rest.firstDay.addDays(10);
    date->setDate(inside);

    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    CHECK_FALSE(editor->save());
    CHECK(asked);
    CHECK(editor->message().contains(QStringLiteral("agreed pause")));
    CHECK(store::LedgerStore(ws).get(*id)->date == before); // nothing written
    CHECK(editor->isDirty());

    asked = false;
    test::answerNextDialog(QMessageBox::Yes, &asked);
    CHECK(editor->save());
    CHECK(asked);
    CHECK(store::LedgerStore(ws).get(*id)->date == inside);

    // Saved again with its day and partners unchanged: no second question.
    asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    editor->findChild<gui::DateField *>(QStringLiteral("date"))->setDate(inside);
    editor->save();
    QApplication::processEvents();
    CHECK_FALSE(asked);

    // Outside the pause: no question either.
    editor->findChild<gui::DateField *>(QStringLiteral("date"))->setDate(rest.lastDay.addDays(1));
    CHECK(editor->save());
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(store::LedgerStore(ws).get(*id)->date == rest.lastDay.addDays(1));
}

TEST_CASE("In an Arabic window the pause question and the refusal read in Arabic, right to left", "[gui][ledger][pause]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    REQUIRE(gui::installUiLanguage(*app, QStringLiteral("ar")) == QStringLiteral("ar"));
    {
        test::ScratchDir dir;
        gui::MainWindow window(test::openDemo(dir));
        test::showActive(window);
        store::Workspace &ws = window.workspace();
        const rhythm::Pause rest = demoPause(ws);
        const qint64 id = draftBeforePause(ws, rest);
        window.openRecord(QStringLiteral("ledger_entry"), id);
        auto *editor = qobject_cast<gui::LedgerEntryEditor *>(window.page(gui::Section::Ledger)->editor());
        editor->findChild<gui::DateField *>(QStringLiteral("date"))->setDate(rest.firstDay);

        QString title, text;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QTimer::singleShot(0, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                title = box->windowTitle();
                text = box->text();
                direction = box->layoutDirection();
            }
        });
        test::answerNextDialog(QMessageBox::Cancel);
        CHECK_FALSE(editor->save());
        CHECK(title == QStringLiteral("ضمن استراحة متفق عليها"));
        CHECK(text.contains(QStringLiteral("الاستراحة راحة لا هجر")));
        CHECK(direction == Qt::RightToLeft);
        CHECK(editor->message().startsWith(QStringLiteral("لم يُحفظ")));
    }
    gui::installUiLanguage(*app, QStringLiteral("en"));
}
