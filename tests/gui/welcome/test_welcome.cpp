// The first run: an empty workspace opens on the welcome page, each way to begin is one key away,
// and the sections take over at the first record; a workspace with records never shows it.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/sectionpage.h"
#include "gui/welcome/welcomepage.h"
#include "gui/app/workbench.h"

#include <QCommandLinkButton>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {
store::Workspace emptyFaEsWorkspace(const test::ScratchDir &dir)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("empty.trellis")), {QStringLiteral("fa"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    return std::move(*ws);
}
} // namespace

TEST_CASE("An empty workspace opens on the welcome page, with its working languages named", "[gui][welcome]")
{
    test::ScratchDir dir;
    gui::MainWindow window(emptyFaEsWorkspace(dir));
    test::showActive(window);
    REQUIRE(window.welcomeShown());
    gui::WelcomePage *welcome = window.welcomePage();
    REQUIRE(welcome);
    CHECK(welcome->isVisible());
    CHECK_FALSE(window.currentPage()->isVisible());
    for (QCommandLinkButton *step : {welcome->nameStep(), welcome->partnerStep(), welcome->demoStep(), welcome->importStep()})
        CHECK(step->isVisible());
    CHECK(welcome->nameStep()->description().contains(QStringLiteral("فارسی")));
    CHECK(welcome->nameStep()->description().contains(QStringLiteral("español")));
}

TEST_CASE("Each way to begin is one key away", "[gui][welcome]")
{
    gui::WelcomePage welcome;
    test::showActive(welcome);
    welcome.nameStep()->setFocus(Qt::OtherFocusReason);
    QSignalSpy name(&welcome, &gui::WelcomePage::nameAllianceRequested);
    QSignalSpy partner(&welcome, &gui::WelcomePage::firstPartnerRequested);
    QSignalSpy demo(&welcome, &gui::WelcomePage::demoRequested);
    QSignalSpy import(&welcome, &gui::WelcomePage::importRequested);
    QTest::keyClick(&welcome, Qt::Key_3);
    CHECK(demo.size() == 1);
    QTest::keyClick(&welcome, Qt::Key_4);
    CHECK(import.size() == 1);
    QTest::keyClick(&welcome, Qt::Key_1);
    CHECK(name.size() == 1);
    QTest::keyClick(&welcome, Qt::Key_2);
    CHECK(partner.size() == 1);
    // Each key asked for one thing only.
    CHECK(demo.size() + import.size() + name.size() + partner.size() == 4);
}

TEST_CASE("Key 2 on the welcome page starts the first partner in the Partners section", "[gui][welcome]")
{
    test::ScratchDir dir;
    gui::MainWindow window(emptyFaEsWorkspace(dir));
    test::showActive(window);
    REQUIRE(window.welcomeShown());
    QTest::keyClick(window.welcomePage()->nameStep(), Qt::Key_2);
    CHECK_FALSE(window.welcomeShown());
    CHECK(window.currentSection() == gui::Section::Partners);
    CHECK(window.currentPage()->isVisible());
    CHECK(window.currentPage()->editor()->isEditingNew());
}

TEST_CASE("The welcome page gives way at the first record, and a workspace with records never shows it", "[gui][welcome]")
{
    test::ScratchDir dir;
    {
        gui::MainWindow window(emptyFaEsWorkspace(dir));
        test::showActive(window);
        REQUIRE(window.welcomeShown());
        Q_EMIT window.workbench().recordAdded(gui::Section::Retros, 1);
        CHECK_FALSE(window.welcomeShown());
        CHECK(window.currentPage()->isVisible());
    }
    gui::MainWindow demo(test::openDemo(dir));
    test::showActive(demo);
    CHECK_FALSE(demo.welcomeShown());
    CHECK(demo.welcomePage() == nullptr);
}
