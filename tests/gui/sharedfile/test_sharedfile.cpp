// Two processes on one file: the window notices another process's commits (the command line
// importing) and reads its lists again without losing the user's place; a save over a record
// someone else saved meanwhile is refused with Reload offered. And a window over a file it may
// not write disables every writing action and says why.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/recordeditor.h"
#include "gui/ledger/ledgerlistmodel.h"
#include "gui/partners/partnerlistmodel.h"
#include "gui/partners/partnerpicker.h"
#include "gui/sections/sectionpage.h"
#include "gui/sharedfile/sharedfile.h"
#include "gui/sharedfile/readonlywindow.h"
#include "store/partnerstore.h"
#include "store/recordversion.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace trellis;

namespace {

QList<store::PartnerSummary> partners(store::Workspace &ws)
{
    auto list = store::PartnerStore(ws).list();
    REQUIRE(list.ok());
    return *list;
}

qint64 selectedId(gui::SectionPage *page)
{
    return page->list()->currentIndex().data(gui::SectionPage::kIdRole).toLongLong();
}

QLineEdit *factEdit(gui::RecordEditor *editor, const QString &accessibleName)
{
    for (auto *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    FAIL("no field " << accessibleName.toStdString());
    return nullptr;
}

store::Workspace otherConnection(const QString &path)
{
    auto other = store::Workspace::open(path, {.readOnly = false, .dailyBackup = false});
    REQUIRE(other.ok());
    return std::move(*other);
}

/// A window over a fresh demo copy with its first partner shown.
struct PartnerShown {
    test::ScratchDir dir;
    QString path = test::demoCopy(dir);
    gui::MainWindow window{[this] {
        auto ws = store::Workspace::open(path, {.readOnly = false, .dailyBackup = false});
        REQUIRE(ws.ok());
        return std::move(*ws);
    }()};
    gui::SectionPage *page = nullptr;
    PartnerShown()
    {
        test::showActive(window);
        page = window.page(gui::Section::Partners);
        page->selectFirst();
        REQUIRE(page->editor()->recordId() != 0);
    }
};

} // namespace

TEST_CASE("The command line importing while the window is open shows in its lists within a second, keeping the place",
          "[gui][sharedfile]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const QString path = ws.path();
    const auto before = partners(ws);
    REQUIRE(before.size() >= 3);
    gui::MainWindow window(std::move(ws));
    test::showActive(window);

    // The user is on the third partner and has scrolled the ledger down.
    gui::SectionPage *partnerPage = window.page(gui::Section::Partners);
    auto *partnerModel = qobject_cast<gui::PartnerListModel *>(partnerPage->model());
    REQUIRE(partnerModel);
    const int partnerRows = partnerModel->rowCount();
    window.openRecord(QStringLiteral("partner"), partnerModel->idAt(2));
    const qint64 chosen = partnerPage->editor()->recordId();
    REQUIRE(chosen == partnerModel->idAt(2));
    REQUIRE(selectedId(partnerPage) == chosen);

    window.showSection(gui::Section::Ledger);
    gui::SectionPage *ledgerPage = window.page(gui::Section::Ledger);
    auto *ledgerModel = qobject_cast<gui::LedgerListModel *>(ledgerPage->model());
    REQUIRE(ledgerModel);
    const qint64 entriesBefore = ledgerModel->matchingCount();
    QScrollBar *bar = ledgerPage->list()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTest::qWait(50);
    const int scrolled = bar->value();
    REQUIRE(scrolled > 0);

    // Another process: trellis-cli imports two entries to a partner it creates.
    const QString csv = dir.path(QStringLiteral("more.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("date,from,to,kind,quantity,unit,narrative,language\n"
                              "2026-11-02,%1,Colectiva Nueva Aurora,time,3,hours,Turno de cuidado,es\n"
                              "2026-11-03,Colectiva Nueva Aurora,%1,funds,120,EUR,Fondo de huelga,es\n")
                   .arg(before.first().name).toUtf8());
    file.close();
    const auto imported = test::runCli({QStringLiteral("import"), QStringLiteral("ledger"), path, csv,
                                        QStringLiteral("--create-partners")});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    // The poll (once a second) notices it: no focus change, no check called by the test.
    REQUIRE(QTest::qWaitFor([&] { return ledgerModel->matchingCount() == entriesBefore + 2; }, 3000));
    QTest::qWait(20); // the queued reselection and scroll
    CHECK(partnerModel->rowCount() == partnerRows + 1);
    CHECK(partnerPage->editor()->recordId() == chosen);
    CHECK(selectedId(partnerPage) == chosen);
    CHECK(bar->value() == scrolled);
    // Every picker offers the new partner (the ledger editor's, the filters', the protocol editor's).
    qint64 created = 0;
    for (const store::PartnerSummary &p : partners(window.workspace())) {
        if (p.name == QStringLiteral("Colectiva Nueva Aurora"))
            created = p.id;
    }
    REQUIRE(created != 0);
    const auto pickers = window.findChildren<gui::PartnerPicker *>();
    REQUIRE(pickers.size() >= 4);
    for (const gui::PartnerPicker *picker : pickers)
        CHECK(picker->findData(created) >= 0);
    // Nothing more happened: the next check finds nothing new.
    auto *outside = window.findChild<gui::SharedFile *>(QStringLiteral("sharedFile"));
    REQUIRE(outside);
    CHECK_FALSE(outside->check());
}

TEST_CASE("A save over a partner another process saved since it was loaded is refused and Reload shows theirs",
          "[gui][sharedfile]")
{
    PartnerShown shown;
    gui::MainWindow &window = shown.window;
    const QString path = shown.path;
    gui::SectionPage *page = shown.page;
    gui::RecordEditor *editor = page->editor();
    const qint64 id = editor->recordId();
    REQUIRE(id != 0);

    // The user starts typing a country...
    QLineEdit *country = factEdit(editor, QStringLiteral("Country"));
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("BR"));
    REQUIRE(editor->isDirty());

