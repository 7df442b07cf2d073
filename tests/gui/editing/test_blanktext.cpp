// Blank means missing everywhere: a text of spaces is neither written, nor an original, nor
// counted in parity, and saving it says what saving nothing says.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/recordeditor.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace trellis;

TEST_CASE("A partner name of spaces is missing, not written, and refused like no name", "[gui][editors][bad-input]")
{
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("b.trellis")), {QStringLiteral("ar"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    gui::MainWindow window(std::move(*ws));
    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = window.page(gui::Section::Partners)->editor();
    REQUIRE_FALSE(editor->save());
    const QString nothingTyped = editor->message();
    REQUIRE_FALSE(nothingTyped.isEmpty());

    gui::FieldEdit *arName = editor->view()->firstColumn()->field(QStringLiteral("name"));
    gui::FieldEdit *esName = editor->view()->secondColumn()->field(QStringLiteral("name"));
    arName->editor()->setFocus();
    QTest::keyClicks(arName->editor(), QStringLiteral("   "));
    CHECK(arName->status() == domain::TranslationStatus::Missing);
    CHECK(esName->status() == domain::TranslationStatus::Missing);
    for (gui::TextColumn *column : {editor->view()->firstColumn(), editor->view()->secondColumn()})
        CHECK(column->findChild<QLabel *>(QStringLiteral("parity"))->text().isEmpty());
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == nothingTyped);
    CHECK(*store::PartnerStore(window.workspace()).count() == 0);
}
