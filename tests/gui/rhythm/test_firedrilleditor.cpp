// Issue 14, Conflict protocols ▸ Fire drills: a drill is recorded with its kind, days, partners, the
// protocols it tested and what held, what broke and the follow-ups side by side; every bad drill is
// refused on the field it is about with nothing written; Undo takes back an add, an edit and a
// delete; and an unsaved drill comes back whole from its crash-recovery draft.
#include "guifixture.h"
#include "rhythm/rhythmforms.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/rhythm/firedrilleditor.h"
#include "gui/sections/sectionpage.h"
#include "store/firedrillstore.h"
#include "store/protocolstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QUndoStack>

using namespace trellis;
using test::chooseData;
using test::tick;
using test::type;

namespace {

/// The editor's widgets by their object names.
struct DrillForm {
    explicit DrillForm(gui::FireDrillEditor *editor)
        : kind(editor->findChild<QComboBox *>(QStringLiteral("kind"))),
          firstDay(editor->findChild<gui::DateField *>(QStringLiteral("firstDay"))),
          lastDay(editor->findChild<gui::DateField *>(QStringLiteral("lastDay"))),
          partners(editor->findChild<gui::RecordChecklist *>(QStringLiteral("partners"))),
          protocols(editor->findChild<gui::RecordChecklist *>(QStringLiteral("protocols"))),
          held(editor->view()->firstColumn()->field(QStringLiteral("what_held"))),
          broke(editor->view()->secondColumn()->field(QStringLiteral("what_broke")))
    {
        for (QWidget *w : std::initializer_list<QWidget *>{kind, firstDay, lastDay, partners, protocols, held, broke})
            REQUIRE(w);
    }
    QComboBox *kind;
    gui::DateField *firstDay;
    gui::DateField *lastDay;
    gui::RecordChecklist *partners;
    gui::RecordChecklist *protocols;
    gui::FieldEdit *held;  ///< in the first language (es)
    gui::FieldEdit *broke; ///< in the second (fa)
};

qsizetype drills(store::Workspace &ws)
{
    auto ids = store::FireDrillStore(ws).ids();
    REQUIRE(ids.ok());
    return ids->size();
}

qint64 addProtocol(store::Workspace &ws)
{
    domain::ConflictProtocol p;
    p.title = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Protocolo de silencio"));
    p.steps = {domain::BilingualText(QStringLiteral("es"), QStringLiteral("Llamar por la radio comunitaria"))};
    auto id = store::ProtocolStore(ws).add(p);
    REQUIRE(id.ok());
    return *id;
}

struct DrillWindow {
    test::ScratchDir dir;
    std::unique_ptr<gui::MainWindow> window;
    qint64 tierra = 0;
    qint64 kanun = 0;
    qint64 protocol = 0;

    DrillWindow()
    {
        auto created = store::Workspace::create(dir.path(QStringLiteral("d.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
        REQUIRE(created.ok());
        tierra = test::addPartner(*created, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
        kanun = test::addPartner(*created, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
        protocol = addProtocol(*created);
        window = std::make_unique<gui::MainWindow>(std::move(*created));
        window->setLanguagePair(QStringLiteral("es"), QStringLiteral("fa"));
        test::showActive(*window);
    }
    store::Workspace &ws() { return window->workspace(); }
    gui::FireDrillEditor *newDrill()
    {
        window->showSection(gui::Section::FireDrills);
        window->newRecord();
        auto *editor = qobject_cast<gui::FireDrillEditor *>(window->page(gui::Section::FireDrills)->editor());
        REQUIRE(editor);
        return editor;
    }
};

} // namespace

TEST_CASE("A blackout drill is recorded with its partners and protocol, refused on its fields, and undone", "[gui][rhythm][firedrill]")
{
    DrillWindow w;
    gui::FireDrillEditor *editor = w.newDrill();
    DrillForm form(editor);
    CHECK(QApplication::focusWidget() == form.kind);
    CHECK(form.lastDay->date() == QDate::currentDate()); // a drill is recorded once run

    chooseData(form.kind, int(rhythm::FireDrillKind::CommunicationBlackout));
    form.firstDay->setDate(QDate(2026, 10, 7));
    form.lastDay->setDate(QDate(2026, 10, 13));
    tick(form.partners, w.tierra);
    // One partner is no drill: refused on the partners, nothing written.
    type(form.held->editor(), QStringLiteral("Las cocinas siguieron en contacto por la radio"));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A fire drill tests the ties between partners: name at least two"));
    CHECK(editor->markedField() == form.partners);
    CHECK(drills(w.ws()) == 0);
    tick(form.partners, w.kanun);

    // Days out of order: said in the window's words and marked on the last day.
    form.lastDay->setDate(QDate(2026, 10, 1));
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("The drill ends (%1) before it begins (%2)")
                                   .arg(gui::shortDate(QDate(2026, 10, 1)), gui::shortDate(QDate(2026, 10, 7))));
    CHECK(editor->markedField() == form.lastDay);
    // Longer than a month is a rupture, not a drill.
    form.lastDay->setDate(QDate(2026, 11, 30));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().startsWith(QStringLiteral("A fire drill lasts 31 days at most")));
    CHECK(editor->markedField() == form.lastDay);
    CHECK(drills(w.ws()) == 0);
    form.lastDay->setDate(QDate(2026, 10, 13));

    tick(form.protocols, w.protocol);
    type(form.broke->editor(), QStringLiteral("فهرست تلفن‌ها قدیمی بود"));
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    auto saved = store::FireDrillStore(w.ws()).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->kind == rhythm::FireDrillKind::CommunicationBlackout);
    CHECK(saved->firstDay == QDate(2026, 10, 7));
    CHECK(saved->lastDay == QDate(2026, 10, 13));
    CHECK(saved->partnerIds == QList<qint64>{w.tierra, w.kanun});
    CHECK(saved->protocolIds == QList<qint64>{w.protocol});
    CHECK(saved->whatHeld.original() == QStringLiteral("Las cocinas siguieron en contacto por la radio"));
    CHECK(saved->whatHeld.originalLanguage() == QStringLiteral("es"));
    CHECK(saved->whatBroke.original() == QStringLiteral("فهرست تلفن‌ها قدیمی بود"));
    CHECK(saved->whatBroke.originalLanguage() == QStringLiteral("fa"));
    CHECK_FALSE(editor->isDirty());

    // The list: first day, kind, what held (first line), partners.
    QAbstractItemModel *list = w.window->page(gui::Section::FireDrills)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 0).data().toString() == gui::shortDate(QDate(2026, 10, 7)));
    CHECK(list->index(0, 1).data().toString() == QStringLiteral("Communication blackout"));
    CHECK(list->index(0, 2).data().toString() == QStringLiteral("Las cocinas siguieron en contacto por la radio"));
    CHECK(list->index(0, 3).data().toString() == QStringLiteral("2"));

