// Retros (votes, tags, publishing), protocol agreements, and incidents and rehearsals created and
// deleted, all driven through the editors and undone through the workbench's stack.
#include "guifixture.h"

#include "domain/sidebyside.h"

#include "gui/editing/fieldedit.h"
#include "gui/protocols/incidenteditor.h"
#include "gui/app/mainwindow.h"
#include "gui/partners/partnerpicker.h"
#include "gui/protocols/protocoleditor.h"
#include "gui/protocols/rehearsaleditor.h"
#include "gui/retros/retroanswerfacts.h"
#include "gui/retros/retroeditor.h"
#include "gui/sections/sectionpage.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/app/workbench.h"
#include "store/incidentstore.h"
#include "store/partnerstore.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"
#include "store/search.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace trellis;

namespace {

template <typename Editor>
Editor *editorIn(gui::MainWindow &window, gui::Section section)
{
    window.showSection(section);
    auto *editor = qobject_cast<Editor *>(window.page(section)->editor());
    REQUIRE(editor);
    return editor;
}

void undo(gui::MainWindow &window)
{
    window.page(window.currentSection())->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
}

void redo(gui::MainWindow &window)
{
    window.page(window.currentSection())->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

int rowsOf(gui::MainWindow &window, gui::Section section)
{
    return window.page(section)->model()->rowCount();
}

} // namespace

TEST_CASE("A retro's votes and tags are edited by keyboard, saved, undone and redone", "[gui][retro]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::RetroEditor>(window, gui::Section::Retros);
    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    REQUIRE(id != 0);
    store::RetroStore retros(window.workspace());
    const domain::Retro before = *retros.get(id);
    REQUIRE(before.answers.size() >= 3);
    REQUIRE(before.publishedAt.isEmpty());
    gui::RetroAnswerFacts *facts = editor->answerFacts();
    CHECK(facts->votes(0)->value() == before.answers.at(0).votes);
    CHECK(facts->tags(0)->text() == before.answers.at(0).tags.join(QStringLiteral(", ")));
    CHECK_FALSE(editor->isDirty());

    QSpinBox *votes = facts->votes(0);
    votes->setFocus();
    QTest::keyClick(votes, Qt::Key_Up);
    QTest::keyClick(votes, Qt::Key_Up);
    CHECK(editor->isDirty());
    QLineEdit *tags = facts->tags(1);
    tags->setFocus();
    tags->selectAll();
    QTest::keyClicks(tags, QStringLiteral("authorship, care , ,care"));
    facts->addVote(2); // the +1 button
    REQUIRE(editor->save());

    const domain::Retro saved = *retros.get(id);
    CHECK(saved.answers.at(0).votes == before.answers.at(0).votes + 2);
    CHECK(saved.answers.at(1).tags == QStringList{QStringLiteral("authorship"), QStringLiteral("care")});
    CHECK(saved.answers.at(2).votes == before.answers.at(2).votes + 1);
    CHECK(saved.answers.at(0).stamp.uuid == before.answers.at(0).stamp.uuid);
    CHECK(facts->tags(1)->text() == QStringLiteral("authorship, care"));

    undo(window);
    const domain::Retro undone = *retros.get(id);
    for (int i = 0; i < 3; ++i) {
        CHECK(undone.answers.at(i).votes == before.answers.at(i).votes);
        CHECK(undone.answers.at(i).tags == before.answers.at(i).tags);
    }
    CHECK(facts->votes(0)->value() == before.answers.at(0).votes);
    CHECK(facts->tags(1)->text() == before.answers.at(1).tags.join(QStringLiteral(", ")));
    CHECK_FALSE(editor->isDirty());
    redo(window);
    CHECK(retros.get(id)->answers.at(1).tags == QStringList{QStringLiteral("authorship"), QStringLiteral("care")});
    CHECK(facts->votes(0)->value() == before.answers.at(0).votes + 2);
}

TEST_CASE("Votes stay at zero or more, and core's refusal of a retro is shown inline", "[gui][retro][bad-input]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::RetroEditor>(window, gui::Section::Retros);
    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    store::RetroStore retros(window.workspace());
    const domain::Retro before = *retros.get(id);
    QSpinBox *votes = editor->answerFacts()->votes(0);
    votes->setFocus();
    for (int i = 0; i <= before.answers.at(0).votes; ++i)
        QTest::keyClick(votes, Qt::Key_Down);
    CHECK(votes->value() == 0);
    QTest::keyClick(votes, Qt::Key_Down);
    CHECK(votes->value() == 0);

    // Both languages of the retro the same: core says why, and nothing is written.
    auto *first = editor->findChild<QComboBox *>(QStringLiteral("retroLanguageA"));
    auto *second = editor->findChild<QComboBox *>(QStringLiteral("retroLanguageB"));
    REQUIRE(first);
    REQUIRE(second);
    second->setCurrentIndex(first->currentIndex());
    Q_EMIT second->activated(first->currentIndex());
    REQUIRE(editor->isDirty());
    CHECK_FALSE(editor->save());
    CHECK(editor->message().contains(QStringLiteral("two different languages")));
    CHECK(retros.get(id)->answers.at(0).votes == before.answers.at(0).votes);
    CHECK(retros.get(id)->languageB == before.languageB);
}

TEST_CASE("Publishing a retro asks first, then leaves only its translations editable", "[gui][retro]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    auto *editor = editorIn<gui::RetroEditor>(window, gui::Section::Retros);
    store::RetroStore retros(window.workspace());
    // The demo's Persian–Spanish retro: originals in both columns, translations, and gaps.
    const auto list = *retros.list();
    const auto faEs = std::find_if(list.cbegin(), list.cend(), [](const store::RetroSummary &r) { return r.languageA == QStringLiteral("fa"); });
    REQUIRE(faEs != list.cend());
    window.openRecord(QStringLiteral("retro"), faEs->id);
    const qint64 id = editor->recordId();
    REQUIRE(id == faEs->id);

    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    CHECK_FALSE(editor->publish());
    CHECK(asked);
    CHECK(retros.get(id)->publishedAt.isEmpty());

    // Unsaved changes are saved before publishing.
    editor->answerFacts()->addVote(0);
    REQUIRE(editor->isDirty());
    const int votes = editor->answerFacts()->votes(0)->value();
    test::answerNextDialog(QMessageBox::Yes, &asked);
    REQUIRE(editor->publish());
    CHECK(asked);
    const domain::Retro published = *retros.get(id);
    CHECK_FALSE(published.publishedAt.isEmpty());
    CHECK(published.answers.at(0).votes == votes);
    CHECK(editor->isPublished());
    CHECK(editor->findChild<QLabel *>(QStringLiteral("badge"))->text().startsWith(QStringLiteral("published")));

    // Final: facts, votes, tags and originals locked; delete and publish gone; translations open.
    CHECK_FALSE(editor->answerFacts()->votes(0)->isEnabled());
    CHECK_FALSE(editor->answerFacts()->tags(0)->isEnabled());
    CHECK_FALSE(editor->findChild<QPushButton *>(QStringLiteral("publish"))->isEnabled());
    CHECK_FALSE(editor->canDelete());
    REQUIRE(window.findChild<QAction *>(QStringLiteral("delete")));
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("delete"))->isEnabled());
    // Each text: its original read-only, its translations (and missing ones) open to typing.
    gui::SideBySideView *view = editor->view();
    gui::FieldEdit *missing = nullptr;
    int originals = 0;
    for (gui::TextColumn *column : {view->firstColumn(), view->secondColumn()}) {
        for (gui::FieldEdit *field : column->fields()) {
            INFO(field->key().toStdString() << " in " << column->language().toStdString());
            CHECK(field->isTextReadOnly() == (field->status() == domain::TranslationStatus::Original));
            originals += field->status() == domain::TranslationStatus::Original;
            if (field->status() == domain::TranslationStatus::Missing && !missing)
                missing = field;
        }
    }
    CHECK(originals > 0);
    REQUIRE(missing);
    auto *missingText = qobject_cast<QPlainTextEdit *>(missing->editor());
    REQUIRE(missingText);
    missingText->setFocus();
    const QString persian = QStringLiteral("نوشتن بیانیه با هم");
    for (const QChar c : persian)
        QTest::sendKeyEvent(QTest::Click, missingText, Qt::Key_unknown, QString(c), Qt::NoModifier);
    const QString key = missing->key();
    const QString language = view->firstColumn()->fields().contains(missing) ? view->firstColumn()->language()
                                                                             : view->secondColumn()->language();
    REQUIRE(editor->save());
    const domain::RecordTexts texts = domain::recordTexts(*retros.get(id));
    const auto field = std::find_if(texts.fields.cbegin(), texts.fields.cend(), [&](const domain::RecordField &f) { return f.key == key; });
    REQUIRE(field != texts.fields.cend());
    CHECK(field->text.textIn(language) == persian);
    CHECK(field->text.statusIn(language) == domain::TranslationStatus::Human);

    // Core refuses the rest even when asked directly, and a second publish.
    domain::Retro edited = *retros.get(id);
    edited.answers[0].votes += 1;
    CHECK(retros.update(edited).error().code == ErrorCode::Immutable);
    CHECK_FALSE(editor->publish(true));
}

