// Issue 19, defect 4: the ledger list names each partner in the best available language of the
// pair (first, then second, then the original), however the pair or the working languages change
// and whenever partners and entries are added after the list opened.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/ledger/ledgerlistmodel.h"
#include "gui/sections/sectionpage.h"
#include "store/ledgerstore.h"
#include "store/partnerquery.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>

using namespace trellis;

namespace {

qint64 addPartner(gui::MainWindow &window, const domain::BilingualText &name)
{
    domain::Partner p;
    p.name = name;
    auto id = store::PartnerStore(window.workspace()).add(p);
    REQUIRE(id.ok());
    Q_EMIT window.workbench().recordAdded(gui::Section::Partners, *id);
    return *id;
}

void addEntry(gui::MainWindow &window, qint64 from, qint64 to)
{
    domain::LedgerEntry e;
    e.date = QDate(2026, 11, 15);
    e.fromPartnerId = from;
    e.toPartnerId = to;
    e.kind = domain::ContributionKind::Time;
    e.quantity = domain::Quantity{300, domain::Unit::hours()};
    auto id = store::LedgerStore(window.workspace()).add(e);
    REQUIRE(id.ok());
    Q_EMIT window.workbench().recordAdded(gui::Section::Ledger, *id);
}

QComboBox *pairCombo(gui::MainWindow &window, const QString &accessibleName)
{
    for (QComboBox *c : window.findChildren<QComboBox *>())
        if (c->accessibleName() == accessibleName)
            return c;
    FAIL("no pair combo " << accessibleName.toStdString());
    return nullptr;
}

/// The From and To columns of every row.
QStringList shownNames(gui::MainWindow &window)
{
    QAbstractItemModel *model = window.page(gui::Section::Ledger)->model();
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, gui::LedgerListModel::From).data().toString()
              << model->index(r, gui::LedgerListModel::To).data().toString();
    return names;
}

} // namespace

TEST_CASE("Ledger rows name partners in the best language of the pair after Arabic is added", "[gui][ledger][issue19]")
{
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("n.trellis")), {QStringLiteral("en"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    gui::MainWindow window(std::move(*ws));
    test::showActive(window);
    // Partners and entries come after the list opened, as a new user makes them.
    const qint64 arabic = addPartner(window, domain::BilingualText(QStringLiteral("ar"), QStringLiteral("اتحاد عمال النسيج")));
    const qint64 spanish = addPartner(window, domain::BilingualText(QStringLiteral("es"), QStringLiteral("Sindicato de Costureras")));
    domain::BilingualText english(QStringLiteral("en"), QStringLiteral("Garment Workers Union"));
    english.setTranslation(QStringLiteral("es"), {QStringLiteral("Sindicato Textil"), domain::TranslationStatus::Human, QStringLiteral("Lucía"), {}});
    const qint64 translated = addPartner(window, english);
    {
        auto saved = store::PartnerStore(window.workspace()).get(translated);
        REQUIRE(saved.ok());
        CHECK(saved->name.textIn(QStringLiteral("es")) == QStringLiteral("Sindicato Textil"));
        auto names = store::PartnerQuery::names(window.workspace(), QStringLiteral("ar"), QStringLiteral("es"));
        REQUIRE(names.ok());
        CHECK(names->value(translated) == QStringLiteral("Sindicato Textil"));
    }
    addEntry(window, arabic, spanish);
    addEntry(window, translated, arabic);
    window.showSection(gui::Section::Ledger);
    CHECK_FALSE(shownNames(window).contains(QString()));

    // Workspace ▸ Properties: add Arabic to the working languages.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *languages = dialog->findChild<QLineEdit *>(QStringLiteral("languages"));
        languages->setText(QStringLiteral("en, es, ar"));
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("workspaceProperties"))->trigger();
    REQUIRE(window.workbench().workingLanguages().contains(QStringLiteral("ar")));

    // The user picks Arabic, then Spanish, in the toolbar.
    // As a user's choice does: the combo changes, then says it was activated.
    for (auto [name, index] : {std::pair{QStringLiteral("First language of the pair"), 2},
                               std::pair{QStringLiteral("Second language of the pair"), 1}}) {
        QComboBox *combo = pairCombo(window, name);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
    REQUIRE(window.languagePair() == qMakePair(QStringLiteral("ar"), QStringLiteral("es")));
    const QStringList names = shownNames(window);
    CAPTURE(names);
    REQUIRE(names.size() == 4);
    CHECK_FALSE(names.contains(QString()));
    CHECK(names.contains(QStringLiteral("اتحاد عمال النسيج")));
    CHECK(names.contains(QStringLiteral("Sindicato de Costureras")));
    // No Arabic name: the second language of the pair comes before the English original.
    CHECK(names.contains(QStringLiteral("Sindicato Textil")));
    CHECK_FALSE(names.contains(QStringLiteral("Garment Workers Union")));

    // A rename made after the pair was chosen shows at once.
    auto p = store::PartnerStore(window.workspace()).get(spanish);
    REQUIRE(p.ok());
    p->name.setTranslation(QStringLiteral("ar"), {QStringLiteral("نقابة الخياطات"), domain::TranslationStatus::Human, QStringLiteral("Lucía"), {}});
    REQUIRE(store::PartnerStore(window.workspace()).update(*p).ok());
    Q_EMIT window.workbench().recordChanged(gui::Section::Partners, spanish);
    CHECK(shownNames(window).contains(QStringLiteral("نقابة الخياطات")));
}
