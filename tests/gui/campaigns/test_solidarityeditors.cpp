// The editors of what campaigns are paired with: a cultural exchange planned in the window opens a
// campaign's gate; a shared risk gets one part per partner who bore it; a crossover is refused,
// in the UI's words, when a text is not in its partner's language. Each bad input loses nothing.
#include "guifixture.h"

#include "gui/app/application.h"
#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/campaigns/crossovereditor.h"
#include "gui/campaigns/exchangeeditor.h"
#include "gui/campaigns/sharedriskeditor.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/recordchecklist.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/retros/retroeditor.h"
#include "gui/retros/retroriskcitations.h"
#include "gui/sections/sectionpage.h"
#include "store/campaignstore.h"
#include "store/crossoverstore.h"
#include "store/exchangestore.h"
#include "store/partnerstore.h"
#include "store/retrostore.h"
#include "store/sharedriskstore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace trellis;
using domain::BilingualText;

namespace {

struct Alliance {
    test::ScratchDir dir;
    qint64 tierra = 0, nasij = 0, kanun = 0, campaign = 0;
    store::Workspace open()
    {
        auto ws = store::Workspace::create(dir.path(QStringLiteral("s.trellis")), {QStringLiteral("es"), QStringLiteral("ar")});
        REQUIRE(ws.ok());
        tierra = partner(*ws, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
        nasij = partner(*ws, QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
        kanun = partner(*ws, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
        domain::Campaign c;
        c.title = BilingualText(QStringLiteral("es"), QStringLiteral("Agua y pan"));
        c.partners = {{tierra, QDate(2026, 11, 1)}, {nasij, QDate(2026, 11, 1)}};
        auto id = store::CampaignStore(*ws).add(c);
        REQUIRE(id.ok());
        campaign = *id;
        return std::move(*ws);
    }
    static qint64 partner(store::Workspace &ws, const QString &name, const QString &language)
    {
        domain::Partner p;
        p.name = BilingualText(language, name);
        p.languages = {language};
        auto id = store::PartnerStore(ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
};

void setChecked(QListWidget *list, qint64 id, bool on = true)
{
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return;
        }
    FAIL("no item " << id);
}

/// Types text (any script) into the first column's field key.
void type(gui::RecordEditor *editor, const QString &key, const QString &text, bool second = false)
{
    gui::FieldEdit *field = (second ? editor->view()->secondColumn() : editor->view()->firstColumn())->field(key);
    REQUIRE(field);
    QWidget *input = field->editor();
    input->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, input, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

qint64 count(store::Workspace &ws, const char *table)
{
    auto select = ws.database().query(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(select.ok());
    REQUIRE(*select->step());
    return select->int64(0);
}

} // namespace

TEST_CASE("A cultural exchange planned in the window pairs with its campaign, and a held one stays", "[gui][campaigns][exchange]")
{
    Alliance a;
    gui::MainWindow window(a.open());
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("ar"));
    test::showActive(window);
    window.showSection(gui::Section::Exchanges);
    window.newRecord();
    auto *editor = qobject_cast<gui::ExchangeEditor *>(window.page(gui::Section::Exchanges)->editor());
    REQUIRE(editor);
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
    CHECK(QApplication::focusWidget() == kind);
    kind->setCurrentIndex(kind->findText(QStringLiteral("shared meal")));
    type(editor, QStringLiteral("exchanged"), QStringLiteral("Pan de maíz y dulces de dátil"));
    auto *partners = editor->findChild<QListWidget *>(QStringLiteral("partners"));
    setChecked(partners, a.tierra);
    setChecked(editor->findChild<QListWidget *>(QStringLiteral("campaigns")), a.campaign);

    // One partner is no exchange: refused, the partners marked, nothing written.
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A cultural exchange is between at least two partners"));
    CHECK(editor->markedField() == partners);
    CHECK(count(window.workspace(), "cultural_exchange") == 0);

    setChecked(partners, a.nasij);
    CHECK(editor->message().isEmpty()); // the edit that fixes it takes the message away
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    auto saved = store::ExchangeStore(window.workspace()).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->kind == domain::ExchangeKind::SharedMeal);
    CHECK(saved->exchanged.original() == QStringLiteral("Pan de maíz y dulces de dátil"));
    CHECK(saved->exchanged.originalLanguage() == QStringLiteral("es"));
    CHECK(saved->partnerIds == QList<qint64>{a.tierra, a.nasij});
    CHECK(saved->campaignIds == QList<qint64>{a.campaign});
    QAbstractItemModel *list = window.page(gui::Section::Exchanges)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("shared meal"));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("planned"));
    // The campaign's view shows the exchange it is now paired with.
    window.openRecord(QStringLiteral("campaign"), a.campaign);
    CHECK(window.page(gui::Section::Campaigns)->editor()->findChild<QListWidget *>(QStringLiteral("exchanges"))
              ->item(0)->text().contains(QStringLiteral("Pan de maíz")));

    // Held: saved, listed, no longer deletable; Undo puts it back to planned.
    REQUIRE(window.openRecord(QStringLiteral("cultural_exchange"), id));
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("status"));
    status->setCurrentIndex(status->findText(QStringLiteral("held")));
    REQUIRE(editor->save());
    CHECK(store::ExchangeStore(window.workspace()).get(id)->status == domain::ExchangeStatus::Held);
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("held"));
    CHECK_FALSE(editor->canDelete());
    window.workbench().undoStack()->undo();
    CHECK(store::ExchangeStore(window.workspace()).get(id)->status == domain::ExchangeStatus::Planned);