TEST_CASE("Deleting a retro is undone, and a published one is not deleted", "[gui][retro]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::RetroEditor>(window, gui::Section::Retros);
    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    const domain::Retro before = *store::RetroStore(window.workspace()).get(id);
    REQUIRE(rowsOf(window, gui::Section::Retros) == 3);
    editor->deleteRecord();
    CHECK(rowsOf(window, gui::Section::Retros) == 2);
    CHECK_FALSE(store::RetroStore(window.workspace()).get(id).ok());
    undo(window);
    REQUIRE(rowsOf(window, gui::Section::Retros) == 3);
    auto list = store::RetroStore(window.workspace()).list();
    const auto back = std::find_if(list->cbegin(), list->cend(), [&](const store::RetroSummary &r) { return r.quarter == before.quarter; });
    REQUIRE(back != list->cend());
    const domain::Retro restored = *store::RetroStore(window.workspace()).get(back->id);
    CHECK(restored.answers.size() == before.answers.size());
    CHECK(restored.answers.at(0).text == before.answers.at(0).text);
    CHECK(restored.answers.at(0).votes == before.answers.at(0).votes);

    window.openRecord(QStringLiteral("retro"), back->id);
    REQUIRE(editor->publish(true));
    editor->deleteRecord();
    CHECK(editor->message().contains(QStringLiteral("published")));
    CHECK(store::RetroStore(window.workspace()).get(back->id).ok());
}

