// Issue 14, "Fulfils:": a fire drill, a rehearsal, a retro or a hand-over names the ritual
// occurrence it fulfils. The editor offers the fitting rituals' occurrences within 30 days of the
// record's day that nothing fulfils yet (and the one it fulfils now); the link is written with the
// save, changed or removed by a later save, and kept in a crash-recovery draft.
#include "guifixture.h"
#include "rhythm/rhythmforms.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/campaigns/exchangeeditor.h"
#include "gui/partners/partnerpicker.h"
#include "gui/protocols/rehearsaleditor.h"
#include "gui/rhythm/envoyjourneyeditor.h"
#include "gui/rhythm/firedrilleditor.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/sections/sectionpage.h"
#include "store/firedrillstore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"
#include "store/statement.h"

#include <QLineEdit>
#include <QUndoStack>

using namespace trellis;
using test::tick;
using test::type;

namespace {

qint64 addRitual(store::Workspace &ws, rhythm::RitualKind kind, const QString &title, const QDate &first)
{
    rhythm::Ritual r;
    r.kind = kind;
    r.title = domain::BilingualText(QStringLiteral("es"), title);
    r.schedule.firstDate = first;
    r.schedule.rule = *rhythm::RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY"));
    auto id = store::RitualStore(ws).add(r);
    REQUIRE(id.ok());
    return *id;
}

QStringList offered(const QComboBox *picker)
{
    QStringList out;
    for (int i = 0; i < picker->count(); ++i)
        out << picker->itemText(i);
    return out;
}

QString occurrence(const QString &title, const QDate &date)
{
    return QStringLiteral("\u2068%1\u2069 on %2").arg(title, gui::shortDate(date));
}

std::optional<store::FulfilledOccurrence> fulfilled(store::Workspace &ws, const QString &kind, qint64 id)
{
    auto found = store::RitualFulfilments(ws).fulfilledBy(kind, id);
    REQUIRE(found.ok());
    return *found;
}

qint64 countOf(store::Workspace &ws, const QString &sql)
{
    auto select = ws.database().prepare(sql);
    REQUIRE(select.ok());
    REQUIRE(*select->step());
    return select->int64(0);
}

void chooseText(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

struct RhythmWindow {
    test::ScratchDir dir;
    std::unique_ptr<gui::MainWindow> window;
    qint64 tierra = 0, kanun = 0, drills = 0, retros = 0, rehearsals = 0;

    RhythmWindow()
    {
        auto created = store::Workspace::create(dir.path(QStringLiteral("f.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
        REQUIRE(created.ok());
        tierra = test::addPartner(*created, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
        kanun = test::addPartner(*created, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
        drills = addRitual(*created, rhythm::RitualKind::FireDrill, QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5));
        retros = addRitual(*created, rhythm::RitualKind::QuarterlyRetro, QStringLiteral("Retro"), QDate(2026, 10, 6));
        rehearsals = addRitual(*created, rhythm::RitualKind::RuptureRehearsal, QStringLiteral("Ensayo de ruptura"), QDate(2026, 3, 14));
        window = std::make_unique<gui::MainWindow>(std::move(*created));
        window->setLanguagePair(QStringLiteral("es"), QStringLiteral("fa"));
        test::showActive(*window);
    }
    store::Workspace &ws() { return window->workspace(); }
    template <typename Editor> Editor *startNew(gui::Section section)
    {
        window->showSection(section);
        window->newRecord();
        auto *editor = qobject_cast<Editor *>(window->page(section)->editor());
        REQUIRE(editor);
        return editor;
    }
};

/// Fills a drill that can be saved, from first to first + 2 days.
void fillDrill(gui::FireDrillEditor *editor, const RhythmWindow &w, const QDate &first)
{
    editor->findChild<gui::DateField *>(QStringLiteral("firstDay"))->setDate(first);
    editor->findChild<gui::DateField *>(QStringLiteral("lastDay"))->setDate(first.addDays(2));
    auto *partners = editor->findChild<gui::RecordChecklist *>(QStringLiteral("partners"));
    tick(partners, w.tierra);
    tick(partners, w.kanun);
    type(editor->view()->firstColumn()->field(QStringLiteral("what_held"))->editor(), QStringLiteral("La radio"));
}

} // namespace

TEST_CASE("A fire drill fulfils an occurrence of the fire drill ritual near its day, and a later save changes or removes it", "[gui][rhythm][fulfilment]")
{
    RhythmWindow w;
    auto *editor = w.startNew<gui::FireDrillEditor>(gui::Section::FireDrills);
    fillDrill(editor, w, QDate(2026, 10, 7));
    auto *picker = editor->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    // Within 30 days of 7 October: the drill ritual's 5 October and 5 November, not the retro's.
    CHECK(offered(picker) == QStringList{QStringLiteral("(none)"), occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)),
                                         occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 11, 5))});
    CHECK(picker->currentIndex() == 0);
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    REQUIRE(editor->save());
    const qint64 first = editor->recordId();
    auto link = fulfilled(w.ws(), QStringLiteral("fire-drill"), first);
    REQUIRE(link);
    CHECK(link->ritualId == w.drills);
    CHECK(link->occurrenceDate == QDate(2026, 10, 5));
    CHECK_FALSE(editor->isDirty());

    // Another drill a week later is not offered the fulfilled occurrence.
    editor = w.startNew<gui::FireDrillEditor>(gui::Section::FireDrills);
    fillDrill(editor, w, QDate(2026, 10, 14));
    CHECK(offered(picker) == QStringList{QStringLiteral("(none)"), occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 11, 5))});
    // Moving its day moves what is offered.
    editor->findChild<gui::DateField *>(QStringLiteral("firstDay"))->setDate(QDate(2026, 12, 10));
    CHECK(offered(picker).contains(occurrence(QStringLiteral("Simulacro mensual"), QDate(2027, 1, 5))));
    CHECK_FALSE(offered(picker).contains(occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5))));
    editor->cancel();

    // Reopened, the first drill shows what it fulfils; another occurrence, then none, are saved as chosen.
    REQUIRE(w.window->openRecord(QStringLiteral("fire_drill"), first));
    CHECK(picker->currentText() == occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    CHECK_FALSE(editor->isDirty());
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 11, 5)));
    CHECK(editor->isDirty());
    REQUIRE(editor->save());
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), first)->occurrenceDate == QDate(2026, 11, 5));
    picker->setCurrentIndex(0);
    REQUIRE(editor->save());
    CHECK_FALSE(fulfilled(w.ws(), QStringLiteral("fire-drill"), first));
    auto all = store::RitualFulfilments(w.ws()).fulfilments(w.drills);
    REQUIRE(all.ok());
    CHECK(all->isEmpty());
}