    // ...while another Trellis saves the same partner with another country.
    store::Workspace other = otherConnection(path);
    auto theirs = store::PartnerStore(other).get(id);
    REQUIRE(theirs.ok());
    theirs->country = QStringLiteral("LK");
    REQUIRE(store::PartnerStore(other).update(*theirs).ok());

    SECTION("saving before the window noticed is refused, and nothing of theirs is lost")
    {
        CHECK_FALSE(editor->save());
    }
    SECTION("the window notices it first and warns while the user is still typing")
    {
        window.findChild<gui::SharedFile *>(QStringLiteral("sharedFile"))->check();
        CHECK(editor->hasConflict());
        CHECK(editor->message().contains(QStringLiteral("while you were editing it")));
        CHECK(editor->isDirty()); // the user's typing is still there to copy
        CHECK(country->text() == QStringLiteral("BR"));
        CHECK_FALSE(editor->save());
    }
    CHECK(editor->hasConflict());
    CHECK(editor->message().contains(QStringLiteral("Someone else")));
    auto *reload = editor->findChild<QPushButton *>(QStringLiteral("reload"));
    REQUIRE(reload);
    CHECK(reload->isVisible());
    auto stored = store::PartnerStore(other).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->country == QStringLiteral("LK"));

    reload->click();
    CHECK_FALSE(editor->hasConflict());
    CHECK_FALSE(editor->isDirty());
    CHECK(country->text() == QStringLiteral("LK"));
    // After the reload, a change saves over the version now shown.
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("BR"));
    REQUIRE(editor->save());
    auto saved = store::PartnerStore(other).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->country == QStringLiteral("BR"));
}