TEST_CASE("Agreements are recorded at once, listed in each column's language, undone and redone", "[gui][protocol]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    auto *editor = editorIn<gui::ProtocolEditor>(window, gui::Section::Protocols);
    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    REQUIRE(id != 0);
    store::ProtocolStore protocols(window.workspace());
    const domain::ConflictProtocol before = *protocols.get(id);
    const int versions = int(protocols.versions(before.lineageUuid)->size());
    auto *listingFa = editor->view()->firstColumn()->findChild<QLabel *>(QStringLiteral("listing"));
    auto *listingEs = editor->view()->secondColumn()->findChild<QLabel *>(QStringLiteral("listing"));
    REQUIRE(listingFa);
    CHECK(listingFa->text().count(u'\n') + 1 == before.agreements.size());

    // A partner that has not agreed yet.
    auto *picker = editor->findChild<gui::PartnerPicker *>(QStringLiteral("agreeingPartner"));
    int row = 0;
    while (row < picker->count() && std::any_of(before.agreements.cbegin(), before.agreements.cend(), [&](const domain::ProtocolAgreement &a) {
               return a.partnerId == picker->itemData(row).toLongLong();
           }))
        ++row;
    REQUIRE(row < picker->count());
    picker->setCurrentIndex(row);
    const qint64 partner = picker->partnerId();
    auto *by = editor->findChild<QLineEdit *>(QStringLiteral("agreedBy"));
    editor->findChild<gui::DateField *>(QStringLiteral("agreedOn"))->setDate(QDate(2026, 3, 21));
    by->setFocus();
    QTest::keyClicks(by, QStringLiteral("Carmen Ruiz"));
    QTest::keyClick(by, Qt::Key_Return);
    CHECK_FALSE(editor->isDirty()); // recorded, not pending
    auto after = protocols.get(id);
    REQUIRE(after->agreements.size() == before.agreements.size() + 1);
    CHECK(protocols.versions(before.lineageUuid)->size() == versions); // no new version for an agreement
    const QString partnerName = store::PartnerStore(window.workspace()).get(partner)->name.original();
    CHECK(listingFa->text().contains(QStringLiteral("Carmen Ruiz")));
    CHECK(listingFa->text().contains(QStringLiteral("۱ فروردین ۱۴۰۵"))); // 21 March 2026, Nowruz 1405
    CHECK(listingEs->text().contains(QStringLiteral("21 de marzo de 2026")));
    CHECK(listingFa->alignment().testFlag(Qt::AlignRight));
    CHECK(listingEs->alignment().testFlag(Qt::AlignLeft));
    CHECK_FALSE(partnerName.isEmpty());

    undo(window);
    CHECK(protocols.get(id)->agreements == before.agreements);
    CHECK_FALSE(listingFa->text().contains(QStringLiteral("Carmen Ruiz")));
    redo(window);
    CHECK(protocols.get(id)->agreements.size() == before.agreements.size() + 1);
    CHECK(listingEs->text().contains(QStringLiteral("Carmen Ruiz")));

    // Recording again for the same partner replaces the record; undo gives the earlier one back.
    by->setText(QStringLiteral("Carmen R."));
    REQUIRE(editor->recordAgreement());
    undo(window);
    const auto restored = protocols.get(id)->agreements;
    CHECK(std::any_of(restored.cbegin(), restored.cend(), [&](const domain::ProtocolAgreement &a) {
        return a.partnerId == partner && a.byName == QStringLiteral("Carmen Ruiz") && a.agreedOn == QDate(2026, 3, 21);
    }));
}

