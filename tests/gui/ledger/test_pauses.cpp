// Issue 14, pauses in the window: a ledger entry dated inside a pause its two partners agreed asks
// before it is saved ("rest, not abandonment"): Cancel keeps the stored entry as it was and says
// why, Yes saves, and an entry whose day and partners did not move, or that lies outside the
// pause, asks nothing. The partner's summary and the balance of the pair name the pause.
#include "guifixture.h"

#include "gui/app/application.h"
#include "gui/app/mainwindow.h"
#include "gui/balances/balancepairdetail.h"
#include "gui/partners/partnereditor.h"
#include "gui/editing/datefield.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/period.h"
#include "store/pausestore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
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
    const qint64 id = draftBeforePause(ws, rest);
    const QDate before = rest.firstDay.addDays(-3);

    window.openRecord(QStringLiteral("ledger_entry"), id);
    auto *editor = qobject_cast<gui::LedgerEntryEditor *>(window.page(gui::Section::Ledger)->editor());
    REQUIRE(editor->recordId() == id);
    auto *date = editor->findChild<gui::DateField *>(QStringLiteral("date"));
    const QDate inside = rest.firstDay.addDays(10);
    date->setDate(inside);

    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    CHECK_FALSE(editor->save());
    CHECK(asked);
    CHECK(editor->message().contains(QStringLiteral("agreed pause")));
    CHECK(store::LedgerStore(ws).get(id)->date == before); // nothing written
    CHECK(editor->isDirty());

    asked = false;
    test::answerNextDialog(QMessageBox::Yes, &asked);
    CHECK(editor->save());
    CHECK(asked);
    CHECK(store::LedgerStore(ws).get(id)->date == inside);

    // Saved again with another kind but its day and partners unchanged: no second question.
    asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(int(domain::ContributionKind::CulturalLabour)));
    REQUIRE(editor->isDirty());
    CHECK(editor->save());
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(store::LedgerStore(ws).get(id)->kind == domain::ContributionKind::CulturalLabour);

    // Outside the pause: no question either.
    editor->findChild<gui::DateField *>(QStringLiteral("date"))->setDate(rest.lastDay.addDays(1));
    CHECK(editor->save());
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(store::LedgerStore(ws).get(id)->date == rest.lastDay.addDays(1));
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

TEST_CASE("The partner's summary and the pair's balance name its pauses, agreed or proposed", "[gui][partners][balances][pause]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    store::Workspace &ws = window.workspace();
    const rhythm::Pause demo = demoPause(ws);
    qint64 third = 0; // a partner with no pause in the demo
    auto partners = store::PartnerStore(ws).list();
    REQUIRE(partners.ok());
    for (const store::PartnerSummary &p : std::as_const(*partners))
        if (p.id != demo.partnerA && p.id != demo.partnerB)
            third = p.id;
    REQUIRE(third != 0);
    // Pauses relative to today between the demo's first partner and the third, so the test reads
    // the same any day: one agreed, running now, and one proposed (one side's consent missing),
    // next month; one over last year is history.
    const QDate today = QDate::currentDate();
    auto pauseOf = [&](QDate first, QDate last, bool agreed) {
        rhythm::Pause p;
        p.partnerA = demo.partnerA;
        p.partnerB = third;
        p.firstDay = first;
        p.lastDay = last;
        p.reason = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Descanso tras la campaña"));
        p.consentedByA = first.addDays(-10);
        if (agreed)
            p.consentedByB = first.addDays(-9);
        REQUIRE(store::PauseStore(ws).add(p).ok());
        return p;
    };
    pauseOf(today.addDays(-3), today.addDays(4), true);
    pauseOf(today.addDays(30), today.addDays(40), false);
    pauseOf(today.addYears(-1), today.addYears(-1).addDays(5), true);
    const QString other = store::PartnerStore(ws).get(third)->name.original();

    window.openRecord(QStringLiteral("partner"), demo.partnerA);
    auto *editor = qobject_cast<gui::PartnerEditor *>(window.page(gui::Section::Partners)->editor());
    REQUIRE(editor->recordId() == demo.partnerA);
    const QString summary = editor->findChild<QLabel *>(QStringLiteral("summary"))->text();
    CHECK(summary.count(QStringLiteral("Pausing with")) == (demo.lastDay >= today ? 2 : 1)); // today's, and the demo's until it is over
    CHECK(summary.contains(QStringLiteral("is proposed: it holds once both sides consent")));
    CHECK(summary.contains(other));
    CHECK(summary.count(u'\n') >= 1);

    // The pair's balance over this month names the running pause; over a year ago, the old one.
    auto nameOf = [&ws](qint64 id) { return store::PartnerStore(ws).get(id)->name.original(); };
    gui::BalancePairDetail detail(ws, nameOf);
    detail.showPair(demo.partnerA, third, {today.addDays(-1), today}, QString());
    CHECK(detail.pausesText().contains(QStringLiteral("agreed by both: rest, not abandonment")));
    CHECK_FALSE(detail.pausesText().contains(QStringLiteral("proposed")));
    detail.showPair(demo.partnerA, third, {today.addYears(-1), today.addYears(-1)}, QString());
    CHECK(detail.pausesText().count(QStringLiteral("Pausing with")) == 1);
    // A pair with no pause at all.
    detail.showPair(demo.partnerB, third, {}, QString());
    CHECK(detail.pausesText().isEmpty());
    detail.clear();
    CHECK(detail.pausesText().isEmpty());
}
