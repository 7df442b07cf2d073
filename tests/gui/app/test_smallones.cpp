// Issue 19, defects 7 and 12: the small things a new user trips on. A partner without a country,
// countries and amounts in a right-to-left UI, four-digit years, the pair remembered across
// restarts, feedback on Delete, errors in the error colours with their field marked, and which
// language pair wins in a retro.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/app/workspacestatus.h"
#include "gui/editing/recordeditor.h"
#include "gui/ledger/ledgerlistmodel.h"
#include "gui/partners/partnerlistmodel.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/retrostore.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>

using namespace trellis;

namespace {

/// Sets the default locale for one scope (the GUI tests run in en_US).
struct LocaleScope {
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

store::Workspace withPartners(const test::ScratchDir &dir)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("s.trellis")),
                                       {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")});
    REQUIRE(ws.ok());
    domain::Partner none;
    none.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Sindicato de Costureras"));
    REQUIRE(store::PartnerStore(*ws).add(none).ok());
    domain::Partner iran;
    iran.name = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("کانون صنفی معلمان تهران"));
    iran.country = QStringLiteral("IR");
    REQUIRE(store::PartnerStore(*ws).add(iran).ok());
    domain::LedgerEntry e;
    e.date = QDate(2026, 12, 2);
    e.fromPartnerId = 1;
    e.toPartnerId = 2;
    e.kind = domain::ContributionKind::Funds;
    e.quantity = domain::Quantity{1250, *domain::Unit::currency(QStringLiteral("USD"))};
    REQUIRE(store::LedgerStore(*ws).add(e).ok());
    return std::move(*ws);
}

QString countryShown(gui::MainWindow &window, int role = Qt::DisplayRole)
{
    QAbstractItemModel *model = window.page(gui::Section::Partners)->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, gui::PartnerListModel::Name).data().toString() == QStringLiteral("Sindicato de Costureras"))
            return model->index(r, gui::PartnerListModel::Country).data(role).toString();
    return QStringLiteral("(not listed)");
}

} // namespace

TEST_CASE("A partner without a country shows a dash and never Default", "[gui][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(withPartners(dir));
    CHECK(countryShown(window) == QStringLiteral("—"));
    CHECK(countryShown(window, Qt::ToolTipRole) == QStringLiteral("No country"));
}

TEST_CASE("Countries and currency amounts read right in the Arabic UI", "[gui][issue19]")
{
    LocaleScope arabic{QLocale(QLocale::Arabic, QLocale::Egypt)};
    test::ScratchDir dir;
    gui::MainWindow window(withPartners(dir));
    QAbstractItemModel *partners = window.page(gui::Section::Partners)->model();
    QStringList countries;
    for (int r = 0; r < partners->rowCount(); ++r)
        countries << partners->index(r, gui::PartnerListModel::Country).data().toString();
    CHECK(countries.contains(QStringLiteral("إيران"))); // ICU's name in the UI language
    CHECK_FALSE(countries.contains(QStringLiteral("Iran")));
    QAbstractItemModel *ledger = window.page(gui::Section::Ledger)->model();
    REQUIRE(ledger->rowCount() == 1);
    const QString dollars = ledger->index(0, gui::LedgerListModel::Quantity).data().toString();
    CHECK(dollars.startsWith(QChar(0x2066))); // one left-to-right run: "US$" stays "US$"
    CHECK(dollars.endsWith(QChar(0x2069)));
    CHECK(dollars.contains(QStringLiteral("US$")));
}

TEST_CASE("Dates show four-digit years: the ledger list in the medium form", "[gui][issue19]")
{
    test::ScratchDir dir;
    auto ws = withPartners(dir);
    domain::Retro retro;
    retro.heldOn = QDate(2026, 12, 2);
    retro.languageA = QStringLiteral("en");
    retro.languageB = QStringLiteral("es");
    REQUIRE(store::RetroStore(ws).add(retro).ok());
    gui::MainWindow window(std::move(ws));
    QAbstractItemModel *ledger = window.page(gui::Section::Ledger)->model();
    REQUIRE(ledger->rowCount() == 1);
    CHECK(ledger->index(0, gui::LedgerListModel::Date).data().toString() == QStringLiteral("Dec 2, 2026"));
    QAbstractItemModel *retros = window.page(gui::Section::Retros)->model();
    REQUIRE(retros->rowCount() == 1);
    CHECK(retros->index(0, 0).data().toString() == QStringLiteral("12/2/2026"));
}

