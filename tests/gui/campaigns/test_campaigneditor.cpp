// The campaigns section: a campaign written in the window, refused at the listening quorum's gate
// with the names of who still has to paraphrase whom, then let through once every paraphrase is
// written in its partner's language and acknowledged, and a cultural exchange is planned.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/campaigns/campaigneditor.h"
#include "gui/campaigns/quorumpanel.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/sections/sectionpage.h"
#include "store/campaignstore.h"
#include "store/exchangestore.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace trellis;
using domain::CampaignStatus;

namespace {

store::Workspace twoPartners(const test::ScratchDir &dir, qint64 *tierra, qint64 *mahalla)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("c.trellis")), {QStringLiteral("es"), QStringLiteral("ar")});
    REQUIRE(ws.ok());
    domain::Partner a;
    a.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Colectiva Tierra y Agua"));
    a.goals = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Agua limpia para los barrios"));
    a.languages = {QStringLiteral("es")};
    auto idA = store::PartnerStore(*ws).add(a);
    REQUIRE(idA.ok());
    domain::Partner b;
    b.name = domain::BilingualText(QStringLiteral("ar"), QStringLiteral("اتحاد عمال النسيج"));
    b.goals = domain::BilingualText(QStringLiteral("ar"), QStringLiteral("أجور عادلة في مصانع الغزل"));
    b.languages = {QStringLiteral("ar")};
    auto idB = store::PartnerStore(*ws).add(b);
    REQUIRE(idB.ok());
    *tierra = *idA;
    *mahalla = *idB;
    return std::move(*ws);
}

void check(QListWidget *partners, qint64 id)
{
    for (int i = 0; i < partners->count(); ++i)
        if (partners->item(i)->data(Qt::UserRole).toLongLong() == id)
            partners->item(i)->setCheckState(Qt::Checked);
}

int rowOf(QTreeWidget *pairs, const QString &by)
{
    for (int i = 0; i < pairs->topLevelItemCount(); ++i)
        if (pairs->topLevelItem(i)->text(0).contains(by))
            return i;
    return -1;
}

} // namespace

