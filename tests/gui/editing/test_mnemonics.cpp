// Every editor's Alt+letter keys are its own in every UI language: two labels or buttons sharing
// one would make the key jump to the first only (found in the Arabic envoy journey, where "Leaves
// on" and "Fulfils" were both L).
#include "guifixture.h"

#include "gui/app/application.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/recordeditor.h"
#include "gui/reports/reportdialog.h"
#include "gui/sections/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMap>

using namespace trellis;

namespace {

/// The Alt+letter keys of editor's visible labels (those that lead to a field) and buttons, with
/// what each names: more than one name for a key is a clash.
QMap<QKeySequence, QStringList> mnemonics(QWidget *editor)
{
    QMap<QKeySequence, QStringList> keys;
    for (QLabel *label : editor->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(editor))
            if (const QKeySequence key = QKeySequence::mnemonic(label->text()); !key.isEmpty())
                keys[key] << label->text();
    for (QAbstractButton *button : editor->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(editor))
            if (const QKeySequence key = QKeySequence::mnemonic(button->text()); !key.isEmpty())
                keys[key] << button->text();
    return keys;
}

} // namespace

TEST_CASE("No two fields or buttons of an editor share an Alt key, in any UI language", "[gui][translations][keys]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("es"), QStringLiteral("fr"),
                                   QStringLiteral("pt")}) {
        gui::installUiLanguage(*qApp, language);
        test::ScratchDir dir;
        auto created = store::Workspace::create(dir.path(QStringLiteral("m.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
        REQUIRE(created.ok());
        gui::MainWindow window(std::move(*created));
        test::showActive(window);
        for (int s = 0; s < int(gui::Section::Count); ++s) {
            const auto section = gui::Section(s);
            gui::SectionPage *page = window.page(section);
            if (!page || !page->editor())
                continue;
            window.showSection(section);
            window.newRecord();
            const auto keys = mnemonics(page->editor());
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                const QString clash = it.value().join(QStringLiteral(" | ")).replace(u'&', u'_');
                CAPTURE(language, gui::sectionKey(section), it.key().toString(), clash);
                CHECK(it.value().size() == 1);
            }
            page->editor()->cancel();
        }
    }
    gui::installUiLanguage(*qApp, QStringLiteral("en"));
}

TEST_CASE("Every field of the report and archive dialogs has its own Alt key, in any UI language",
          "[gui][translations][keys]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("es"), QStringLiteral("fr"),
                                   QStringLiteral("pt")}) {
        gui::installUiLanguage(*qApp, language);
        test::ScratchDir dir;
        auto created = store::Workspace::create(dir.path(QStringLiteral("m.trellis")), {QStringLiteral("es"), QStringLiteral("fa")});
        REQUIRE(created.ok());
        for (const bool archive : {false, true}) {
            gui::ReportDialog dialog(*created, reports::ReportKind::LedgerReview, archive,
                                     {QStringLiteral("es"), QStringLiteral("fa")});
            test::showActive(dialog);
            int fields = 0;
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (!label->isVisibleTo(&dialog) || label->text().isEmpty() || !label->text().endsWith(u':'))
                    continue;
                CAPTURE(language, archive, label->text().toStdString());
                CHECK(label->buddy() != nullptr);
                CHECK_FALSE(QKeySequence::mnemonic(label->text()).isEmpty());
                ++fields;
            }
            CHECK(fields == (archive ? 3 : 5)); // languages, custodian, folder; or languages, period, partner, format, file
            const auto keys = mnemonics(&dialog);
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                const QString clash = it.value().join(QStringLiteral(" | ")).replace(u'&', u'_');
                CAPTURE(language, archive, it.key().toString(), clash);
                CHECK(it.value().size() == 1);
            }
        }
    }
    gui::installUiLanguage(*qApp, QStringLiteral("en"));
}