    // A planned one is deleted, and Undo brings it back with its partners and campaign.
    editor->load(id);
    REQUIRE(editor->canDelete());
    editor->deleteRecord();
    CHECK(count(window.workspace(), "cultural_exchange") == 0);
    CHECK(list->rowCount() == 0);
    window.workbench().undoStack()->undo();
    REQUIRE(list->rowCount() == 1);
    auto back = store::ExchangeStore(window.workspace()).get(list->index(0, 0).data(gui::SectionPage::kIdRole).toLongLong());
    REQUIRE(back.ok());
    CHECK(back->partnerIds == QList<qint64>{a.tierra, a.nasij});
    CHECK(back->campaignIds == QList<qint64>{a.campaign});
}

TEST_CASE("A shared risk gets a part for each partner who bore it, and a bad entry number saves nothing", "[gui][campaigns][risk]")
{
    Alliance a;
    gui::MainWindow window(a.open());
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("ar"));
    test::showActive(window);
    window.showSection(gui::Section::SharedRisks);
    const qint64 textsBefore = count(window.workspace(), "bitext");
    window.newRecord();
    auto *editor = qobject_cast<gui::SharedRiskEditor *>(window.page(gui::Section::SharedRisks)->editor());
    REQUIRE(editor);
    type(editor, QStringLiteral("what"), QStringLiteral("Huelga simultánea en dos hilanderías"));
    auto *bearers = editor->findChild<QListWidget *>(QStringLiteral("bearers"));
    setChecked(bearers, a.tierra);
    setChecked(bearers, a.nasij);
    // Each bearer's part is a field of its own, titled with the partner; what was typed stays.
    gui::FieldEdit *nasijPart = editor->view()->secondColumn()->field(QStringLiteral("part:%1").arg(a.nasij));
    REQUIRE(nasijPart);
    CHECK(editor->view()->firstColumn()->field(QStringLiteral("what")) != nullptr);
    type(editor, QStringLiteral("part:%1").arg(a.nasij), QStringLiteral("خسارة أجر أسبوع"), true);
    type(editor, QStringLiteral("part:%1").arg(a.tierra), QStringLiteral("Cerrar el taller tres días"));
    setChecked(bearers, a.kanun);
    setChecked(bearers, a.kanun, false);
    CHECK(editor->view()->record().fields.size() == 4);
    auto *entries = editor->findChild<QLineEdit *>(QStringLiteral("entries"));
    entries->setText(QStringLiteral("12x"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("“12x” is not a ledger entry number"));
    CHECK(editor->markedField() == entries);
    entries->setText(QStringLiteral("4242"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("Ledger entry 4242 does not exist"));
    CHECK(count(window.workspace(), "shared_risk") == 0);
    CHECK(count(window.workspace(), "bitext") == textsBefore);

    entries->clear();
    setChecked(editor->findChild<QListWidget *>(QStringLiteral("campaigns")), a.campaign);
    REQUIRE(editor->save());
    auto saved = store::SharedRiskStore(window.workspace()).get(editor->recordId());
    REQUIRE(saved.ok());
    REQUIRE(saved->parts.size() == 2);
    for (const domain::SharedRiskPart &p : saved->parts) {
        if (p.partnerId == a.nasij)
            CHECK((p.part.original() == QStringLiteral("خسارة أجر أسبوع") && p.part.originalLanguage() == QStringLiteral("ar")));
        else
            CHECK(p.part.original() == QStringLiteral("Cerrar el taller tres días"));
    }
    CHECK(saved->campaignIds == QList<qint64>{a.campaign});
    QAbstractItemModel *list = window.page(gui::Section::SharedRisks)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("Huelga simultánea en dos hilanderías"));
    CHECK(list->index(0, 2).data().toString() == QStringLiteral("2"));

    // A partner unchecked takes its part away on save; Undo gives it back, text and all.
    const qint64 id = editor->recordId();
    setChecked(bearers, a.tierra, false);
    setChecked(bearers, a.kanun);
    REQUIRE(editor->save());
    auto edited = store::SharedRiskStore(window.workspace()).get(id);
    REQUIRE(edited.ok());
    REQUIRE(edited->parts.size() == 2);
    CHECK((edited->parts.at(0).partnerId == a.nasij || edited->parts.at(1).partnerId == a.nasij));
    CHECK((edited->parts.at(0).partnerId == a.kanun || edited->parts.at(1).partnerId == a.kanun));
    window.workbench().undoStack()->undo();
    auto undone = store::SharedRiskStore(window.workspace()).get(id);
    REQUIRE(undone.ok());
    auto partsOf = [](const domain::SharedRisk &r) {
        QMap<qint64, QString> parts;
        for (const domain::SharedRiskPart &p : r.parts)
            parts.insert(p.partnerId, p.part.original());
        return parts;
    };
    CHECK(partsOf(*undone) == partsOf(*saved));
    // Down to one bearer is no shared risk: refused, and the saved risk keeps its two parts.
    editor->load(id);
    setChecked(bearers, a.tierra, false);
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A shared risk is borne by at least two partners"));
    CHECK(editor->markedField() == bearers);
    CHECK(store::SharedRiskStore(window.workspace()).get(id)->parts.size() == 2);
}