TEST_CASE("A rehearsal fulfils the rupture rehearsal ritual, and its draft keeps the choice", "[gui][rhythm][fulfilment]")
{
    RhythmWindow w;
    auto *editor = w.startNew<gui::RehearsalEditor>(gui::Section::Rehearsals);
    editor->findChild<gui::DateField *>()->setDate(QDate(2026, 4, 16));
    auto *picker = editor->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    // 14 March is 33 days before: only 14 April and 14 May are near enough.
    CHECK(offered(picker) == QStringList{QStringLiteral("(none)"), occurrence(QStringLiteral("Ensayo de ruptura"), QDate(2026, 4, 14)),
                                         occurrence(QStringLiteral("Ensayo de ruptura"), QDate(2026, 5, 14))});
    chooseText(picker, occurrence(QStringLiteral("Ensayo de ruptura"), QDate(2026, 4, 14)));
    type(editor->view()->firstColumn()->field(QStringLiteral("scenario"))->editor(), QStringLiteral("Cae el servidor de correo"));
    const QJsonObject draft = editor->draft();
    editor->cancel();
    w.window->newRecord();
    CHECK(picker->currentIndex() == 0);
    editor->restoreDraft(draft);
    CHECK(picker->currentText() == occurrence(QStringLiteral("Ensayo de ruptura"), QDate(2026, 4, 14)));
    REQUIRE(editor->save());
    auto link = fulfilled(w.ws(), QStringLiteral("rehearsal"), editor->recordId());
    REQUIRE(link);
    CHECK(link->ritualId == w.rehearsals);
    CHECK(link->occurrenceDate == QDate(2026, 4, 14));
}

TEST_CASE("A new link refused keeps the occurrence the record fulfilled", "[gui][rhythm][fulfilment]")
{
    // Found in review: the old link was removed before the new one was tried, so a refused link lost both.
    RhythmWindow w;
    auto *editor = w.startNew<gui::FireDrillEditor>(gui::Section::FireDrills);
    fillDrill(editor, w, QDate(2026, 10, 7));
    auto *picker = editor->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    REQUIRE(editor->save());
    const qint64 first = editor->recordId();
    // The 5 November occurrence is offered, then fulfilled by another drill before this one saves.
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 11, 5)));
    rhythm::FireDrill other;
    other.kind = rhythm::FireDrillKind::CommunicationBlackout;
    other.firstDay = other.lastDay = QDate(2026, 11, 5);
    other.partnerIds = {w.tierra, w.kanun};
    other.whatHeld = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Las cartas"));
    auto otherId = store::FireDrillStore(w.ws()).add(other);
    REQUIRE(otherId.ok());
    REQUIRE(store::RitualFulfilments(w.ws()).link(w.drills, QDate(2026, 11, 5), QStringLiteral("fire-drill"), *otherId).ok());
    CHECK(editor->save()); // the drill saves; the link is refused and said in the status bar
    const auto kept = fulfilled(w.ws(), QStringLiteral("fire-drill"), first);
    REQUIRE(kept);
    CHECK(kept->occurrenceDate == QDate(2026, 10, 5));
}

