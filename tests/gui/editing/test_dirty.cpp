// An editor is dirty only after the user changed something: loading records of every kind,
// switching records and the language pair, moving through the fields, in an English and an
// Arabic (right-to-left) UI, never ask "save changes?" on close.
#include "guifixture.h"

#include "gui/editing/fieldedit.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/sectionpage.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QPlainTextEdit>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace trellis;

namespace {

/// The UI language for one test: the locale and the layout direction, restored afterwards.
class UiLanguage {
public:
    explicit UiLanguage(const QString &tag)
    {
        QLocale::setDefault(QLocale(tag));
        QApplication::setLayoutDirection(QLocale(tag).textDirection());
    }
    ~UiLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QStringList dirtyEditors(gui::MainWindow &window)
{
    QStringList dirty;
    for (int s = 0; s < int(gui::Section::Count); ++s) {
        const gui::SectionPage *page = window.page(gui::Section(s));
        if (page && page->editor()->isDirty())
            dirty << gui::sectionKey(gui::Section(s));
    }
    return dirty;
}

/// Focus moves into and out of every fact and text of the editor, as Tab and clicks do.
void visitFields(gui::RecordEditor *editor)
{
    const QList<QWidget *> widgets = editor->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
        }
    }
}

/// The child of type T whose accessible name is name.
template <typename T>
T *named(QWidget *parent, const QString &name)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    FAIL("no widget named " << name.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Showing, switching and leaving records never makes an editor dirty", "[gui][dirty]")
{
    const QString ui = GENERATE(QStringLiteral("en"), QStringLiteral("ar"));
    INFO("UI language " << ui.toStdString());
    const UiLanguage language(ui);
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    const QList<QPair<QString, QString>> pairs = {{QStringLiteral("fa"), QStringLiteral("es")},
                                                  {QStringLiteral("ar"), QStringLiteral("en")},
                                                  {QStringLiteral("es"), QStringLiteral("fa")}};
    for (const auto &[first, second] : pairs) {
        window.setLanguagePair(first, second);
        for (int s = 0; s < int(gui::Section::Count); ++s) {
            const auto section = gui::Section(s);
            window.showSection(section);
            gui::SectionPage *page = window.page(section);
            if (!page)
                continue; // Balances: a view of the ledger, no editor
            const int rows = std::min(page->model()->rowCount(), 4);
            for (int row = 0; row < rows; ++row) {
                INFO(gui::sectionKey(section).toStdString() << " row " << row << " pair " << first.toStdString()
                                                            << "/" << second.toStdString());
                page->list()->setFocus();
                page->list()->setCurrentIndex(page->model()->index(row, 0));
                QApplication::processEvents();
                REQUIRE(page->editor()->recordId() != 0);
                CHECK(dirtyEditors(window).isEmpty());
                visitFields(page->editor());
                CHECK(dirtyEditors(window).isEmpty());
            }
        }
        window.swapLanguagePair();
        QApplication::processEvents();
        CHECK(dirtyEditors(window).isEmpty());
    }
    // A new record left untouched is not a change either.
    window.showSection(gui::Section::Incidents);
    window.newRecord();
    visitFields(window.page(gui::Section::Incidents)->editor());
    CHECK(dirtyEditors(window).isEmpty());

    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    CHECK(window.close());
    CHECK_FALSE(asked);
}


TEST_CASE("A wheel turned over the fields scrolls past them and changes nothing", "[gui][dirty]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    for (int s = 0; s < int(gui::Section::Count); ++s) {
        const auto section = gui::Section(s);
        if (!window.page(section))
            continue; // Balances: a view of the ledger, no editor
        window.showSection(section);
        window.selectFirstRecord();
        gui::RecordEditor *editor = window.page(section)->editor();
        const QJsonObject before = editor->draft();
        int turned = 0;
        for (QWidget *w : editor->findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)))
                continue;
            INFO(gui::sectionKey(section).toStdString() << ": " << w->accessibleName().toStdString());
            window.page(section)->list()->setFocus();
            for (const int delta : {-120, 120, -120}) {
                QWheelEvent wheel(QPointF(4, 4), w->mapToGlobal(QPointF(4, 4)), QPoint(), QPoint(0, delta), Qt::NoButton,
                                  Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(w, &wheel);
            }
            ++turned;
            CHECK_FALSE(editor->isDirty());
        }
        CHECK(turned > 0);
        CHECK(editor->draft() == before);
    }
    // With the focus in it, the wheel is the user's choice and does change the value.
    window.showSection(gui::Section::Partners);
    window.selectFirstRecord();
    gui::RecordEditor *partner = window.page(gui::Section::Partners)->editor();
    auto *kind = named<QComboBox>(partner, QStringLiteral("Kind of partner"));
    kind->setFocus();
    const int index = kind->currentIndex();
    QWheelEvent wheel(QPointF(4, 4), kind->mapToGlobal(QPointF(4, 4)), QPoint(), QPoint(0, index == 0 ? -120 : 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(kind, &wheel);
    CHECK(kind->currentIndex() != index);
    CHECK(partner->isDirty());
}

TEST_CASE("An edit put back leaves the editor clean again", "[gui][dirty]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    window.setLanguagePair(QStringLiteral("fa"), QStringLiteral("es"));
    window.showSection(gui::Section::Partners);
    window.selectFirstRecord();
    gui::RecordEditor *editor = window.page(gui::Section::Partners)->editor();
    QList<bool> seen;
    QObject::connect(editor, &gui::RecordEditor::dirtyChanged, editor, [&seen](bool dirty) { seen << dirty; });
    auto *country = named<QLineEdit>(editor, QStringLiteral("Country"));
    country->setFocus();
    country->end(false);
    QTest::keyClick(country, Qt::Key_Backspace);
    CHECK(editor->isDirty());
    // Undo in the field itself types the letter back: the same country as loaded.
    QTest::keyClick(country, Qt::Key_Z, Qt::ControlModifier);
    CHECK(country->text().size() == 2);
    CHECK_FALSE(editor->isDirty());
    CHECK(seen == QList<bool>{true, false});

    // The same on a retro: a vote up and down again, a language re-chosen as it was.
    window.showSection(gui::Section::Retros);
    window.selectFirstRecord();
    gui::RecordEditor *retro = window.page(gui::Section::Retros)->editor();
    auto *votes = retro->findChild<QSpinBox *>(QStringLiteral("votes1"));
    votes->setFocus();
    QTest::keyClick(votes, Qt::Key_Up);
    CHECK(retro->isDirty());
    QTest::keyClick(votes, Qt::Key_Down);
    CHECK_FALSE(retro->isDirty());
    auto *languageA = retro->findChild<QComboBox *>(QStringLiteral("retroLanguageA"));
    Q_EMIT languageA->activated(languageA->currentIndex());
    CHECK_FALSE(retro->isDirty());

    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    CHECK(window.close());
    CHECK_FALSE(asked);
}

TEST_CASE("Saving a record that moves or leaves its list asks nothing and keeps it selected", "[gui][dirty]")
{
    test::ScratchDir dir;
    gui::MainWindow window(test::openDemo(dir));
    test::showActive(window);
    auto currentId = [&window](gui::Section section) {
        QApplication::processEvents(); // the row is selected again once the list's update is complete
        return window.page(section)->list()->currentIndex().data(gui::SectionPage::kIdRole).toLongLong();
    };

    // A protocol saved again becomes a new version: the old version's row leaves the list.
    window.showSection(gui::Section::Protocols);
    gui::SectionPage *protocols = window.page(gui::Section::Protocols);
    protocols->list()->setCurrentIndex(protocols->model()->index(0, 0));
    gui::RecordEditor *protocol = protocols->editor();
    const qint64 firstVersion = protocol->recordId();
    REQUIRE(firstVersion != 0);
    auto *roles = qobject_cast<QPlainTextEdit *>(protocol->view()->firstColumn()->field(QStringLiteral("roles"))->editor());
    roles->setFocus();
    QTest::keyClicks(roles, QStringLiteral(" and a timekeeper"));
    bool asked = false;
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    REQUIRE(protocol->save());
    CHECK_FALSE(asked);
    CHECK(protocol->recordId() != firstVersion);
    CHECK(currentId(gui::Section::Protocols) == protocol->recordId());
    CHECK_FALSE(protocol->isDirty());

    // An incident whose date moves it below the others in the newest-first list.
    window.showSection(gui::Section::Incidents);
    gui::SectionPage *incidents = window.page(gui::Section::Incidents);
    window.newRecord();
    auto *summary = qobject_cast<QPlainTextEdit *>(incidents->editor()->view()->firstColumn()->field(QStringLiteral("summary"))->editor());
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("A newer incident"));
    REQUIRE(incidents->editor()->save());
    const qint64 newer = incidents->editor()->recordId();
    REQUIRE(currentId(gui::Section::Incidents) == newer);
    REQUIRE(incidents->list()->currentIndex().row() == 0);
    auto *date = named<gui::DateField>(incidents->editor(), QStringLiteral("Occurred on"));
    date->setDate(QDate(2020, 1, 1));
    REQUIRE(incidents->editor()->isDirty());
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    REQUIRE(incidents->editor()->save());
    CHECK_FALSE(asked);
    CHECK(incidents->editor()->recordId() == newer);
    CHECK(currentId(gui::Section::Incidents) == newer);
    CHECK(incidents->list()->currentIndex().row() == 1);

    // Undo moves it back to the top while another incident is being edited: that edit stays put.
    incidents->list()->setCurrentIndex(incidents->model()->index(0, 0));
    const qint64 other = incidents->editor()->recordId();
    REQUIRE(other != newer);
    incidents->list()->setFocus();
    test::answerNextDialog(QMessageBox::Cancel, &asked);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(asked);
    CHECK(incidents->editor()->recordId() == other);
    CHECK(currentId(gui::Section::Incidents) == other);
}
