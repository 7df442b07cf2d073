// Issue 14, Campaigns ▸ Envoy journeys: a journey is recorded with its envoy, the two partners, its
// days, the ledger entries between them that hosted or funded it and the crossovers it carried, and
// its six texts side by side; bad journeys are refused on the field they are about with nothing
// written; Undo takes back an add and a delete; a draft brings an unsaved journey back whole.
#include "guifixture.h"
#include "rhythm/rhythmforms.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/partners/partnerpicker.h"
#include "gui/rhythm/envoyjourneyeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/crossoverstore.h"
#include "store/envoyjourneystore.h"
#include "store/ledgerstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QUndoStack>

using namespace trellis;
using test::tick;
using test::type;

namespace {

struct JourneyForm {
    explicit JourneyForm(gui::EnvoyJourneyEditor *editor)
        : envoy(editor->findChild<QLineEdit *>(QStringLiteral("envoy"))),
          from(editor->findChild<gui::PartnerPicker *>(QStringLiteral("fromPartner"))),
          to(editor->findChild<gui::PartnerPicker *>(QStringLiteral("toPartner"))),
          firstDay(editor->findChild<gui::DateField *>(QStringLiteral("firstDay"))),
          lastDay(editor->findChild<gui::DateField *>(QStringLiteral("lastDay"))),
          entries(editor->findChild<gui::RecordChecklist *>(QStringLiteral("ledgerEntries"))),
          crossovers(editor->findChild<gui::RecordChecklist *>(QStringLiteral("crossovers"))),
          questions(editor->view()->firstColumn()->field(QStringLiteral("questions"))),
          returned(editor->view()->secondColumn()->field(QStringLiteral("returned")))
    {
        for (QWidget *w : std::initializer_list<QWidget *>{envoy, from, to, firstDay, lastDay, entries, crossovers, questions, returned})
            REQUIRE(w);
        for (const char *key : {"voices", "carbon", "visas", "surveillance"})
            REQUIRE(editor->view()->firstColumn()->field(QLatin1String(key)));
    }
    QLineEdit *envoy;
    gui::PartnerPicker *from;
    gui::PartnerPicker *to;
    gui::DateField *firstDay;
    gui::DateField *lastDay;
    gui::RecordChecklist *entries;
    gui::RecordChecklist *crossovers;
    gui::FieldEdit *questions; ///< in the first language (es)
    gui::FieldEdit *returned;  ///< in the second (fa)
};

qint64 addEntry(store::Workspace &ws, qint64 from, qint64 to, const QDate &date, domain::ContributionKind kind)
{
    domain::LedgerEntry e;
    e.date = date;
    e.fromPartnerId = from;
    e.toPartnerId = to;
    e.kind = kind;
    e.quantity = domain::Quantity{12000, *domain::Unit::currency(QStringLiteral("EUR"))};
    e.narrative = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Alojamiento de la enviada"));
    auto id = store::LedgerStore(ws).add(e);
    REQUIRE(id.ok());
    return *id;
}

QStringList labels(const gui::RecordChecklist *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

qsizetype journeys(store::Workspace &ws)
{
    auto ids = store::EnvoyJourneyStore(ws).ids();
    REQUIRE(ids.ok());
    return ids->size();
}

struct JourneyWindow {
    test::ScratchDir dir;
    std::unique_ptr<gui::MainWindow> window;
    qint64 tierra = 0, kanun = 0, third = 0, hosting = 0, funds = 0, elsewhere = 0, crossover = 0;

    JourneyWindow()
    {
        auto created = store::Workspace::create(dir.path(QStringLiteral("j.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
        REQUIRE(created.ok());
        tierra = test::addPartner(*created, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
        kanun = test::addPartner(*created, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
        third = test::addPartner(*created, QStringLiteral("Muungano wa Wakulima"), QStringLiteral("sw"));
        hosting = addEntry(*created, kanun, tierra, QDate(2026, 9, 2), domain::ContributionKind::Hosting);
        funds = addEntry(*created, tierra, kanun, QDate(2026, 8, 20), domain::ContributionKind::Funds);
        elsewhere = addEntry(*created, tierra, third, QDate(2026, 8, 21), domain::ContributionKind::Funds);
        domain::NarrativeCrossover c;
        c.kind = domain::CrossoverKind::Slogan;
        c.originPartnerId = tierra;
        c.adoptingPartnerId = kanun;
        c.origin = domain::BilingualText(QStringLiteral("es"), QStringLiteral("El agua no se vende"));
        c.reborn = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("آب فروشی نیست"));
        c.rebornOn = QDate(2026, 9, 10);
        auto cid = store::CrossoverStore(*created).add(c);
        REQUIRE(cid.ok());
        crossover = *cid;
        window = std::make_unique<gui::MainWindow>(std::move(*created));
        window->setLanguagePair(QStringLiteral("es"), QStringLiteral("fa"));
        test::showActive(*window);
    }
    store::Workspace &ws() { return window->workspace(); }
    gui::EnvoyJourneyEditor *newJourney()
    {
        window->showSection(gui::Section::EnvoyJourneys);
        window->newRecord();
        auto *editor = qobject_cast<gui::EnvoyJourneyEditor *>(window->page(gui::Section::EnvoyJourneys)->editor());
        REQUIRE(editor);
        return editor;
    }
};

} // namespace

TEST_CASE("An envoy journey is recorded with its partners, entries, crossover and texts, refused on its fields, and undone", "[gui][rhythm][journey]")
{
    JourneyWindow w;
    gui::EnvoyJourneyEditor *editor = w.newJourney();
    JourneyForm form(editor);
    CHECK(QApplication::focusWidget() == form.envoy);

    form.from->setPartnerId(w.tierra);
    form.to->setPartnerId(w.tierra);
    form.firstDay->setDate(QDate(2026, 9, 1));
    form.lastDay->setDate(QDate(2026, 9, 14));
    type(form.questions->editor(), QStringLiteral("¿Cómo sostienen las asambleas sin internet?"));
    // No envoy: refused on the envoy's name.
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("Name the envoy who travels"));
    CHECK(editor->markedField() == form.envoy);
    type(form.envoy, QStringLiteral("Marisol Quispe"));
    // From a partner to itself: refused on "to".
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("An envoy travels to another partner, not from a partner to itself"));
    CHECK(editor->markedField() == form.to);
    CHECK(journeys(w.ws()) == 0);

    // Once the pair is chosen, the entries between them are offered (either way), latest first,
    // by date, kind and amount; an entry with a third partner is not.
    form.to->setPartnerId(w.kanun);
    const QStringList offered = labels(form.entries);
    REQUIRE(offered.size() == 2);
    CHECK(offered.at(0).startsWith(u'\u200e' + gui::shortDate(QDate(2026, 9, 2)))); // read left to right in an English UI
    CHECK(offered.at(0).contains(gui::kindLabel(domain::ContributionKind::Hosting)));
    CHECK(offered.at(0).contains(gui::amountLabel(domain::Quantity{12000, *domain::Unit::currency(QStringLiteral("EUR"))})));
    CHECK(offered.at(1).contains(gui::kindLabel(domain::ContributionKind::Funds)));
    CHECK(labels(form.crossovers).value(0).contains(QStringLiteral("آب فروشی نیست"))); // as reborn

    // Back before it left: said in the window's words, on the last day.
    form.lastDay->setDate(QDate(2026, 8, 30));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("The journey ends (%1) before it begins (%2)")
                                   .arg(gui::shortDate(QDate(2026, 8, 30)), gui::shortDate(QDate(2026, 9, 1))));
    CHECK(editor->markedField() == form.lastDay);
    form.lastDay->setDate(QDate(2026, 9, 14));

    tick(form.entries, w.hosting);
    tick(form.crossovers, w.crossover);
    type(form.returned->editor(), QStringLiteral("سه قصه و یک سرود"));
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    auto saved = store::EnvoyJourneyStore(w.ws()).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->envoy == QStringLiteral("Marisol Quispe"));
    CHECK(saved->fromPartnerId == w.tierra);
    CHECK(saved->toPartnerId == w.kanun);
    CHECK(saved->firstDay == QDate(2026, 9, 1));
    CHECK(saved->lastDay == QDate(2026, 9, 14));
    CHECK(saved->ledgerEntryIds == QList<qint64>{w.hosting});
    CHECK(saved->crossoverIds == QList<qint64>{w.crossover});
    CHECK(saved->questions.original() == QStringLiteral("¿Cómo sostienen las asambleas sin internet?"));
    CHECK(saved->returned.original() == QStringLiteral("سه قصه و یک سرود"));
    CHECK(saved->returned.originalLanguage() == QStringLiteral("fa"));

    // The list: first day, envoy, from → to, questions.
    QAbstractItemModel *list = w.window->page(gui::Section::EnvoyJourneys)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 0).data().toString() == gui::shortDate(QDate(2026, 9, 1)));
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("Marisol Quispe"));
    CHECK(list->index(0, 2).data().toString().contains(QStringLiteral("Colectiva Tierra y Agua")));
    CHECK(list->index(0, 2).data().toString().contains(QStringLiteral("کانون صنفی")));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("¿Cómo sostienen las asambleas sin internet?"));

    // Reopened: a linked entry stays checked, and changing the pair keeps it offered.
    REQUIRE(w.window->openRecord(QStringLiteral("envoy_journey"), id));
    CHECK(form.entries->checked() == QList<qint64>{w.hosting});
    form.to->setPartnerId(w.third);
    CHECK(form.entries->checked() == QList<qint64>{w.hosting});
    CHECK(labels(form.entries).size() == 2); // the entry with the third partner, and the checked one
    editor->cancel();

    // Delete, then Undo records it again with its links.
    REQUIRE(editor->canDelete());
    editor->deleteRecord();
    CHECK(journeys(w.ws()) == 0);
    w.window->workbench().undoStack()->undo();
    REQUIRE(journeys(w.ws()) == 1);
    const auto back = store::EnvoyJourneyStore(w.ws()).get(store::EnvoyJourneyStore(w.ws()).ids()->first());
    REQUIRE(back.ok());
    CHECK(back->ledgerEntryIds == QList<qint64>{w.hosting});
    CHECK(back->crossoverIds == QList<qint64>{w.crossover});
}