TEST_CASE("A campaign goes ahead only through the listening quorum, from the window", "[gui][campaigns]")
{
    test::ScratchDir dir;
    qint64 tierra = 0, mahalla = 0;
    gui::MainWindow window(twoPartners(dir, &tierra, &mahalla));
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("ar"));
    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_9, Qt::AltModifier);
    REQUIRE(window.currentSection() == gui::Section::Campaigns);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = qobject_cast<gui::CampaignEditor *>(window.page(gui::Section::Campaigns)->editor());
    REQUIRE(editor);
    REQUIRE(editor->isEditingNew());

    // The title, typed where a new campaign starts, and both partners.
    auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(title);
    QTest::keyClicks(title, QStringLiteral("Agua y pan"));
    check(editor->findChild<QListWidget *>(QStringLiteral("partners")), tierra);
    check(editor->findChild<QListWidget *>(QStringLiteral("partners")), mahalla);
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    REQUIRE(id != 0);
    auto saved = store::CampaignStore(window.workspace()).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->title.original() == QStringLiteral("Agua y pan"));
    CHECK(saved->partners.size() == 2);
    CHECK(saved->status == CampaignStatus::Proposed);
    QAbstractItemModel *list = window.page(gui::Section::Campaigns)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("proposed"));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("incomplete"));

    // The gate refuses, naming who must paraphrase whom; nothing changes.
    gui::QuorumPanel *quorum = editor->quorum();
    QTreeWidget *pairs = quorum->pairs();
    REQUIRE(pairs->topLevelItemCount() == 2);
    CHECK_FALSE(editor->changeStatus(CampaignStatus::QuorumMet));
    CHECK(editor->message().contains(QStringLiteral("Colectiva Tierra y Agua")));
    CHECK(editor->message().contains(QStringLiteral("اتحاد عمال النسيج")));
    CHECK(store::CampaignStore(window.workspace()).get(id)->status == CampaignStatus::Proposed);

    // A paraphrase in a language its author does not use is refused.
    pairs->setCurrentItem(pairs->topLevelItem(rowOf(pairs, QStringLiteral("Colectiva"))));
    CHECK_FALSE(quorum->writeParaphrase(QStringLiteral("Fair wages"), QStringLiteral("en")).ok());
    // Each writes the other's goals in its own words; each acknowledges.
    REQUIRE(quorum->writeParaphrase(QStringLiteral("Quieren salarios justos en las hilanderías"), QStringLiteral("es")).ok());
    REQUIRE(quorum->acknowledge(QStringLiteral("Amal")).ok());
    pairs->setCurrentItem(pairs->topLevelItem(rowOf(pairs, QStringLiteral("اتحاد"))));
    // A first wording is sent back with a note (a note is required), then written again.
    REQUIRE(quorum->writeParaphrase(QStringLiteral("يريدون ماءً"), QStringLiteral("ar")).ok());
    CHECK_FALSE(quorum->sendBack(QStringLiteral("Lucía"), QString()).ok());
    REQUIRE(quorum->sendBack(QStringLiteral("Lucía"), QStringLiteral("Falta el barrio")).ok());
    CHECK(pairs->currentItem()->text(2) == QStringLiteral("sent back"));
    CHECK(editor->findChild<QPushButton *>(QStringLiteral("writeParaphrase"))->isEnabled());
    CHECK_FALSE(editor->changeStatus(CampaignStatus::QuorumMet));
    CHECK(editor->message().contains(QStringLiteral("sent back")));
    REQUIRE(quorum->writeParaphrase(QStringLiteral("يريدون مياهاً نظيفة للأحياء"), QStringLiteral("ar")).ok());
    // The paraphrase shows beside the goals it restates, each in its own direction.
    CHECK(editor->findChild<QLabel *>(QStringLiteral("quorumGoals"))->text() == QStringLiteral("Agua limpia para los barrios"));
    CHECK(editor->findChild<QLabel *>(QStringLiteral("quorumParaphrase"))->text() == QStringLiteral("يريدون مياهاً نظيفة للأحياء"));
    CHECK(editor->findChild<QLabel *>(QStringLiteral("quorumParaphrase"))->layoutDirection() == Qt::RightToLeft);
    CHECK_FALSE(quorum->acknowledge(QStringLiteral("  ")).ok()); // someone must say it
    REQUIRE(quorum->acknowledge(QStringLiteral("Lucía")).ok());
    CHECK(pairs->topLevelItem(0)->text(2) == QStringLiteral("acknowledged"));
    CHECK(pairs->topLevelItem(1)->text(2) == QStringLiteral("acknowledged"));

    // A status change never drops what is being typed: it asks for a save first.
    QTest::keyClicks(title, QStringLiteral(" juntas"));
    REQUIRE(editor->isDirty());
    CHECK_FALSE(editor->changeStatus(CampaignStatus::QuorumMet));
    CHECK(editor->message().contains(QStringLiteral("Save or cancel")));
    CHECK(title->text() == QStringLiteral("Agua y pan juntas"));
    REQUIRE(editor->save());

    // Quorum met; active still needs a cultural exchange, and says so.
    REQUIRE(editor->changeStatus(CampaignStatus::QuorumMet));
    CHECK(store::CampaignStore(window.workspace()).get(id)->status == CampaignStatus::QuorumMet);
    CHECK_FALSE(editor->changeStatus(CampaignStatus::Active));
    CHECK(editor->message().contains(QStringLiteral("cultural exchange")));
    domain::CulturalExchange meal;
    meal.kind = domain::ExchangeKind::SharedMeal;
    meal.heldOn = QDate(2026, 12, 20);
    meal.partnerIds = {tierra, mahalla};
    meal.campaignIds = {id};
    meal.exchanged = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Pan y dulces"));
    REQUIRE(store::ExchangeStore(window.workspace()).add(meal).ok());
    editor->load(id); // as the shared-file watch does when another program adds it
    CHECK(editor->findChild<QListWidget *>(QStringLiteral("exchanges"))->item(0)->text().contains(QStringLiteral("Pan y dulces")));
    REQUIRE(editor->changeStatus(CampaignStatus::Active));
    CHECK(store::CampaignStore(window.workspace()).get(id)->status == CampaignStatus::Active);
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("active"));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("complete"));
    CHECK_FALSE(editor->canDelete()); // a campaign that went ahead is closed, never deleted
}

TEST_CASE("A proposed campaign is deleted and Undo brings it back, and a bad date is refused with nothing saved", "[gui][campaigns][bad-input]")
{
    test::ScratchDir dir;
    qint64 tierra = 0, mahalla = 0;
    gui::MainWindow window(twoPartners(dir, &tierra, &mahalla));
    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_9, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = qobject_cast<gui::CampaignEditor *>(window.page(gui::Section::Campaigns)->editor());
    REQUIRE(editor);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Huerta comun"));
    check(editor->findChild<QListWidget *>(QStringLiteral("partners")), tierra);
    auto *starts = editor->findChild<QLineEdit *>(QStringLiteral("startsOn"));
    REQUIRE(starts);
    QTest::keyClicks(starts, QStringLiteral("2026-02-30"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().contains(QStringLiteral("28 days")));
    CHECK(store::CampaignStore(window.workspace()).list()->isEmpty());
    starts->clear();
    QTest::keyClicks(starts, QStringLiteral("2026-03-01"));
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    REQUIRE(editor->canDelete());
    editor->deleteRecord();
    CHECK_FALSE(store::CampaignStore(window.workspace()).get(id).ok());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    auto back = store::CampaignStore(window.workspace()).list();
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->first().title == QStringLiteral("Huerta comun"));
}
