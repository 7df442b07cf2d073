// A whole retro run by keyboard alone in the facilitation window, then read back with SQL:
// exactly what was entered, and no author of the anonymous answers anywhere in the file.
#include "retrofixture.h"

#include "domain/retro.h"
#include "gui/app/recoverydraft.h"
#include "gui/facilitation/facilitationwindow.h"
#include "gui/facilitation/phasepanel.h"
#include "gui/facilitation/retrosession.h"
#include "store/retrostore.h"
#include "store/statement.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>

using namespace trellis;
using domain::RetroPhase;
using test::focused;
using test::kTehran;
using test::kTierra;
using test::newRetro;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

/// Types text into the focused widget, in any script.
void typeText(const QString &text)
{
    test::typeText(focused(), text);
}

/// Picks a combo box entry by keyboard: focus it with its mnemonic, then Home and Down n times.
void choose(Qt::Key mnemonic, int n)
{
    press(mnemonic, Qt::AltModifier);
    REQUIRE(qobject_cast<QComboBox *>(focused()));
    press(Qt::Key_Home);
    for (int i = 0; i < n; ++i)
        press(Qt::Key_Down);
}

QList<QStringList> rows(store::Workspace &ws, const QString &sql)
{
    auto s = ws.database().prepare(sql);
    REQUIRE(s.ok());
    QList<QStringList> out;
    for (;;) {
        auto row = s->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        QStringList cells;
        for (int i = 0; i < s->columnCount(); ++i)
            cells.append(s->isNull(i) ? QStringLiteral("<null>") : s->text(i));
        out.append(cells);
    }
    return out;
}

} // namespace