TEST_CASE("A partner another process saved while the editor was clean is shown as they saved it", "[gui][sharedfile]")
{
    PartnerShown shown;
    gui::MainWindow &window = shown.window;
    const QString path = shown.path;
    gui::SectionPage *page = shown.page;
    gui::RecordEditor *editor = page->editor();
    const qint64 id = editor->recordId();
    store::Workspace other = otherConnection(path);
    auto theirs = store::PartnerStore(other).get(id);
    REQUIRE(theirs.ok());
    theirs->timeZone = QStringLiteral("America/Recife");
    REQUIRE(store::PartnerStore(other).update(*theirs).ok());

    // Coming back to the window checks at once.
    QWidget elsewhere;
    test::showActive(elsewhere);
    elsewhere.close();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(QTest::qWaitFor([&] { return factEdit(editor, QStringLiteral("Time zone"))->text() == QStringLiteral("America/Recife"); }, 2000));
    CHECK(editor->recordId() == id);
    CHECK_FALSE(editor->hasConflict());
    CHECK(editor->message().contains(QStringLiteral("their version")));
    CHECK(selectedId(page) == id);

    SECTION("and one they deleted leaves the editor empty, saying so")
    {
        gui::SectionPage *partnersPage = window.page(gui::Section::Partners);
        domain::Partner lone;
        lone.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Colectiva Efímera"));
        lone.languages = {QStringLiteral("es")};
        auto loneId = store::PartnerStore(other).add(lone);
        REQUIRE(loneId.ok());
        window.findChild<gui::SharedFile *>(QStringLiteral("sharedFile"))->check();
        window.openRecord(QStringLiteral("partner"), *loneId);
        REQUIRE(partnersPage->editor()->recordId() == *loneId);
        REQUIRE(store::PartnerStore(other).remove(*loneId).ok());
        window.findChild<gui::SharedFile *>(QStringLiteral("sharedFile"))->check();
        CHECK(partnersPage->editor()->recordId() == 0);
        CHECK(partnersPage->editor()->message().contains(QStringLiteral("deleted by someone else")));
    }
}

namespace {

void expectReadOnlyWindow(gui::MainWindow &window, const QString &why)
{
    auto *notice = window.statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().startsWith(QStringLiteral("Read-only")));
    CHECK(notice->text().contains(why));
    for (const char *name : gui::kWritingActions) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(action);
        CHECK_FALSE(action->isEnabled());
        CHECK(action->statusTip() == notice->text());
    }
    // Selecting a record keeps the actions off, and its editor cannot save or delete.
    gui::SectionPage *page = window.page(gui::Section::Partners);
    page->selectFirst();
    gui::RecordEditor *editor = page->editor();
    REQUIRE(editor->recordId() != 0);
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("delete"))->isEnabled());
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("save"));
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    for (auto *edit : editor->findChildren<QLineEdit *>()) {
        if (!edit->accessibleName().isEmpty() && edit->accessibleName() == QStringLiteral("Country"))
            CHECK_FALSE(edit->isEnabled());
    }
    window.showSection(gui::Section::Ledger);
    window.page(gui::Section::Ledger)->selectFirst();
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("correct"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("delete"))->isEnabled());
}

} // namespace

TEST_CASE("A window over a file without write permission disables every writing action and says why", "[gui][sharedfile][readonly]")
{
    test::ScratchDir dir;
    const QString path = test::demoCopy(dir);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QByteArray before;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    auto ws = store::Workspace::open(path, {.readOnly = false, .dailyBackup = false});
    INFO((ws.ok() ? std::string() : ws.error().message.toStdString()));
    REQUIRE(ws.ok());
    if (!store::isReadOnly(ws->database())) {
        // Running as root, permissions do not bind and SQLite writes anyway: open it as a
        // read-only share would be, with no foreign schema either.
        ws = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
        REQUIRE(ws.ok());
    }
    REQUIRE(store::isReadOnly(ws->database()));
    {
        gui::MainWindow window(std::move(*ws));
        test::showActive(window);
        expectReadOnlyWindow(window, QStringLiteral("permission"));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("A window over a workspace with a foreign schema object is read-only and says why", "[gui][sharedfile][readonly]")
{
    test::ScratchDir dir;
    const QString path = test::demoCopy(dir);
    // What another tool did to the file: a trigger Trellis did not write.
    const auto tampered = test::runProgram(QStringLiteral("sqlite3"), {path,
        QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON partner BEGIN UPDATE partner SET country = 'XX' WHERE id = NEW.id; END;")});
    REQUIRE(tampered.exitCode == 0);
    REQUIRE_FALSE(store::Workspace::open(path, {.readOnly = false, .dailyBackup = false}).ok());
    auto ws = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
    REQUIRE(ws.ok());
    gui::MainWindow window(std::move(*ws));
    test::showActive(window);
    expectReadOnlyWindow(window, QStringLiteral("database objects Trellis did not write"));
}

TEST_CASE("A writable window has no read-only notice and its writing actions on", "[gui][sharedfile][readonly]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    CHECK_FALSE(window.statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyNotice")));
    for (const char *name : {"newRecord", "save", "importLedger", "newRetro", "runRetro", "publishRetro"}) {
        INFO(name);
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->isEnabled());
    }
}