TEST_CASE("A new protocol version starts without agreements, and agreeing needs a saved version", "[gui][protocol][bad-input]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::ProtocolEditor>(window, gui::Section::Protocols);
    window.newRecord();
    CHECK_FALSE(editor->findChild<QPushButton *>(QStringLiteral("recordAgreement"))->isEnabled());
    CHECK_FALSE(editor->recordAgreement());
    CHECK(editor->message().contains(QStringLiteral("Save the protocol first")));

    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    store::ProtocolStore protocols(window.workspace());
    REQUIRE_FALSE(protocols.get(id)->agreements.isEmpty());
    auto *roles = qobject_cast<QPlainTextEdit *>(editor->view()->firstColumn()->field(QStringLiteral("roles"))->editor());
    roles->setFocus();
    QTest::keyClicks(roles, QStringLiteral(" and a timekeeper"));
    REQUIRE(editor->save());
    CHECK(editor->recordId() != id);
    CHECK(protocols.get(editor->recordId())->agreements.isEmpty());
    CHECK_FALSE(protocols.get(id)->agreements.isEmpty()); // the earlier version keeps its agreements

}

TEST_CASE("An incident is created and deleted in the editor, each step undone and redone", "[gui][incident]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    auto *editor = editorIn<gui::IncidentEditor>(window, gui::Section::Incidents);
    store::ProtocolStore protocols(window.workspace());
    REQUIRE(store::IncidentStore(window.workspace()).ids()->size() == 1);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(editor->isEditingNew());
    auto *summary = qobject_cast<QPlainTextEdit *>(editor->view()->secondColumn()->field(QStringLiteral("summary"))->editor());
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Mensajes cruzados sobre la vigilia"));
    REQUIRE(editor->save());
    const qint64 id = editor->recordId();
    CHECK(store::IncidentStore(window.workspace()).ids()->size() == 2);
    CHECK(rowsOf(window, gui::Section::Incidents) == 2);
    CHECK(editor->canDelete());

    undo(window); // the creation
    CHECK(store::IncidentStore(window.workspace()).ids()->size() == 1);
    CHECK(rowsOf(window, gui::Section::Incidents) == 1);
    CHECK(store::search(window.workspace(), QStringLiteral("vigilia cruzados"))->isEmpty());
    redo(window);
    REQUIRE(store::IncidentStore(window.workspace()).ids()->size() == 2);
    const qint64 again = window.workbench().currentId(gui::Section::Incidents, id);
    CHECK(store::IncidentStore(window.workspace()).get(again)->summary.original() == QStringLiteral("Mensajes cruzados sobre la vigilia"));

    window.openRecord(QStringLiteral("incident"), again);
    REQUIRE(editor->recordId() == again);
    QAction *remove = window.findChild<QAction *>(QStringLiteral("delete"));
    REQUIRE(remove);
    remove->trigger();
    CHECK(store::IncidentStore(window.workspace()).ids()->size() == 1);
    CHECK_FALSE(store::IncidentStore(window.workspace()).get(again).ok());
    CHECK(rowsOf(window, gui::Section::Incidents) == 1);
    undo(window); // the deletion
    REQUIRE(store::IncidentStore(window.workspace()).ids()->size() == 2);
    const qint64 back = window.workbench().currentId(gui::Section::Incidents, again);
    CHECK(store::IncidentStore(window.workspace()).get(back)->summary.original() == QStringLiteral("Mensajes cruzados sobre la vigilia"));
    CHECK(rowsOf(window, gui::Section::Incidents) == 2);
    redo(window);
    CHECK(store::IncidentStore(window.workspace()).ids()->size() == 1);
}