TEST_CASE("An unsaved envoy journey comes back whole from its crash-recovery draft", "[gui][rhythm][journey]")
{
    JourneyWindow w;
    gui::EnvoyJourneyEditor *editor = w.newJourney();
    JourneyForm form(editor);
    type(form.envoy, QStringLiteral("Reza"));
    form.from->setPartnerId(w.kanun);
    form.to->setPartnerId(w.tierra);
    form.firstDay->setDate(QDate(2026, 8, 18));
    form.lastDay->setDate(QDate(2026, 8, 25));
    tick(form.entries, w.funds);
    tick(form.crossovers, w.crossover);
    const QJsonObject draft = editor->draft();
    editor->cancel();
    w.window->newRecord();
    editor->restoreDraft(draft);
    CHECK(form.envoy->text() == QStringLiteral("Reza"));
    CHECK(form.from->partnerId() == w.kanun);
    CHECK(form.to->partnerId() == w.tierra);
    CHECK(form.firstDay->date() == QDate(2026, 8, 18));
    CHECK(form.lastDay->date() == QDate(2026, 8, 25));
    CHECK(form.entries->checked() == QList<qint64>{w.funds});
    CHECK(form.crossovers->checked() == QList<qint64>{w.crossover});
    CHECK(journeys(w.ws()) == 0);
}
