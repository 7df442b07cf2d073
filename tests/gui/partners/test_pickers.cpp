// Every partner picker follows the partners: one added, renamed or deleted shows at once in the
// ledger editor, the filters and the protocol editor, and a new entry never offers a deleted one.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/recordeditor.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/partners/partnerpicker.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace trellis;
using test::typeText;

namespace {

qint64 addPartnerByKeyboard(gui::MainWindow &window, const QString &name)
{
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = window.page(gui::Section::Partners)->editor();
    typeText(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(editor->message() == QStringLiteral("Saved."));
    return editor->recordId();
}

/// How many of the window's pickers list the partner, and how many pickers there are.
QPair<int, int> pickersListing(gui::MainWindow &window, qint64 id)
{
    const auto pickers = window.findChildren<gui::PartnerPicker *>();
    int listing = 0;
    for (const gui::PartnerPicker *p : pickers)
        listing += p->findData(id) >= 0 ? 1 : 0;
    return {listing, int(pickers.size())};
}

} // namespace

TEST_CASE("A deleted partner leaves every picker and a new entry never offers it", "[gui][partners]")
{
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("p.trellis")),
                                       {QStringLiteral("ar"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    gui::MainWindow window(std::move(*ws));
    test::showActive(window);
    const qint64 arabic = addPartnerByKeyboard(window, QStringLiteral("اتحاد عمال النسيج"));
    const qint64 spanish = addPartnerByKeyboard(window, QStringLiteral("Sindicato de Costureras"));
    const qint64 third = addPartnerByKeyboard(window, QStringLiteral("كتلة المحلة"));
    const auto [listing, pickers] = pickersListing(window, arabic);
    REQUIRE(pickers >= 5); // from, to, the two filters, the protocol's agreeing partner
    CHECK(listing == pickers);

    window.openRecord(QStringLiteral("partner"), arabic);
    window.page(gui::Section::Partners)->editor()->deleteRecord();
    REQUIRE_FALSE(store::PartnerStore(window.workspace()).get(arabic).ok());
    CHECK(pickersListing(window, arabic).first == 0);
    CHECK(pickersListing(window, spanish).first == pickers);

    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = window.page(gui::Section::Ledger)->editor();
    auto *from = editor->findChild<gui::PartnerPicker *>(QStringLiteral("from"));
    auto *to = editor->findChild<gui::PartnerPicker *>(QStringLiteral("to"));
    CHECK(from->partnerId() != arabic);
    CHECK(to->partnerId() != arabic);
    CHECK((from->partnerId() == spanish || from->partnerId() == third));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("quantity")), QStringLiteral("2"));
    CHECK(editor->save());
    CHECK(*store::LedgerStore(window.workspace()).count() == 1);

    // A rename shows in every picker at once.
    window.openRecord(QStringLiteral("partner"), spanish);
    auto *partnerEditor = window.page(gui::Section::Partners)->editor();
    QWidget *name = partnerEditor->view()->firstColumn()->field(QStringLiteral("name"))->editor();
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    typeText(name, QStringLiteral("Sindicato Nacional de Costureras"));
    REQUIRE(partnerEditor->save());
    for (const gui::PartnerPicker *p : window.findChildren<gui::PartnerPicker *>()) {
        const int at = p->findData(spanish);
        REQUIRE(at >= 0);
        CHECK(p->itemText(at).startsWith(QStringLiteral("Sindicato Nacional de Costureras")));
    }
}

TEST_CASE("Typing picks a partner by its name or by its Latin form, as the letters add up", "[gui][partners][walkthrough]")
{
    // Found driving the ledger editor under Xvfb: typing "Kanun" in From picked another partner,
    // since the Kanun's name is written in Persian and only its Latin form starts with those letters.
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("k.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
    REQUIRE(ws.ok());
    auto add = [&ws](const QString &name, const QString &language, const QString &latin) {
        domain::Partner p;
        p.name = domain::BilingualText(language, name);
        p.languages = {language};
        p.nameLatin = latin;
        auto id = store::PartnerStore(*ws).add(p);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 kanun = add(QStringLiteral("کانون صنفی معلمان تهران"), QStringLiteral("fa"), QStringLiteral("Kanun-e Senfi"));
    const qint64 colectiva = add(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"), QString());
    const qint64 colombo = add(QStringLiteral("Colombo Garment Workers Union"), QStringLiteral("en"), QString());
    gui::PartnerPicker picker(*ws);
    picker.show();
    picker.setFocus();
    const int pause = QApplication::keyboardInputInterval() + 100;

    QTest::keyClicks(&picker, QStringLiteral("kan"));
    CHECK(picker.partnerId() == kanun);
    QTest::qWait(pause);
    QTest::keyClicks(&picker, QStringLiteral("cole"));
    CHECK(picker.partnerId() == colectiva);
    QTest::qWait(pause);
    QTest::keyClicks(&picker, QStringLiteral("colo"));
    CHECK(picker.partnerId() == colombo);
    // Its own script finds it too.
    QTest::qWait(pause);
    typeText(&picker, QStringLiteral("کانون"));
    CHECK(picker.partnerId() == kanun);
    // Letters no partner starts with change nothing.
    QTest::qWait(pause);
    QTest::keyClicks(&picker, QStringLiteral("zz"));
    CHECK(picker.partnerId() == kanun);
}