TEST_CASE("A rehearsal is deleted with its participants and brought back by undo, edits included", "[gui][rehearsal]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::RehearsalEditor>(window, gui::Section::Rehearsals);
    window.selectFirstRecord();
    const qint64 id = editor->recordId();
    store::ProtocolStore protocols(window.workspace());
    const domain::Rehearsal before = *store::RehearsalStore(window.workspace()).get(id);
    auto *followUps = qobject_cast<QPlainTextEdit *>(editor->view()->firstColumn()->field(QStringLiteral("follow_ups"))->editor());
    followUps->setFocus();
    followUps->moveCursor(QTextCursor::End);
    QTest::keyClicks(followUps, QStringLiteral(" Invite the Recife network."));
    REQUIRE(editor->save());
    editor->deleteRecord();
    CHECK(store::RehearsalStore(window.workspace()).ids()->isEmpty());
    CHECK(rowsOf(window, gui::Section::Rehearsals) == 0);

    undo(window); // the deletion: back with its participants and texts, under a new id
    REQUIRE(store::RehearsalStore(window.workspace()).ids()->size() == 1);
    const qint64 back = store::RehearsalStore(window.workspace()).ids()->first();
    CHECK(window.workbench().currentId(gui::Section::Rehearsals, id) == back);
    const domain::Rehearsal restored = *store::RehearsalStore(window.workspace()).get(back);
    CHECK(restored.participantIds == before.participantIds);
    CHECK(restored.scenario == before.scenario);
    CHECK(restored.followUps.textIn(editor->view()->firstColumn()->language()).value_or(QString()).endsWith(QStringLiteral("Invite the Recife network.")));
    undo(window); // the edit, pushed before the deletion, finds the record under its new id
    CHECK(store::RehearsalStore(window.workspace()).get(back)->followUps == before.followUps);
    redo(window);
    redo(window);
    CHECK(store::RehearsalStore(window.workspace()).ids()->isEmpty());
}

TEST_CASE("A long partner name fits its picker: whole when there is room, elided when not", "[gui][layout]")
{
    const QString ui = GENERATE(QStringLiteral("en"), QStringLiteral("ar"));
    QApplication::setLayoutDirection(QLocale(ui).textDirection());
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto *editor = editorIn<gui::ProtocolEditor>(window, gui::Section::Protocols);
    window.selectFirstRecord();
    auto *picker = editor->findChild<gui::PartnerPicker *>(QStringLiteral("agreeingPartner"));
    int longest = 0;
    for (int i = 0; i < picker->count(); ++i) {
        if (picker->itemText(i).size() > picker->itemText(longest).size())
            longest = i;
    }
    picker->setCurrentIndex(longest);
    const QString name = picker->currentText();
    INFO(name.toStdString());
    CHECK(name.contains(QStringLiteral("(")));  // the Latin form beside the name
    CHECK(picker->toolTip() == name);
    CHECK(picker->shownText() == name);         // the editor's width holds it whole
    picker->setMinimumWidth(0);
    picker->setFixedWidth(160);
    CHECK(picker->shownText() != name);
    CHECK(picker->shownText().endsWith(QChar(0x2026)));
    CHECK(name.startsWith(picker->shownText().chopped(1))); // its beginning, never its end
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
