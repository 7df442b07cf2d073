// Issue 14, the Pauses section under Partners: a pause is recorded between two partners with its
// days, each side's consent and its reason side by side; every bad pause is refused on the field
// it is about with nothing written, and Undo takes back a consent, an add and a delete.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/partners/partnerpicker.h"
#include "gui/partners/pauseeditor.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace trellis;

namespace {

void choose(QComboBox *picker, qint64 id)
{
    REQUIRE(picker);
    const int index = picker->findData(id);
    REQUIRE(index >= 0);
    picker->setCurrentIndex(index);
}

qint64 pauses(store::Workspace &ws)
{
    auto all = store::PauseStore(ws).all();
    REQUIRE(all.ok());
    return all->size();
}

} // namespace

TEST_CASE("A pause is recorded in its section, refused on the field it is about, and undone", "[gui][partners][pause]")
{
    test::ScratchDir dir;
    auto created = store::Workspace::create(dir.path(QStringLiteral("p.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
    REQUIRE(created.ok());
    const qint64 tierra = test::addPartner(*created, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 kanun = test::addPartner(*created, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    gui::MainWindow window(std::move(*created));
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("fa"));
    test::showActive(window);
    store::Workspace &ws = window.workspace();

    window.showSection(gui::Section::Pauses);
    window.newRecord();
    auto *editor = qobject_cast<gui::PauseEditor *>(window.page(gui::Section::Pauses)->editor());
    REQUIRE(editor);
    auto *a = editor->findChild<QComboBox *>(QStringLiteral("partnerA"));
    auto *b = editor->findChild<QComboBox *>(QStringLiteral("partnerB"));
    CHECK(QApplication::focusWidget() == a);
    auto *first = editor->findChild<gui::DateField *>(QStringLiteral("firstDay"));
    auto *last = editor->findChild<gui::DateField *>(QStringLiteral("lastDay"));
    auto *consentA = editor->findChild<gui::DateField *>(QStringLiteral("consentA"));
    auto *consentB = editor->findChild<gui::DateField *>(QStringLiteral("consentB"));

    // Days relative to today, so the partner's summary (which names pauses not yet over) reads the same any day.
    const QDate from = QDate::currentDate().addDays(30), until = from.addDays(27);
    choose(a, tierra);
    choose(b, tierra);
    first->setDate(from);
    last->setDate(until);
    CHECK_FALSE(editor->save());
    CHECK(editor->message() == QStringLiteral("A pause is agreed between two different partners"));
    CHECK(editor->markedField() == b);

    choose(b, kanun);
    CHECK_FALSE(editor->save()); // no reason yet
    CHECK(editor->message().startsWith(QStringLiteral("Say why the partners pause")));

    gui::FieldEdit *reason = editor->view()->firstColumn()->field(QStringLiteral("reason"));
    REQUIRE(reason);
    reason->editor()->setFocus();
    for (const QChar c : QStringLiteral("Descanso tras la cosecha"))
        QTest::sendKeyEvent(QTest::Click, reason->editor(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    last->setDate(from.addDays(-3));
    CHECK_FALSE(editor->save());
    CHECK(editor->message().startsWith(QStringLiteral("The pause ends (")));
    CHECK(editor->markedField() == last);
    CHECK(pauses(ws) == 0);

    // Proposed by one side: saved, listed as proposed.
    last->setDate(until);
    consentA->setDate(from.addDays(-14));
    REQUIRE(editor->save());
    auto saved = store::PauseStore(ws).get(editor->recordId());
    REQUIRE(saved.ok());
    CHECK(saved->partnerA == tierra);
    CHECK(saved->partnerB == kanun);
    CHECK(saved->reason.original() == QStringLiteral("Descanso tras la cosecha"));
    CHECK(saved->reason.originalLanguage() == QStringLiteral("es"));
    CHECK_FALSE(saved->isAgreed());
    QAbstractItemModel *list = window.page(gui::Section::Pauses)->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 4).data().toString() == QStringLiteral("proposed"));
    // Undo takes the add back, Redo records it again (under a new id).
    window.workbench().undoStack()->undo();
    CHECK(pauses(ws) == 0);
    CHECK(list->rowCount() == 0);
    window.workbench().undoStack()->redo();
    REQUIRE(pauses(ws) == 1);
    const qint64 id = store::PauseStore(ws).all()->first().stamp.id;
    REQUIRE(window.openRecord(QStringLiteral("pause"), id));

    // The other side agrees; Undo takes the consent back.
    consentB->setDate(from.addDays(-12));
    REQUIRE(editor->save());
    CHECK(store::PauseStore(ws).get(id)->isAgreed());
    CHECK(list->index(0, 4).data().toString() == QStringLiteral("agreed"));
    window.workbench().undoStack()->undo();
    CHECK_FALSE(store::PauseStore(ws).get(id)->isAgreed());
    window.workbench().undoStack()->redo();
    CHECK(store::PauseStore(ws).get(id)->isAgreed());

    // A consent after the pause's end is refused on that day's field.
    editor->load(id);
    consentB->setDate(until.addDays(2));
    CHECK_FALSE(editor->save());
    CHECK(editor->markedField() == consentB);
    CHECK(store::PauseStore(ws).get(id)->consentedByB == from.addDays(-12));
    editor->cancel();

    // The partner's summary names the pause, and loses it the moment it is deleted.
    REQUIRE(window.openRecord(QStringLiteral("partner"), tierra));
    QLabel *summary = window.page(gui::Section::Partners)->editor()->findChild<QLabel *>(QStringLiteral("summary"));
    CHECK(summary->text().contains(QStringLiteral("Pausing with")));

    // Deleted, then brought back by Undo with its reason.
    REQUIRE(window.openRecord(QStringLiteral("pause"), id));
    REQUIRE(editor->canDelete());
    editor->deleteRecord();
    CHECK(pauses(ws) == 0);
    CHECK(list->rowCount() == 0);
    CHECK_FALSE(summary->text().contains(QStringLiteral("Pausing with")));
    window.workbench().undoStack()->undo();
    REQUIRE(pauses(ws) == 1);
    CHECK(store::PauseStore(ws).all()->first().reason.original() == QStringLiteral("Descanso tras la cosecha"));
}

TEST_CASE("An unsaved pause comes back whole from its recovery draft", "[gui][partners][pause]")
{
    test::ScratchDir dir;
    auto created = store::Workspace::create(dir.path(QStringLiteral("d.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
    REQUIRE(created.ok());
    const qint64 tierra = test::addPartner(*created, QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 kanun = test::addPartner(*created, QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    gui::MainWindow window(std::move(*created));
    test::showActive(window);
    window.showSection(gui::Section::Pauses);
    window.newRecord();
    auto *editor = qobject_cast<gui::PauseEditor *>(window.page(gui::Section::Pauses)->editor());
    REQUIRE(editor);
    choose(editor->findChild<QComboBox *>(QStringLiteral("partnerA")), kanun);
    choose(editor->findChild<QComboBox *>(QStringLiteral("partnerB")), tierra);
    const QDate from(2027, 3, 1);
    editor->findChild<gui::DateField *>(QStringLiteral("firstDay"))->setDate(from);
    editor->findChild<gui::DateField *>(QStringLiteral("lastDay"))->setDate(from.addDays(20));
    editor->findChild<gui::DateField *>(QStringLiteral("consentB"))->setDate(from.addDays(-5));
    REQUIRE(editor->isDirty());
    const QJsonObject draft = editor->draft();

    editor->cancel();
    window.newRecord(); // another, empty pause on screen
    editor->restoreDraft(draft);
    CHECK(editor->isDirty());
    CHECK(editor->draft() == draft);
    CHECK(qobject_cast<gui::PartnerPicker *>(editor->findChild<QComboBox *>(QStringLiteral("partnerA")))->partnerId() == kanun);
    CHECK(editor->findChild<gui::DateField *>(QStringLiteral("consentB"))->date() == from.addDays(-5));
    CHECK_FALSE(editor->findChild<gui::DateField *>(QStringLiteral("consentA"))->date().isValid());
    CHECK(pauses(window.workspace()) == 0); // a draft writes nothing
}
