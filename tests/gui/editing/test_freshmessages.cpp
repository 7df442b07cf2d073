// Issue 19, defect 9: a message goes when its cause does (a name pasted, a quantity typed), and the
// language columns' date and quantity follow the fields as they are typed, not as last saved.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/recordeditor.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace trellis;

namespace {

store::Workspace twoPartners(const test::ScratchDir &dir)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("m.trellis")), {QStringLiteral("en"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    for (const QString &name : {QStringLiteral("Sindicato de Costureras"), QStringLiteral("Rede Solidária Recife")}) {
        domain::Partner p;
        p.name = domain::BilingualText(QStringLiteral("es"), name);
        REQUIRE(store::PartnerStore(*ws).add(p).ok());
    }
    return std::move(*ws);
}

} // namespace

TEST_CASE("The missing-name message goes when a name is pasted", "[gui][editing][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(twoPartners(dir));
    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    gui::RecordEditor *editor = window.page(gui::Section::Partners)->editor();
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A partner needs a name"));
    QWidget *name = editor->view()->firstColumn()->field(QStringLiteral("name"))->editor();
    QApplication::clipboard()->setText(QStringLiteral("Colectivo Tejedoras"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
    CHECK(editor->message().isEmpty());
    // Still blank after an edit elsewhere: the message stays while its cause does.
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClick(name, Qt::Key_Space);
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A partner needs a name"));
    QTest::keyClicks(name, QStringLiteral("x"));
    CHECK(editor->message().isEmpty());
}

TEST_CASE("The zero-quantity message goes when a quantity is typed and the columns follow the facts", "[gui][editing][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(twoPartners(dir));
    test::showActive(window);
    window.setLanguagePair(QStringLiteral("en"), QStringLiteral("es"));
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    gui::RecordEditor *editor = window.page(gui::Section::Ledger)->editor();
    auto *quantity = editor->findChild<QLineEdit *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("0"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().startsWith(QStringLiteral("A quantity must be more than zero")));
    QTest::keyClick(quantity, Qt::Key_Backspace);
    QTest::keyClicks(quantity, QStringLiteral("3"));
    CHECK(editor->message().isEmpty());

    // The Spanish column shows the typed quantity and date before any save.
    auto *spanish = editor->view()->secondColumn();
    auto *shownQuantity = spanish->findChild<QLabel *>(QStringLiteral("quantity"));
    auto *shownDate = spanish->findChild<QLabel *>(QStringLiteral("date"));
    CHECK(shownQuantity->text().contains(QStringLiteral("3")));
    CHECK_FALSE(shownQuantity->text().contains(QStringLiteral("0")));
    auto *dateText = editor->findChild<gui::DateField *>(QStringLiteral("date"));
    REQUIRE(dateText);
    dateText->selectAll();
    QTest::keyClicks(dateText, QStringLiteral("2026-11-15"));
    QTest::keyClick(dateText, Qt::Key_Tab);
    CHECK(shownDate->text().contains(QStringLiteral("noviembre")));
    CHECK(shownDate->text().contains(QStringLiteral("2026")));
    CHECK(spanish->findChild<QLabel *>(QStringLiteral("quantity"))->text().contains(QStringLiteral("3")));
}
