// Issue 14, "Fulfils:": a fire drill, a rehearsal, a retro or a hand-over names the ritual
// occurrence it fulfils. The editor offers the fitting rituals' occurrences within 30 days of the
// record's day that nothing fulfils yet (and the one it fulfils now); the link is written with the
// save, changed or removed by a later save, and kept in a crash-recovery draft.
#include "guifixture.h"
#include "rhythm/rhythmforms.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/protocols/rehearsaleditor.h"
#include "gui/rhythm/firedrilleditor.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/sections/sectionpage.h"
#include "store/firedrillstore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"

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