TEST_CASE("Undo takes a save's link back with the save, in one step, and Redo makes both again", "[gui][rhythm][fulfilment][undo]")
{
    // Found using it: Undo took back the drill's edit but left the occurrence it had been moved to.
    RhythmWindow w;
    QUndoStack *undo = w.window->workbench().undoStack();
    auto drillCount = [&w] { return countOf(w.ws(), QStringLiteral("SELECT count(*) FROM fire_drill")); };
    auto *editor = w.startNew<gui::FireDrillEditor>(gui::Section::FireDrills);
    fillDrill(editor, w, QDate(2026, 10, 7));
    auto *picker = editor->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    const int steps = undo->count();
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    CHECK(undo->count() == steps + 1);
    CHECK(undo->undoText() == QStringLiteral("Add fire drill"));

    // The add, undone: the drill and its link go; redone: the drill comes back linked.
    undo->undo();
    CHECK(drillCount() == 0);
    CHECK(store::RitualFulfilments(w.ws()).fulfilments(w.drills)->isEmpty());
    undo->redo();
    REQUIRE(drillCount() == 1);
    const qint64 again = w.window->workbench().currentId(gui::Section::FireDrills, id);
    REQUIRE(fulfilled(w.ws(), QStringLiteral("fire-drill"), again));
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), again)->occurrenceDate == QDate(2026, 10, 5));

    // An edit that only moves the link: one step, undone to the occurrence before, redone to the new one.
    REQUIRE(w.window->openRecord(QStringLiteral("fire_drill"), again));
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 11, 5)));
    const int before = undo->count();
    REQUIRE(editor->save());
    CHECK(undo->count() == before + 1);
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), again)->occurrenceDate == QDate(2026, 11, 5));
    undo->undo();
    REQUIRE(fulfilled(w.ws(), QStringLiteral("fire-drill"), again));
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), again)->occurrenceDate == QDate(2026, 10, 5));
    CHECK(picker->currentText() == occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    undo->redo();
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), again)->occurrenceDate == QDate(2026, 11, 5));
    // Unlinked by a save, undone: linked again.
    picker->setCurrentIndex(0);
    REQUIRE(editor->save());
    CHECK_FALSE(fulfilled(w.ws(), QStringLiteral("fire-drill"), again));
    undo->undo();
    REQUIRE(fulfilled(w.ws(), QStringLiteral("fire-drill"), again));
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), again)->occurrenceDate == QDate(2026, 11, 5));
}

TEST_CASE("A deleted record or ritual brought back by Undo is linked again", "[gui][rhythm][fulfilment][undo]")
{
    RhythmWindow w;
    QUndoStack *undo = w.window->workbench().undoStack();
    auto *editor = w.startNew<gui::FireDrillEditor>(gui::Section::FireDrills);
    fillDrill(editor, w, QDate(2026, 10, 7));
    auto *picker = editor->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    chooseText(picker, occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5)));
    REQUIRE(editor->save());
    const qint64 drill = editor->recordId();

    // The drill deleted, then brought back as a new row: it fulfils 5 October again.
    editor->deleteRecord();
    CHECK(store::RitualFulfilments(w.ws()).fulfilments(w.drills)->isEmpty());
    undo->undo();
    const qint64 back = w.window->workbench().currentId(gui::Section::FireDrills, drill); // a new row, perhaps the same id
    REQUIRE(fulfilled(w.ws(), QStringLiteral("fire-drill"), back));
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), back)->ritualId == w.drills);
    // Redone, it goes again, and once more undone it is linked again.
    undo->redo();
    CHECK(store::RitualFulfilments(w.ws()).fulfilments(w.drills)->isEmpty());
    undo->undo();
    CHECK(fulfilled(w.ws(), QStringLiteral("fire-drill"), w.window->workbench().currentId(gui::Section::FireDrills, drill)));

    // The ritual deleted, then brought back: its occurrence is still fulfilled by the drill.
    w.window->showSection(gui::Section::Rituals);
    REQUIRE(w.window->openRecord(QStringLiteral("ritual"), w.drills));
    auto *rituals = w.window->page(gui::Section::Rituals)->editor();
    REQUIRE(rituals->canDelete());
    rituals->deleteRecord();
    CHECK(countOf(w.ws(), QStringLiteral("SELECT count(*) FROM ritual_fulfilment")) == 0);
    undo->undo();
    const qint64 ritual = w.window->workbench().currentId(gui::Section::Rituals, w.drills);
    auto links = store::RitualFulfilments(w.ws()).fulfilments(ritual);
    REQUIRE(links.ok());
    REQUIRE(links->size() == 1);
    CHECK(links->first().occurrenceDate == QDate(2026, 10, 5));
    CHECK(links->first().recordKind == QStringLiteral("fire-drill"));
    CHECK(links->first().recordId == w.window->workbench().currentId(gui::Section::FireDrills, drill));
}