TEST_CASE("A whole retro runs by keyboard alone and the file keeps no author of its anonymous answers", "[gui][facilitation]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    ws.setAuthor(QStringLiteral("Facilitator Mina"));
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId);
    REQUIRE(window.openError().isEmpty());
    test::showActive(window);
    auto *message = window.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message);
    CHECK(window.phase() == RetroPhase::CheckIn);

    // Check-in: the previous retro's open action carried over, a local update from each partner.
    auto *reviews = window.findChild<QListWidget *>(QStringLiteral("reviews"));
    REQUIRE(reviews->count() == 1);
    CHECK(focused() == reviews);
    press(Qt::Key_2, Qt::ControlModifier);
    choose(Qt::Key_P, 0);
    choose(Qt::Key_L, 0);
    press(Qt::Key_U, Qt::AltModifier);
    typeText(QStringLiteral("اعتصاب معلمان ادامه دارد"));
    press(Qt::Key_Return);
    choose(Qt::Key_P, 1);
    choose(Qt::Key_L, 1);
    press(Qt::Key_U, Qt::AltModifier);
    typeText(QStringLiteral("La asamblea votó la huelga"));
    press(Qt::Key_Return);
    REQUIRE(window.session().run().localUpdates.size() == 2);

    // Write: five answers, two of them anonymous, in Persian and Spanish.
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Write);
    struct Typed {
        Qt::Key question;
        int author; // 0 Tehran, 1 Tierra, 2 anonymous
        int language; // 0 fa, 1 es
        QString text;
    };
    const QList<Typed> answers = {
        {Qt::Key_1, 0, 0, QStringLiteral("ترجمه‌ها همیشه با ما بود")},
        {Qt::Key_1, 2, 1, QStringLiteral("Nadie preguntó por el cansancio")},
        {Qt::Key_2, 1, 1, QStringLiteral("La vigilia compartida nos cambió")},
        {Qt::Key_2, 2, 0, QStringLiteral("صدای ما شنیده شد")},
        {Qt::Key_3, 1, 1, QStringLiteral("El riesgo de la huelga conjunta")},
    };
    for (const Typed &a : answers) {
        press(a.question, Qt::AltModifier);
        choose(Qt::Key_A, a.author);
        choose(Qt::Key_L, a.language);
        press(Qt::Key_N, Qt::AltModifier);
        typeText(a.text);
        press(Qt::Key_Return);
    }
    REQUIRE(window.session().run().retro.answers.size() == 5);
    // The room sees how many answers there are, never their text, while writing.
    CHECK_FALSE(window.panel(RetroPhase::Write)->roomHtml().contains(QStringLiteral("cansancio")));
    // An anonymous answer being typed is kept as a draft that says nothing of who types it.
    choose(Qt::Key_A, 2);
    press(Qt::Key_N, Qt::AltModifier);
    typeText(QStringLiteral("Borrador sin nombre"));
    const QString draftPath = gui::RecoveryDraft(ws.path() + QStringLiteral("#retro-%1").arg(retroId)).path();
    auto readDraft = [&] {
        QFile f(draftPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    CHECK(readDraft().contains("Borrador sin nombre"));
    CHECK(readDraft().contains("\"anonymous\":true"));
    CHECK_FALSE(readDraft().contains("\"author\""));

    // Reveal: translate the first answer into Spanish in place.
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Reveal);
    press(Qt::Key_T, Qt::ControlModifier);
    typeText(QStringLiteral("Las traducciones siempre nos tocaban"));
    press(Qt::Key_Return);
    CHECK(window.session().run().retro.answers.first().text.textIn(QStringLiteral("es"))
          == QStringLiteral("Las traducciones siempre nos tocaban"));

    // Group: the first two answers into a theme tagged "translation".
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Group);
    press(Qt::Key_Home);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Tab);
    typeText(QStringLiteral("translation"));
    press(Qt::Key_G, Qt::ControlModifier);
    REQUIRE(window.session().run().themes.size() == 1);
    CHECK(window.session().run().themes.first().tags == QStringList{QStringLiteral("translation")});

    // Vote: Tehran gives 2 to the first answer (a third there is refused), 1 to the second, and
    // a fourth vote anywhere is refused; Tierra gives 1 to the third answer.
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Vote);
    choose(Qt::Key_V, 0);
    press(Qt::Key_Tab);
    press(Qt::Key_Home);
    press(Qt::Key_Plus);
    press(Qt::Key_Plus);
    press(Qt::Key_Plus);
    CHECK(message->text().contains(QStringLiteral("at most 2")));
    press(Qt::Key_Down);
    press(Qt::Key_Plus);
    press(Qt::Key_Down);
    press(Qt::Key_Plus);
    CHECK(message->text().contains(QStringLiteral("all 3")));
    choose(Qt::Key_V, 1);
    press(Qt::Key_Tab);
    press(Qt::Key_Home);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Plus);
    // Tallies stay hidden from the room until the vote closes.
    CHECK_FALSE(window.panel(RetroPhase::Vote)->roomHtml().contains(QStringLiteral("<b>2 vote")));
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(window.session().run().settings.voteClosed);
    CHECK(window.panel(RetroPhase::Vote)->roomHtml().contains(QStringLiteral("<b>2 vote")));

    // Discuss: a note on the top item (the theme, 3 votes).
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Discuss);
    press(Qt::Key_Tab);
    typeText(QStringLiteral("تناوب ماهانه"));
    press(Qt::Key_Return);
    CHECK(window.session().run().themeNotes.size() == 1);

    // Actions: one typed in Persian, one in both languages for Tierra.
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Actions);
    typeText(QStringLiteral("ترجمه را ماهانه بچرخانیم"));
    press(Qt::Key_Return, Qt::ControlModifier);
    choose(Qt::Key_O, 1);
    press(Qt::Key_A, Qt::AltModifier);
    typeText(QStringLiteral("نوشتن صورتجلسه"));
    press(Qt::Key_B, Qt::AltModifier);
    typeText(QStringLiteral("Escribir el acta"));
    press(Qt::Key_Return, Qt::ControlModifier);
    // Two new actions and the one carried over at check-in.
    REQUIRE(window.session().run().retro.actions.size() == 3);

    // Close and publish (the question about missing translations answered Yes).
    press(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.phase() == RetroPhase::Close);
    bool asked = false;
    test::answerNextDialog(QMessageBox::Yes, &asked);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(asked);
    CHECK_FALSE(window.session().run().retro.publishedAt.isEmpty());

    // What the file holds, read with SQL.
    const auto answerRows = rows(ws, QStringLiteral(
        "SELECT a.question, coalesce(a.author_partner_id, 'none'), a.author, v.lang, v.body, a.votes "
        "FROM retro_answer a JOIN bitext_version v ON v.text_id = a.text_id AND v.status = 'original' "
        "WHERE a.retro_id = %1 ORDER BY a.position").arg(retroId));
    REQUIRE(answerRows.size() == 5);
    CHECK(answerRows.at(0) == QStringList{QStringLiteral("extractive"), QStringLiteral("1"), QStringLiteral("Facilitator Mina"),
                                          QStringLiteral("fa"), answers.at(0).text, QStringLiteral("2")});
    CHECK(answerRows.at(1) == QStringList{QStringLiteral("extractive"), QStringLiteral("none"), QString(),
                                          QStringLiteral("es"), answers.at(1).text, QStringLiteral("1")});
    CHECK(answerRows.at(2) == QStringList{QStringLiteral("transformative"), QStringLiteral("2"), QStringLiteral("Facilitator Mina"),
                                          QStringLiteral("es"), answers.at(2).text, QStringLiteral("1")});
    CHECK(answerRows.at(3) == QStringList{QStringLiteral("transformative"), QStringLiteral("none"), QString(),
                                          QStringLiteral("fa"), answers.at(3).text, QStringLiteral("0")});
    CHECK(answerRows.at(4) == QStringList{QStringLiteral("shared_risk"), QStringLiteral("2"), QStringLiteral("Facilitator Mina"),
                                          QStringLiteral("es"), answers.at(4).text, QStringLiteral("0")});
    CHECK(rows(ws, QStringLiteral("SELECT sum(count) FROM retro_vote v JOIN retro_answer a ON a.id = v.answer_id "
                                  "WHERE a.retro_id = %1").arg(retroId)) == QList<QStringList>{{QStringLiteral("4")}});
    CHECK(rows(ws, QStringLiteral("SELECT count(*) FROM retro_action WHERE retro_id = %1").arg(retroId))
          == QList<QStringList>{{QStringLiteral("3")}});
    CHECK(rows(ws, QStringLiteral("SELECT outcome FROM retro_action_review WHERE retro_id = %1").arg(retroId))
          == QList<QStringList>{{QStringLiteral("carried_over")}});

    // No row anywhere that mentions an anonymous answer (its id, UUID or text) names a partner or
    // the local author: every table of the file is read cell by cell.
    const auto anonymous = rows(ws, QStringLiteral(
        "SELECT id, uuid, text_id FROM retro_answer WHERE retro_id = %1 AND author_partner_id IS NULL").arg(retroId));
    REQUIRE(anonymous.size() == 2);
    QStringList marks;
    for (const QStringList &a : anonymous) {
        marks << a.at(1);
        for (const QStringList &v : rows(ws, QStringLiteral("SELECT id FROM bitext_version WHERE text_id = %1").arg(a.at(2))))
            marks << v.first();
    }
    const auto tables = rows(ws, QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'"));
    int rowsSeen = 0;
    for (const QStringList &t : tables) {
        auto s = ws.database().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(t.first()));
        REQUIRE(s.ok());
        QStringList columns;
        for (;;) {
            auto row = s->step();
            REQUIRE(row.ok());
            if (!*row)
                break;
            ++rowsSeen;
            QStringList cells;
            for (int i = 0; i < s->columnCount(); ++i)
                cells << s->text(i);
            bool mentions = false;
            for (const QString &cell : std::as_const(cells))
                mentions = mentions || marks.contains(cell);
            for (const QStringList &a : anonymous) {
                if (t.first() == QLatin1String("retro_answer") && cells.first() == a.first())
                    mentions = true;
                if (t.first() == QLatin1String("bitext") && cells.first() == a.at(2))
                    mentions = true;
            }
            if (!mentions)
                continue;
            INFO(t.first().toStdString() << ": " << cells.join(QStringLiteral(" | ")).toStdString());
            CHECK_FALSE(cells.contains(QStringLiteral("Facilitator Mina")));
            if (t.first() == QLatin1String("retro_answer"))
                CHECK(s->isNull(4)); // author_partner_id
        }
    }
    CHECK(rowsSeen > 100);
    // Moving through the phases kept what was being typed in Write.
    CHECK(window.panel(RetroPhase::Write)->draft().value(QStringLiteral("text")).toString() == QStringLiteral("Borrador sin nombre"));
    CHECK(readDraft().contains("Borrador sin nombre"));
}