TEST_CASE("The language pair is remembered for the workspace across restarts", "[gui][issue19]")
{
    test::ScratchDir dir;
    QString path;
    {
        gui::MainWindow window(withPartners(dir));
        path = window.workspace().path();
        CHECK(window.languagePair() == qMakePair(QStringLiteral("en"), QStringLiteral("es")));
        window.setLanguagePair(QStringLiteral("ar"), QStringLiteral("es"));
    }
    auto again = store::Workspace::open(path);
    REQUIRE(again.ok());
    gui::MainWindow window(std::move(*again));
    CHECK(window.languagePair() == qMakePair(QStringLiteral("ar"), QStringLiteral("es")));
}

TEST_CASE("Deleting a partner says that Undo brings it back", "[gui][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(withPartners(dir));
    test::showActive(window);
    domain::Partner spare;
    spare.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Colectivo Tejedoras"));
    auto id = store::PartnerStore(window.workspace()).add(spare);
    REQUIRE(id.ok());
    Q_EMIT window.workbench().recordAdded(gui::Section::Partners, *id);
    window.openRecord(QStringLiteral("partner"), *id);
    window.page(gui::Section::Partners)->editor()->deleteRecord();
    REQUIRE_FALSE(store::PartnerStore(window.workspace()).get(*id).ok());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Undo")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(*store::PartnerStore(window.workspace()).count() == 3);
}

TEST_CASE("An error shows with an icon in the error colours and marks its field", "[gui][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(withPartners(dir));
    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    gui::RecordEditor *editor = window.page(gui::Section::Ledger)->editor();
    auto *quantity = editor->findChild<QLineEdit *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("0"));
    REQUIRE_FALSE(editor->save());
    auto *icon = editor->findChild<QLabel *>(QStringLiteral("messageIcon"));
    REQUIRE(icon);
    CHECK(icon->isVisible());
    CHECK_FALSE(icon->pixmap().isNull());
    CHECK_FALSE(quantity->styleSheet().isEmpty()); // the field is marked
    CHECK(quantity->accessibleDescription().contains(QStringLiteral("quantity")));
    auto *message = editor->findChild<QLabel *>(QStringLiteral("message"));
    // Not the selection's colours: nothing about an error looks selected.
    CHECK(message->backgroundRole() != QPalette::Highlight);
    QTest::keyClick(quantity, Qt::Key_Backspace);
    QTest::keyClicks(quantity, QStringLiteral("2"));
    CHECK(editor->message().isEmpty());
    CHECK(quantity->styleSheet().isEmpty());
}

TEST_CASE("A retro says which language pair counts where", "[gui][issue19]")
{
    test::ScratchDir dir;
    gui::MainWindow window(withPartners(dir));
    test::showActive(window);
    window.showSection(gui::Section::Retros);
    window.newRecord();
    auto *hint = window.page(gui::Section::Retros)->editor()->findChild<QLabel *>(QStringLiteral("retroPairHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("toolbar")));
}

TEST_CASE("A message the window reports is shown in the status bar, then the workspace line comes back", "[gui][status]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *line = window.findChild<gui::WorkspaceStatus *>();
    REQUIRE(line);
    CHECK(line->isVisible());
    window.workbench().report(QStringLiteral("Fire drill recorded."));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Fire drill recorded."));
    // The line gives the message the whole bar (a permanent line left it no width at all).
    CHECK_FALSE(line->isVisible());
    window.statusBar()->clearMessage();
    CHECK(line->isVisible());
}