TEST_CASE("A crossover written in the wrong partner's language is refused in the UI's words", "[gui][campaigns][crossover]")
{
    Alliance a;
    gui::MainWindow window(a.open());
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("ar"));
    test::showActive(window);
    window.showSection(gui::Section::Crossovers);
    window.newRecord();
    auto *editor = qobject_cast<gui::CrossoverEditor *>(window.page(gui::Section::Crossovers)->editor());
    REQUIRE(editor);
    type(editor, QStringLiteral("origin"), QStringLiteral("Ni una gota sin dueño"));
    type(editor, QStringLiteral("reborn"), QStringLiteral("لا قطرة بلا صاحب"), true);

    // No partners chosen yet.
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("Choose the partner it was born with and the partner who adopted it"));
    auto *origin = editor->findChild<QComboBox *>(QStringLiteral("origin"));
    auto *adopting = editor->findChild<QComboBox *>(QStringLiteral("adopting"));
    // Born with the Arabic-speaking union, while the text as born is Spanish: refused, named.
    origin->setCurrentIndex(origin->findData(a.nasij));
    adopting->setCurrentIndex(adopting->findData(a.tierra));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().startsWith(QStringLiteral("Write it as born in the language of \u2068اتحاد عمال النسيج\u2069")));
    CHECK(editor->message().endsWith(QStringLiteral("not in español · Spanish")));
    CHECK(count(window.workspace(), "narrative_crossover") == 0);
    adopting->setCurrentIndex(adopting->findData(a.nasij));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A crossover goes from one partner to another: choose two partners"));

    origin->setCurrentIndex(origin->findData(a.tierra));
    CHECK(editor->message().isEmpty());
    // Both originals show in their own direction, whatever the pair.
    CHECK(editor->findChild<QLabel *>(QStringLiteral("rebornText"))->layoutDirection() == Qt::RightToLeft);
    CHECK(editor->findChild<QLabel *>(QStringLiteral("bornText"))->text().startsWith(QStringLiteral("Ni una gota sin dueño")));
    REQUIRE(editor->save());
    auto saved = store::CrossoverStore(window.workspace()).get(editor->recordId());
    REQUIRE(saved.ok());
    CHECK(saved->originPartnerId == a.tierra);
    CHECK(saved->adoptingPartnerId == a.nasij);
    CHECK(saved->reborn.originalLanguage() == QStringLiteral("ar"));
    QAbstractItemModel *list = window.page(gui::Section::Crossovers)->model();
    REQUIRE(list->rowCount() == 1);
    // The list reads Spanish: the text as reborn is shown in its Arabic original, marked missing.
    CHECK(list->index(0, 2).data().toString() == QStringLiteral("لا قطرة بلا صاحب"));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("Colectiva Tierra y Agua"));

    // Deleted, then back with Undo.
    editor->deleteRecord();
    CHECK(count(window.workspace(), "narrative_crossover") == 0);
    window.workbench().undoStack()->undo();
    CHECK(count(window.workspace(), "narrative_crossover") == 1);
    CHECK(list->rowCount() == 1);
}