TEST_CASE("A cultural exchange fulfils the exchange ritual, and an envoy journey a congress", "[gui][rhythm][fulfilment]")
{
    // Found using it: the core linked exchanges and journeys, but their editors offered no "Fulfils:".
    RhythmWindow w;
    const qint64 exchanges = addRitual(w.ws(), rhythm::RitualKind::CulturalExchange, QStringLiteral("Noche de cuentos"),
                                       QDate(2026, 9, 12));
    const qint64 congress = addRitual(w.ws(), rhythm::RitualKind::Congress, QStringLiteral("Congreso"), QDate(2026, 9, 20));

    auto *exchange = w.startNew<gui::ExchangeEditor>(gui::Section::Exchanges);
    exchange->findChild<gui::DateField *>(QStringLiteral("heldOn"))->setDate(QDate(2026, 10, 12));
    auto *partners = exchange->findChild<gui::RecordChecklist *>(QStringLiteral("partners"));
    tick(partners, w.tierra);
    tick(partners, w.kanun);
    type(exchange->view()->firstColumn()->field(QStringLiteral("exchanged"))->editor(), QStringLiteral("Cuentos y pan"));
    auto *picker = exchange->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    // Only the exchange ritual's occurrences: a congress is fulfilled by any kind, the drill's by a drill.
    CHECK(offered(picker).contains(occurrence(QStringLiteral("Noche de cuentos"), QDate(2026, 10, 12))));
    CHECK_FALSE(offered(picker).contains(occurrence(QStringLiteral("Simulacro mensual"), QDate(2026, 10, 5))));
    chooseText(picker, occurrence(QStringLiteral("Noche de cuentos"), QDate(2026, 10, 12)));
    REQUIRE(exchange->save());
    auto link = fulfilled(w.ws(), QStringLiteral("exchange"), exchange->recordId());
    REQUIRE(link);
    CHECK(link->ritualId == exchanges);

    auto *journey = w.startNew<gui::EnvoyJourneyEditor>(gui::Section::EnvoyJourneys);
    type(journey->findChild<QLineEdit *>(QStringLiteral("envoy")), QStringLiteral("Marisol Quispe"));
    journey->findChild<gui::PartnerPicker *>(QStringLiteral("fromPartner"))->setPartnerId(w.tierra);
    journey->findChild<gui::PartnerPicker *>(QStringLiteral("toPartner"))->setPartnerId(w.kanun);
    journey->findChild<gui::DateField *>(QStringLiteral("firstDay"))->setDate(QDate(2026, 10, 19));
    journey->findChild<gui::DateField *>(QStringLiteral("lastDay"))->setDate(QDate(2026, 10, 25));
    type(journey->view()->firstColumn()->field(QStringLiteral("questions"))->editor(), QStringLiteral("¿Qué llevamos?"));
    picker = journey->findChild<gui::FulfilmentPicker *>(QStringLiteral("fulfils"));
    REQUIRE(picker);
    chooseText(picker, occurrence(QStringLiteral("Congreso"), QDate(2026, 10, 20)));
    const QJsonObject draft = journey->draft();
    picker->setCurrentIndex(0);
    journey->restoreDraft(draft);
    CHECK(picker->currentText() == occurrence(QStringLiteral("Congreso"), QDate(2026, 10, 20)));
    REQUIRE(journey->save());
    link = fulfilled(w.ws(), QStringLiteral("envoy-journey"), journey->recordId());
    REQUIRE(link);
    CHECK(link->ritualId == congress);
    CHECK(link->occurrenceDate == QDate(2026, 10, 20));
}
