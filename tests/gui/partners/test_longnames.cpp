// Issue 19, defect 5: a long name never takes over the window. The editor's heading elides to one
// line (the whole name in its tooltip) and a picker's list opens no wider than half the window.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/recordeditor.h"
#include "gui/partners/partnerpicker.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerstore.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QTest>

using namespace trellis;

TEST_CASE("A long partner name elides in the heading and in the picker's list", "[gui][partners][issue19]")
{
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("l.trellis")), {QStringLiteral("es"), QStringLiteral("en")});
    REQUIRE(ws.ok());
    QString longName;
    while (longName.size() + 10 <= 200)
        longName += QStringLiteral("Sindicato ");
    longName = longName.trimmed();
    domain::Partner p;
    p.name = domain::BilingualText(QStringLiteral("es"), longName);
    auto id = store::PartnerStore(*ws).add(p);
    REQUIRE(id.ok());
    domain::Partner other;
    other.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Rede Solidária Recife"));
    REQUIRE(store::PartnerStore(*ws).add(other).ok());

    gui::MainWindow window(std::move(*ws));
    test::showActive(window);
    window.openRecord(QStringLiteral("partner"), *id);
    gui::RecordEditor *editor = window.page(gui::Section::Partners)->editor();
    QApplication::processEvents();
    auto *title = editor->findChild<QLabel *>(QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->toolTip() == longName);
    CHECK(title->text() != longName);
    CHECK(title->text().endsWith(QStringLiteral("…")));
    CHECK(title->height() < 2 * title->fontMetrics().height());
    CHECK(title->fontMetrics().horizontalAdvance(title->text()) <= title->contentsRect().width());

    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *from = window.page(gui::Section::Ledger)->editor()->findChild<gui::PartnerPicker *>(QStringLiteral("from"));
    REQUIRE(from->findData(*id) >= 0);
    from->showPopup();
    QWidget *popup = from->view()->window();
    REQUIRE(popup->isVisible());
    CHECK(popup->width() <= window.width() / 2);
    CHECK(popup->width() >= from->width());
    from->hidePopup();
}