TEST_CASE("Tabbing down a tall editor in a small window brings each field into view", "[gui][campaigns][editing]")
{
    Alliance a;
    gui::MainWindow window(a.open());
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("ar"));
    test::showActive(window);
    window.resize(1000, 560);
    QTest::qWait(50);
    window.showSection(gui::Section::Exchanges);
    window.newRecord();
    gui::RecordEditor *editor = window.page(gui::Section::Exchanges)->editor();
    QTest::qWait(100);
    auto *scroll = editor->findChild<QScrollArea *>();
    REQUIRE(scroll);
    INFO("window " << window.height() << " viewport " << scroll->viewport()->height() << " body " << scroll->widget()->height());
    REQUIRE(scroll->verticalScrollBar()->maximum() > 0); // the pane is taller than the window
    QWidget *notes = editor->view()->firstColumn()->field(QStringLiteral("notes"))->editor();
    // Tab, as a newcomer would, from the kind down to the notes.
    for (int i = 0; i < 12 && QApplication::focusWidget() != notes; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == notes);
    const QRect shown = scroll->viewport()->rect();
    const QRect field(notes->mapTo(scroll->viewport(), QPoint(0, 0)), notes->size());
    CHECK(shown.intersects(field));
    CHECK(shown.contains(field.topLeft()));
}

TEST_CASE("In the Arabic UI the refusals of the new editors read in Arabic, the core's and the editor's own", "[gui][campaigns][translations]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    REQUIRE(gui::installUiLanguage(*app, QStringLiteral("ar")) == QStringLiteral("ar"));
    struct English {
        QApplication *app;
        ~English() { gui::installUiLanguage(*app, QStringLiteral("en")); }
    } restore{app};
    Alliance a;
    gui::MainWindow window(a.open());
    window.setLanguagePair(QStringLiteral("ar"), QStringLiteral("es"));
    test::showActive(window);
    window.showSection(gui::Section::Exchanges);
    window.newRecord();
    gui::RecordEditor *exchange = window.page(gui::Section::Exchanges)->editor();
    setChecked(exchange->findChild<QListWidget *>(QStringLiteral("partners")), a.nasij);
    CHECK_FALSE(exchange->save());
    CHECK(exchange->message() == QStringLiteral("التبادل الثقافي يجري بين شريكين على الأقل"));
    CHECK(exchange->markedField() == exchange->findChild<QListWidget *>(QStringLiteral("partners")));

    window.showSection(gui::Section::Crossovers);
    window.newRecord();
    gui::RecordEditor *crossover = window.page(gui::Section::Crossovers)->editor();
    type(crossover, QStringLiteral("origin"), QStringLiteral("لا قطرة بلا صاحب"));
    type(crossover, QStringLiteral("reborn"), QStringLiteral("Ni una gota sin dueño"), true);
    auto *origin = crossover->findChild<QComboBox *>(QStringLiteral("origin"));
    auto *adopting = crossover->findChild<QComboBox *>(QStringLiteral("adopting"));
    origin->setCurrentIndex(origin->findData(a.tierra));
    adopting->setCurrentIndex(adopting->findData(a.nasij));
    CHECK_FALSE(crossover->save());
    CHECK(crossover->message().startsWith(QStringLiteral("اكتبها كما وُلدت بلغة")));
    CHECK(count(window.workspace(), "narrative_crossover") == 0);

    // A number that is not one is refused in Arabic, and its field is still the one marked.
    window.showSection(gui::Section::SharedRisks);
    window.newRecord();
    gui::RecordEditor *risk = window.page(gui::Section::SharedRisks)->editor();
    auto *entries = risk->findChild<QLineEdit *>(QStringLiteral("entries"));
    entries->setText(QStringLiteral("١٢x"));
    CHECK_FALSE(risk->save());
    CHECK(risk->message() == QStringLiteral("«١٢x» ليس رقم قيد"));
    CHECK(risk->markedField() == entries);
}

