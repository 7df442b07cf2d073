// The side-by-side editors driven as a user would: typing in both columns, switching the pair,
// right-to-left columns, a ledger entry from Ctrl+N to Ctrl+Enter, undo, Correct…, recovery.
#include "guifixture.h"

#include "gui/editing/fieldedit.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/app/mainwindow.h"
#include "gui/partners/partnereditor.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/searchpanel.h"
#include "gui/sections/sectionpage.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace trellis;
using test::typeText;

namespace {

void activate(QWidget &window)
{
    window.resize(1300, 820);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

/// Types any text, also outside ASCII (QTest::keyClicks only knows ASCII keys).
gui::RecordEditor *editorOf(gui::MainWindow &window, gui::Section section)
{
    return window.page(section)->editor();
}

store::Workspace emptyWorkspace(const test::ScratchDir &dir)
{
    auto ws = store::Workspace::create(dir.path(QStringLiteral("e.trellis")),
                                       {QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("ar")});
    REQUIRE(ws.ok());
    return std::move(*ws);
}

} // namespace

TEST_CASE("A new partner is written in both columns and saved with each text's status", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(emptyWorkspace(dir));
    activate(window);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = editorOf(window, gui::Section::Partners);
    REQUIRE(editor->isEditingNew());
    QWidget *faName = editor->view()->firstColumn()->field(QStringLiteral("name"))->editor();
    REQUIRE(QApplication::focusWidget() == faName);
    typeText(faName, QStringLiteral("کانون صنفی معلمان"));
    // The Spanish name is still missing: empty, marked, never a copy of the Persian one.
    gui::FieldEdit *esName = editor->view()->secondColumn()->field(QStringLiteral("name"));
    CHECK(esName->text().isEmpty());
    CHECK(esName->status() == domain::TranslationStatus::Missing);
    CHECK(qobject_cast<QLineEdit *>(esName->editor())->placeholderText().contains(QStringLiteral("translate this")));
    QTest::keyClicks(esName->editor(), QStringLiteral("Sindicato de docentes"));
    CHECK(esName->status() == domain::TranslationStatus::Human);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(editor->message() == QStringLiteral("Saved."));
    REQUIRE(editor->recordId() != 0);
    auto partner = store::PartnerStore(window.workspace()).get(editor->recordId());
    REQUIRE(partner.ok());
    CHECK(partner->name.originalLanguage() == QStringLiteral("fa"));
    CHECK(partner->name.original() == QStringLiteral("کانون صنفی معلمان"));
    CHECK(partner->name.textIn(QStringLiteral("es")) == QStringLiteral("Sindicato de docentes"));
    CHECK(partner->name.statusIn(QStringLiteral("es")) == domain::TranslationStatus::Human);
    CHECK(window.page(gui::Section::Partners)->model()->rowCount() == 1);
}

TEST_CASE("Switching the pair switches every editor, and each column takes its direction", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    window.showSection(gui::Section::Ledger);
    window.selectFirstRecord();
    gui::SideBySideView *view = editorOf(window, gui::Section::Ledger)->view();
    window.setLanguagePair(QStringLiteral("ar"), QStringLiteral("es"));
    CHECK(view->languages() == qMakePair(QStringLiteral("ar"), QStringLiteral("es")));
    CHECK(editorOf(window, gui::Section::Partners)->view()->languages().first == QStringLiteral("ar"));
    gui::TextColumn *arabic = view->firstColumn();
    gui::TextColumn *spanish = view->secondColumn();
    CHECK(arabic->layoutDirection() == Qt::RightToLeft);
    CHECK(spanish->layoutDirection() == Qt::LeftToRight);
    auto *arText = qobject_cast<QPlainTextEdit *>(arabic->field(QStringLiteral("narrative"))->editor());
    auto *esText = qobject_cast<QPlainTextEdit *>(spanish->field(QStringLiteral("narrative"))->editor());
    REQUIRE(arText);
    REQUIRE(esText);
    CHECK(arText->layoutDirection() == Qt::RightToLeft);
    CHECK(arText->document()->defaultTextOption().textDirection() == Qt::RightToLeft);
    CHECK(arText->document()->defaultTextOption().alignment().testFlag(Qt::AlignRight));
    CHECK(esText->document()->defaultTextOption().textDirection() == Qt::LeftToRight);
    CHECK(esText->document()->defaultTextOption().alignment().testFlag(Qt::AlignLeft));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(view->languages() == qMakePair(QStringLiteral("es"), QStringLiteral("ar")));
    CHECK(view->firstColumn()->layoutDirection() == Qt::LeftToRight);
    CHECK(view->secondColumn()->layoutDirection() == Qt::RightToLeft);

    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    auto *date = view->firstColumn()->findChild<QLabel *>(QStringLiteral("date"));
    REQUIRE(date);
    // Persian digits and a Persian month name: the column's own calendar.
    CHECK(std::any_of(date->text().cbegin(), date->text().cend(), [](QChar c) { return c >= QChar(0x06F0) && c <= QChar(0x06F9); }));
    CHECK(date->alignment().testFlag(Qt::AlignRight));
}

TEST_CASE("A ledger entry is recorded from Ctrl+N to Ctrl+Enter without the mouse, and undone", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    store::LedgerStore ledger(window.workspace());
    REQUIRE(*ledger.count() == 600);

    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = editorOf(window, gui::Section::Ledger);
    REQUIRE(editor->isEditingNew());
    REQUIRE((QApplication::focusWidget()->objectName() == QStringLiteral("date") ||
             QApplication::focusWidget()->parentWidget()->objectName() == QStringLiteral("date")));
    auto focusName = [] { QWidget *w = QApplication::focusWidget(); return w ? w->objectName() : QString(); };
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // from
    CHECK(focusName() == QStringLiteral("from"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // kind
    CHECK(focusName() == QStringLiteral("kind"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // quantity
    CHECK(focusName() == QStringLiteral("quantity"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3.5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // unit (hours by default)
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // post
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // narrative, first column (Persian)
    QWidget *narrative = editor->view()->firstColumn()->field(QStringLiteral("narrative"))->editor();
    REQUIRE(QApplication::focusWidget() == narrative);
    typeText(narrative, QStringLiteral("میزبانی"));
    QTest::keyClick(narrative, Qt::Key_Tab); // down the first column, then to the second
    CHECK(QApplication::focusWidget() == editor->view()->secondColumn()->field(QStringLiteral("narrative"))->editor());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(editor->message() == QStringLiteral("Saved."));

    REQUIRE(*ledger.count() == 601);
    const qint64 id = editor->recordId();
    auto entry = ledger.get(id);
    REQUIRE(entry.ok());
    CHECK(entry->quantity->minorUnits == 350);
    CHECK(entry->quantity->unit == domain::Unit::hours());
    CHECK(entry->narrative.originalLanguage() == QStringLiteral("fa"));
    CHECK(entry->narrative.original() == QStringLiteral("میزبانی"));
    CHECK(entry->status == domain::EntryStatus::Draft);
    CHECK(window.page(gui::Section::Ledger)->model()->index(0, 0).data(gui::SectionPage::kIdRole).toLongLong() == id);

    window.page(gui::Section::Ledger)->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(*ledger.count() == 600);
    CHECK_FALSE(ledger.get(id).ok());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(*ledger.count() == 601);
}

TEST_CASE("Core's refusal is shown inline and nothing is saved", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    window.showSection(gui::Section::Ledger);
    window.newRecord();
    auto *editor = editorOf(window, gui::Section::Ledger);
    auto *quantity = editor->findChild<QLineEdit *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("12.345"));
    CHECK_FALSE(editor->save());
    CHECK_FALSE(editor->message().isEmpty());
    CHECK(*store::LedgerStore(window.workspace()).count() == 600);
}

TEST_CASE("Undo restores a partner's previous name, redo brings the edit back", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    window.setLanguagePair(QStringLiteral("es"), QStringLiteral("en"));
    window.showSection(gui::Section::Partners);
    window.selectFirstRecord();
    auto *editor = editorOf(window, gui::Section::Partners);
    const qint64 id = editor->recordId();
    REQUIRE(id != 0);
    const domain::Partner before = *store::PartnerStore(window.workspace()).get(id);
    auto *goals = qobject_cast<QPlainTextEdit *>(editor->view()->secondColumn()->field(QStringLiteral("goals"))->editor());
    goals->setFocus();
    goals->selectAll();
    QTest::keyClicks(goals, QStringLiteral("Shared goals, rewritten"));
    REQUIRE(editor->save());
    CHECK(store::PartnerStore(window.workspace()).get(id)->goals.textIn(QStringLiteral("en")) == QStringLiteral("Shared goals, rewritten"));
    window.page(gui::Section::Partners)->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(store::PartnerStore(window.workspace()).get(id)->goals == before.goals);
    CHECK(goals->toPlainText() == before.goals.textIn(QStringLiteral("en")).value_or(QString()));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(store::PartnerStore(window.workspace()).get(id)->goals.textIn(QStringLiteral("en")) == QStringLiteral("Shared goals, rewritten"));
}

TEST_CASE("Correct… on a posted entry posts its reversal and opens a prefilled new entry", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    store::LedgerFilter posted;
    posted.status = domain::EntryStatus::Posted;
    store::LedgerQuery query(window.workspace(), posted);
    auto rows = query.next(50);
    REQUIRE(rows.ok());
    auto original = std::find_if(rows->cbegin(), rows->cend(), [&](const store::LedgerRow &r) {
        return !r.isReversal && !store::LedgerStore(window.workspace()).reversalOf(r.id)->has_value();
    });
    REQUIRE(original != rows->cend());
    window.openRecord(QStringLiteral("ledger_entry"), original->id);
    auto *editor = qobject_cast<gui::LedgerEntryEditor *>(editorOf(window, gui::Section::Ledger));
    REQUIRE(editor->recordId() == original->id);
    CHECK(editor->isPosted());
    // A posted entry's facts are final; only its narrative's translations can still be saved.
    for (const char *fact : {"date", "from", "to", "kind", "quantity", "unit", "post"}) {
        INFO(fact);
        CHECK_FALSE(editor->findChild<QWidget *>(QLatin1String(fact))->isEnabled());
    }

    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    window.findChild<QAction *>(QStringLiteral("correct"))->trigger();
    auto reversal = store::LedgerStore(window.workspace()).reversalOf(original->id);
    REQUIRE(reversal.ok());
    REQUIRE(reversal->has_value());
    auto r = store::LedgerStore(window.workspace()).get(**reversal);
    CHECK(r->reversesId == original->id);
    CHECK(r->status == domain::EntryStatus::Posted);
    CHECK(editor->isEditingNew());
    CHECK(editor->isDirty());
    CHECK(editor->findChild<QComboBox *>(QStringLiteral("kind"))->currentData().toInt() == int(original->kind));
}

TEST_CASE("Ctrl+F searches every record and opens the chosen one in its section", "[gui][editors]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    activate(window);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(QApplication::focusWidget() == field);
    QTest::keyClicks(field, QStringLiteral("Recife"));
    QTest::keyClick(field, Qt::Key_Return);
    QListWidget *results = window.searchPanel()->results();
    REQUIRE(results->count() > 0);
    window.showSection(gui::Section::Ledger);
    int partnerRow = -1;
    for (int r = 0; r < results->count() && partnerRow < 0; ++r)
        if (results->item(r)->data(Qt::UserRole).toString() == QStringLiteral("partner"))
            partnerRow = r;
    REQUIRE(partnerRow >= 0);
    window.searchPanel()->choose(partnerRow);
    CHECK(window.currentSection() == gui::Section::Partners);
    CHECK(editorOf(window, gui::Section::Partners)->recordId() == results->item(partnerRow)->data(Qt::UserRole + 1).toLongLong());
}

TEST_CASE("Unsaved typing survives a crash as a recovery draft offered on the next start", "[gui][editors]")
{
    test::ScratchDir dir;
    const QString path = test::demoCopy(dir);
    {
        gui::MainWindow window(std::move(store::Workspace::open(path).value()));
        activate(window);
        window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
        window.showSection(gui::Section::Ledger);
        window.newRecord();
        QWidget *narrative = editorOf(window, gui::Section::Ledger)->view()->secondColumn()->field(QStringLiteral("narrative"))->editor();
        QTest::keyClicks(narrative, QStringLiteral("Alojamiento en Recife"));
        QTest::qWait(600); // the recovery file is written shortly after typing stops
        REQUIRE(editorOf(window, gui::Section::Ledger)->isDirty());
        // No save and no close event: the window goes as if the process died here.
    }
    gui::MainWindow next(std::move(store::Workspace::open(path).value()));
    REQUIRE(next.recoverDraft(true));
    CHECK(next.currentSection() == gui::Section::Ledger);
    auto *editor = editorOf(next, gui::Section::Ledger);
    CHECK(editor->isDirty());
    const domain::RecordTexts texts = editor->view()->record();
    CHECK(texts.fields.value(0).text.textIn(QStringLiteral("es")) == QStringLiteral("Alojamiento en Recife"));
}