    // An edit (a role swap instead), undone and redone.
    chooseData(form.kind, int(rhythm::FireDrillKind::RoleSwap));
    REQUIRE(editor->save());
    CHECK(store::FireDrillStore(w.ws()).get(id)->kind == rhythm::FireDrillKind::RoleSwap);
    w.window->workbench().undoStack()->undo();
    CHECK(store::FireDrillStore(w.ws()).get(id)->kind == rhythm::FireDrillKind::CommunicationBlackout);
    w.window->workbench().undoStack()->redo();
    CHECK(store::FireDrillStore(w.ws()).get(id)->kind == rhythm::FireDrillKind::RoleSwap);

    // Neither what held nor what broke: refused, the saved drill untouched.
    REQUIRE(w.window->openRecord(QStringLiteral("fire_drill"), id));
    form.held->editor()->setFocus();
    QTest::keyClick(form.held->editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(form.held->editor(), Qt::Key_Delete);
    form.broke->editor()->setFocus();
    QTest::keyClick(form.broke->editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(form.broke->editor(), Qt::Key_Delete);
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("Say what held or what broke: a fire drill is recorded once it has been run"));
    CHECK(editor->markedField() == form.held);
    CHECK_FALSE(store::FireDrillStore(w.ws()).get(id)->whatHeld.isEmpty());
    editor->cancel();

    // Delete, then Undo records it again (under a new id) with its links.
    REQUIRE(editor->canDelete());
    editor->deleteRecord();
    CHECK(drills(w.ws()) == 0);
    CHECK(list->rowCount() == 0);
    w.window->workbench().undoStack()->undo();
    REQUIRE(drills(w.ws()) == 1);
    const auto back = store::FireDrillStore(w.ws()).get(store::FireDrillStore(w.ws()).ids()->first());
    REQUIRE(back.ok());
    CHECK(back->partnerIds == QList<qint64>{w.tierra, w.kanun});
    CHECK(back->protocolIds == QList<qint64>{w.protocol});
    CHECK(list->rowCount() == 1);
}

TEST_CASE("An unsaved fire drill comes back whole from its crash-recovery draft", "[gui][rhythm][firedrill]")
{
    DrillWindow w;
    gui::FireDrillEditor *editor = w.newDrill();
    DrillForm form(editor);
    chooseData(form.kind, int(rhythm::FireDrillKind::RoleSwap));
    form.firstDay->setDate(QDate(2027, 2, 1));
    form.lastDay->setDate(QDate(2027, 2, 3));
    tick(form.partners, w.tierra);
    tick(form.partners, w.kanun);
    tick(form.protocols, w.protocol);
    type(form.held->editor(), QStringLiteral("Nadie esperó a la vocera de siempre"));
    REQUIRE(editor->isDirty());
    const QJsonObject draft = editor->draft();
    editor->cancel();
    w.window->newRecord();
    CHECK(form.protocols->checked().isEmpty());

    editor->restoreDraft(draft);
    CHECK(form.kind->currentData().toInt() == int(rhythm::FireDrillKind::RoleSwap));
    CHECK(form.firstDay->date() == QDate(2027, 2, 1));
    CHECK(form.lastDay->date() == QDate(2027, 2, 3));
    CHECK(form.partners->checked() == QList<qint64>{w.tierra, w.kanun});
    CHECK(form.protocols->checked() == QList<qint64>{w.protocol});
    CHECK(editor->view()->firstColumn()->field(QStringLiteral("what_held"))->text() ==
          QStringLiteral("Nadie esperó a la vocera de siempre"));
    CHECK(editor->isDirty());
    CHECK(drills(w.ws()) == 0);
    REQUIRE(editor->save());
    CHECK(store::FireDrillStore(w.ws()).get(editor->recordId())->protocolIds == QList<qint64>{w.protocol});
}