TEST_CASE("An answer to the retro's third question cites a risk of its quarter from the window, undoably, until published", "[gui][campaigns][risk][retro]")
{
    Alliance a;
    store::Workspace ws = a.open();
    domain::SharedRisk vigil;
    vigil.takenOn = QDate(2026, 11, 2);
    vigil.what = BilingualText(QStringLiteral("es"), QStringLiteral("Vigilia frente a la fábrica"));
    vigil.parts = {{a.tierra, {}}, {a.nasij, {}}};
    auto riskId = store::SharedRiskStore(ws).add(vigil);
    REQUIRE(riskId.ok());
    domain::Retro retro;
    retro.heldOn = QDate(2026, 11, 20);
    retro.facilitator = QStringLiteral("Amal");
    retro.languageA = QStringLiteral("es");
    retro.languageB = QStringLiteral("ar");
    retro.participantIds = {a.tierra, a.nasij};
    domain::RetroAnswer proved;
    proved.question = domain::RetroQuestion::SharedRisk;
    proved.text = BilingualText(QStringLiteral("ar"), QStringLiteral("الوقفة أمام المصنع"));
    retro.answers = {proved};
    auto retroId = store::RetroStore(ws).add(retro);
    REQUIRE(retroId.ok());
    const qint64 answerId = store::RetroStore(ws).get(*retroId)->answers.first().stamp.id;

    gui::MainWindow window(std::move(ws));
    test::showActive(window);
    REQUIRE(window.openRecord(QStringLiteral("retro"), *retroId));
    auto *editor = qobject_cast<gui::RetroEditor *>(window.page(gui::Section::Retros)->editor());
    REQUIRE(editor);
    gui::RetroRiskCitations *citations = editor->riskCitations();
    QListWidget *risks = citations->risks();
    REQUIRE(risks->count() == 1);
    CHECK(risks->item(0)->text().contains(QStringLiteral("Vigilia frente a la fábrica")));
    CHECK(risks->item(0)->checkState() == Qt::Unchecked);

    setChecked(risks, *riskId);
    store::SharedRiskStore store(window.workspace());
    REQUIRE(store.citedIn(answerId)->size() == 1);
    CHECK_FALSE(editor->isDirty()); // saved at once, like the quorum's answers
    window.workbench().undoStack()->undo();
    CHECK(store.citedIn(answerId)->isEmpty());
    CHECK(risks->item(0)->checkState() == Qt::Unchecked);
    window.workbench().undoStack()->redo();
    CHECK(store.citedIn(answerId)->size() == 1);
    CHECK(risks->item(0)->checkState() == Qt::Checked);

    // Published: the citation stays, and the list no longer takes a change.
    REQUIRE(editor->publish(true));
    CHECK_FALSE(risks->isEnabled());
    const Status refused = citations->setCited(*riskId, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("This retro is published: the shared risks its answers cite cannot change"));
    CHECK(store.citedIn(answerId)->size() == 1);
}
