// The ledger import wizard: automatic mapping, reading options, the preview's verdicts, confirmed
// partners, stopping half-way, re-import and the rejects file — driven offscreen like a user would.
#include "testsupport.h"

#include "gui/app/application.h"
#include "gui/importwizard/importfilepage.h"
#include "gui/importwizard/importmappingpage.h"
#include "gui/importwizard/importpartnerspage.h"
#include "gui/importwizard/importpreviewmodel.h"
#include "gui/importwizard/importrun.h"
#include "gui/importwizard/importrunpage.h"
#include "gui/importwizard/importsummarypage.h"
#include "gui/importwizard/importwizard.h"
#include "gui/app/mainwindow.h"
#include "gui/sections/sectionpage.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace trellis;
using gui::ImportWizard;

namespace {

/// A workspace with the partners the test files name, and a main window over it.
struct WizardFixture {
    test::ScratchDir dir;
    std::unique_ptr<gui::MainWindow> window;
    qint64 colombo = 0, recife = 0, teachers = 0;

    WizardFixture()
    {
        auto ws = store::Workspace::create(dir.path(QStringLiteral("w.trellis")), {QStringLiteral("en"), QStringLiteral("es")});
        REQUIRE(ws.ok());
        colombo = addPartner(*ws, QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
        recife = addPartner(*ws, QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
        teachers = addPartner(*ws, QStringLiteral("Союз учителей"), QStringLiteral("ru"));
        window = std::make_unique<gui::MainWindow>(std::move(*ws));
        window->show();
    }
    static qint64 addPartner(store::Workspace &ws, const QString &name, const QString &language)
    {
        domain::Partner p;
        p.name = domain::BilingualText(language, name);
        auto id = store::PartnerStore(ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 count(const QString &table)
    {
        auto select = window->workspace().database().prepare(QStringLiteral("SELECT count(*) FROM ") + table);
        REQUIRE(select.ok());
        REQUIRE(*select->step());
        return select->int64(0);
    }
    /// Everything an import may change.
    QString snapshot()
    {
        return QStringLiteral("%1/%2/%3/%4").arg(count(QStringLiteral("ledger_entry"))).arg(count(QStringLiteral("partner")))
            .arg(count(QStringLiteral("ledger_import_key"))).arg(count(QStringLiteral("ledger_chain")));
    }
    ImportWizard *wizard(const QString &csv)
    {
        ImportWizard *w = window->newImportWizard();
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->show();
        w->setFile(csv);
        return w;
    }
    static gui::ImportMappingPage *mapping(ImportWizard *w)
    {
        return static_cast<gui::ImportMappingPage *>(w->page(ImportWizard::MappingPage));
    }
    static gui::ImportPartnersPage *partners(ImportWizard *w)
    {
        return static_cast<gui::ImportPartnersPage *>(w->page(ImportWizard::PartnersPage));
    }
    static gui::ImportRunPage *run(ImportWizard *w) { return static_cast<gui::ImportRunPage *>(w->page(ImportWizard::RunPage)); }
    static gui::ImportSummaryPage *summary(ImportWizard *w)
    {
        return static_cast<gui::ImportSummaryPage *>(w->page(ImportWizard::SummaryPage));
    }
    /// Next through mapping and partners, then the import; waits for it to end.
    static void importFromMapping(ImportWizard *w)
    {
        REQUIRE(w->currentId() == ImportWizard::MappingPage);
        REQUIRE(w->currentPage()->isComplete());
        w->next();
        REQUIRE(w->currentId() == ImportWizard::PartnersPage);
        REQUIRE(w->currentPage()->isComplete());
        w->next();
        REQUIRE(w->currentId() == ImportWizard::RunPage);
        QTRY_VERIFY_WITH_TIMEOUT(!run(w)->isRunning() && w->currentPage()->isComplete(), 60000);
        QTRY_VERIFY(w->currentId() == ImportWizard::SummaryPage || !w->outcome().ok());
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    int ledgerRows() { return window->page(gui::Section::Ledger)->model()->rowCount(); }
};

QString combo(ImportWizard *w, const char *name)
{
    auto *c = w->findChild<QComboBox *>(QLatin1String(name));
    REQUIRE(c);
    return c->currentData().toString();
}

} // namespace

TEST_CASE("Import wizard: a header that names the fields maps itself and every row imports", "[gui][import]")
{
    WizardFixture f;
    CHECK(f.ledgerRows() == 0);
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/clean.csv")));
    REQUIRE(w->currentPage()->isComplete());
    CHECK(w->findChild<QComboBox *>(QStringLiteral("importDelimiter"))->currentData().toInt() == int(','));
    w->next();
    auto *m = f.mapping(w);
    CHECK(m->columnChoice(QStringLiteral("date"))->currentText() == QStringLiteral("DATE"));
    CHECK(m->columnChoice(QStringLiteral("from"))->currentText() == QStringLiteral("From"));
    CHECK(m->columnChoice(QStringLiteral("language"))->currentText() == QStringLiteral("Language"));
    REQUIRE(m->preview()->rowCount() == 6);
    CHECK(m->preview()->countOf(io::ImportRowOutcome::Accepted) == 6);
    const QModelIndex from = m->preview()->index(3, gui::ImportPreviewModel::From);
    CHECK(from.data().toString() == QChar(0x2068) + QStringLiteral("Союз учителей") + QChar(0x2069));
    CHECK(m->preview()->index(1, gui::ImportPreviewModel::Quantity).data().toString() == QStringLiteral("300.00"));
    // "(not in the file)" holds even for a column named after the field: narratives take the first language.
    QComboBox *language = m->columnChoice(QStringLiteral("language"));
    language->setCurrentIndex(0);
    m->updatePreview();
    REQUIRE(m->preview()->rows()[3].values);
    CHECK(m->preview()->rows()[3].values->entry.narrative.originalLanguage() == QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("Language")));
    m->updatePreview();
    CHECK(m->preview()->rows()[3].values->entry.narrative.originalLanguage() == QStringLiteral("ru"));
    WizardFixture::importFromMapping(w);
    CHECK(f.partners(w)->nameCount() == 0);
    REQUIRE(w->outcome().ok());
    CHECK(w->outcome().report.imported == 6);
    CHECK(f.count(QStringLiteral("ledger_entry")) == 6);
    CHECK(f.summary(w)->countsText().contains(QStringLiteral("Imported: 6")));
    CHECK(w->findChild<QLabel *>(QStringLiteral("importIdentity"))->text()
          == QStringLiteral("6 imported + 0 rejected + 0 duplicates = 6 rows read."));
    CHECK_FALSE(w->findChild<QPushButton *>(QStringLiteral("saveRejects"))->isEnabled());
    // The ledger list follows.
    CHECK(f.ledgerRows() == 6);
    delete w;
}

TEST_CASE("Import wizard: re-importing the same file adds nothing", "[gui][import]")
{
    WizardFixture f;
    const QString csv = test::testData(QStringLiteral("ledger/clean.csv"));
    ImportWizard *first = f.wizard(csv);
    first->next();
    WizardFixture::importFromMapping(first);
    REQUIRE(f.count(QStringLiteral("ledger_entry")) == 6);
    const QString before = f.snapshot();
    delete first;

    ImportWizard *again = f.wizard(csv);
    again->next();
    CHECK(f.mapping(again)->preview()->countOf(io::ImportRowOutcome::Duplicate) == 6);
    CHECK(f.mapping(again)->preview()->index(0, gui::ImportPreviewModel::Status).data().toString()
          == QStringLiteral("already imported"));
    WizardFixture::importFromMapping(again);
    const auto &r = again->outcome().report;
    CHECK(r.rowsRead == 6);
    CHECK(r.imported == 0);
    CHECK(r.duplicates == 6);
    CHECK(f.snapshot() == before);
    CHECK(again->findChild<QLabel *>(QStringLiteral("importIdentity"))->text()
          == QStringLiteral("0 imported + 0 rejected + 6 duplicates = 6 rows read."));
    delete again;
}

TEST_CASE("Import wizard: a semicolon file with a BOM and 1.234,50 numbers", "[gui][import]")
{
    WizardFixture f;
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/european.csv")));
    REQUIRE(w->currentPage()->isComplete());
    const auto labels = w->page(ImportWizard::FilePage)->findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(),
                      [](QLabel *l) { return l->text() == QStringLiteral("UTF-8, with a byte-order mark"); }));
    CHECK(std::any_of(labels.cbegin(), labels.cend(),
                      [](QLabel *l) { return l->text() == QStringLiteral("Semicolon ( ; )"); }));
    CHECK(w->findChild<QComboBox *>(QStringLiteral("importDelimiter"))->currentData().toInt() == int(';'));
    CHECK(w->findChild<QComboBox *>(QStringLiteral("importDecimal"))->currentData().toBool());
    // 05/01/2026 fits both orders: the UI locale's own (C: M/d/yy, read as MM/dd/yyyy) is preselected,
    // and the user says what the file means.
    CHECK(combo(w, "importDateFormat") == QStringLiteral("MM/dd/yyyy"));
    auto *dates = w->findChild<QComboBox *>(QStringLiteral("importDateFormat"));
    dates->setCurrentIndex(dates->findData(QStringLiteral("dd/MM/yyyy")));
    w->next();
    auto *m = f.mapping(w);
    REQUIRE(m->preview()->rowCount() == 3);
    CHECK(m->preview()->countOf(io::ImportRowOutcome::Accepted) == 3);
    CHECK(m->preview()->index(0, gui::ImportPreviewModel::Quantity).data().toString()
          == QLocale().toString(1234) + QLocale().decimalPoint() + QStringLiteral("50"));
    CHECK(m->preview()->index(0, gui::ImportPreviewModel::Date).data().toString()
          == QStringLiteral("1/5/2026")); // four-digit years (issue 19)
    WizardFixture::importFromMapping(w);
    CHECK(w->outcome().report.imported == 3);

    auto select = f.window->workspace().database().prepare(
        QStringLiteral("SELECT quantity, unit, occurred_on FROM ledger_entry ORDER BY occurred_on"));
    REQUIRE(select.ok());
    REQUIRE(*select->step());
    CHECK(select->int64(0) == 123450);
    CHECK(select->text(1) == QStringLiteral("EUR"));
    CHECK(select->text(2) == QStringLiteral("2026-01-05"));
    delete w;
}

TEST_CASE("Import wizard: choosing the decimal point for a 1.234,50 file rejects its amounts in the preview", "[gui][import]")
{
    WizardFixture f;
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/european.csv")));
    auto *decimal = w->findChild<QComboBox *>(QStringLiteral("importDecimal"));
    decimal->setCurrentIndex(decimal->findData(false));
    w->next();
    auto *m = f.mapping(w);
    REQUIRE(m->preview()->rowCount() == 3);
    CHECK(m->preview()->rows()[0].outcome == io::ImportRowOutcome::Rejected);
    CHECK(m->preview()->rows()[0].reason.startsWith(QStringLiteral("quantity:")));
    delete w;
}

TEST_CASE("Import wizard: the preview marks a bad row with the core's reason", "[gui][import]")
{
    WizardFixture f;
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/ugly.csv")));
    w->next();
    auto *m = f.mapping(w);
    REQUIRE(m->preview()->rowCount() == 14);
    const auto &rows = m->preview()->rows();
    const auto bad = std::find_if(rows.cbegin(), rows.cend(), [](const auto &r) { return r.line == 8; });
    REQUIRE(bad != rows.cend());
    const int row = int(bad - rows.cbegin());
    CHECK(m->preview()->index(row, gui::ImportPreviewModel::Status).data().toString() == QStringLiteral("rejected"));
    // Shown isolated (U+2068 ... U+2069), so that it keeps its own direction in a right-to-left UI.
    QString reason = m->preview()->index(row, gui::ImportPreviewModel::Reason).data().toString();
    CHECK(reason.startsWith(QChar(0x2068)));
    reason = reason.mid(1).chopped(1);
    CHECK(reason.startsWith(QStringLiteral("date:")));
    CHECK(reason.contains(QStringLiteral("not a real day")));
    CHECK(m->preview()->index(row, gui::ImportPreviewModel::Status).data(Qt::ToolTipRole).toString() == reason);
    CHECK(m->previewView()->model() == m->preview());
    delete w;
}

TEST_CASE("Import wizard: a required field left unmapped stops at the mapping page", "[gui][import]")
{
    WizardFixture f;
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/mapped.csv")));
    w->next();
    auto *m = f.mapping(w);
    CHECK_FALSE(m->isComplete());
    CHECK(m->findChild<QLabel *>(QStringLiteral("importPreviewSummary"))->text().contains(QStringLiteral("date")));
    // Choosing the Spanish columns makes it importable.
    const QStringList spanish{QStringLiteral("Fecha"), QStringLiteral("De"), QStringLiteral("Para"), QStringLiteral("Tipo"),
                              QStringLiteral("Cantidad"), QStringLiteral("Unidad"), QStringLiteral("Descripción"),
                              QStringLiteral("Idioma")};
    const auto fields = io::ledgerImportFields();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox *c = m->columnChoice(fields[i].name);
        c->setCurrentIndex(c->findData(spanish[i]));
    }
    m->updatePreview();
    REQUIRE(m->isComplete());
    CHECK(m->preview()->countOf(io::ImportRowOutcome::Accepted) == 2);
    WizardFixture::importFromMapping(w);
    CHECK(w->outcome().report.imported == 2);
    delete w;
}

TEST_CASE("Import wizard: an unknown partner is created only when confirmed", "[gui][import]")
{
    WizardFixture f;
    const QString csv = f.write(QStringLiteral("unknown.csv"),
                                "date,from,to,kind,quantity,unit,narrative,language\n"
                                "2026-04-01,Nobody Collective,Colombo Garment Workers,time,2,hours,one,es\n"
                                "2026-04-02,NOBODY COLLECTIVE,Rede Solidária Recife,time,3,hours,two,es\n"
                                "2026-04-03,Colombo Garment Workers,Rede Solidária Recife,time,1,hours,three,en\n");
    const qint64 partnersBefore = f.count(QStringLiteral("partner"));
    // Through to the partners page, one choice for the one unknown name, then the import.
    auto importChoosing = [&](qint64 choice) {
        ImportWizard *w = f.wizard(csv);
        w->next();
        w->next();
        auto *p = f.partners(w);
        REQUIRE(p->nameCount() == 1);
        CHECK(p->choice(0)->currentData().toLongLong() == gui::PartnerChoice::kLeaveOut);
        p->choice(0)->setCurrentIndex(p->choice(0)->findData(choice));
        w->next();
        REQUIRE(QTest::qWaitFor([w] { return w->currentId() == ImportWizard::SummaryPage; }, 30000));
        return std::unique_ptr<ImportWizard>(w);
    };

    SECTION("left out: its rows are rejected with a reason that says why, and nothing is created")
    {
        auto w = importChoosing(gui::PartnerChoice::kLeaveOut);
        const auto &r = w->outcome().report;
        CHECK(r.imported == 1);
        CHECK(r.rejected == 2);
        CHECK(r.partnersCreated == 0);
        REQUIRE(r.rejections.size() == 2);
        CHECK(r.rejections[0].reason.contains(QStringLiteral("unknown partner \"Nobody Collective\"")));
        CHECK(r.rejections[0].reason.contains(QStringLiteral("Partners page")));
        CHECK(f.count(QStringLiteral("partner")) == partnersBefore);
    }
    SECTION("confirmed: one partner is created, in the language of its first row, and both rows land")
    {
        const int partnerRows = f.window->page(gui::Section::Partners)->model()->rowCount();
        auto w = importChoosing(gui::PartnerChoice::kCreate);
        const auto &r = w->outcome().report;
        CHECK(r.imported == 3);
        CHECK(r.partnersCreated == 1);
        REQUIRE(w->outcome().createdPartners.size() == 1);
        CHECK(f.count(QStringLiteral("partner")) == partnersBefore + 1);
        auto partner = store::PartnerStore(f.window->workspace()).get(w->outcome().createdPartners.first());
        REQUIRE(partner.ok());
        CHECK(partner->name.original() == QStringLiteral("Nobody Collective"));
        CHECK(partner->name.originalLanguage() == QStringLiteral("es"));
        CHECK(f.window->page(gui::Section::Partners)->model()->rowCount() == partnerRows + 1);
    }
    SECTION("an existing partner chosen for the name takes its rows")
    {
        auto w = importChoosing(f.teachers);
        CHECK(w->outcome().report.imported == 3);
        CHECK(f.count(QStringLiteral("partner")) == partnersBefore);
        CHECK(f.count(QStringLiteral("ledger_entry WHERE from_partner_id = %1").arg(f.teachers)) == 2);
    }
}

TEST_CASE("Import wizard: stopping half-way leaves the workspace exactly as it was", "[gui][import]")
{
    WizardFixture f;
    QByteArray big = "date,from,to,kind,quantity,unit,narrative,language\n";
    for (int i = 0; i < 60000; ++i)
        big += QStringLiteral("2026-01-01,Newcomers %1,Colombo Garment Workers,time,%2,hours,row %3,en\n")
                   .arg(i % 2).arg(1 + i % 7).arg(i).toUtf8();
    const QString csv = f.write(QStringLiteral("big.csv"), big);
    const QString before = f.snapshot();

    auto stopHalfWay = [&](bool viaCancel) {
        ImportWizard *w = f.wizard(csv);
        w->next();
        w->next();
        auto *p = f.partners(w);
        REQUIRE(p->nameCount() == 2);
        p->choice(0)->setCurrentIndex(p->choice(0)->findData(gui::PartnerChoice::kCreate));
        auto *run = f.run(w);
        qint64 seen = 0;
        QObject::connect(run->run(), &gui::ImportRun::progress, w, [&](qint64 rows) {
            if (rows > 0 && seen == 0) {
                seen = rows;
                if (viaCancel)
                    w->reject();
                else
                    run->stop();
            }
        });
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
        QTest::qWait(50); // the finished signal is queued
        CHECK(seen > 0);
        CHECK(seen < 60000);
        CHECK(w->outcome().stopped);
        CHECK_FALSE(w->outcome().ok());
        CHECK(w->isVisible() == !viaCancel);
        CHECK(f.snapshot() == before);
        delete w;
    };
    SECTION("with the Stop button") { stopHalfWay(false); }
    SECTION("with the wizard's Cancel") { stopHalfWay(true); }
}

namespace {

/// Answers the question about rows inside agreed pauses whenever it opens (the import asks it from
/// its worker's end, long after this is called); *text gets what it said, *asked how often it opened.
void answerPausesQuestion(QObject *owner, QMessageBox::StandardButton answer, QString *text, int *asked)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, owner, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("insidePausesQuestion"))
            return;
        *text = box->text() + u'\n' + box->informativeText();
        ++*asked;
        box->button(answer)->click();
    });
    poll->start(20);
}

} // namespace

TEST_CASE("Import wizard: rows dated inside an agreed pause are asked about before anything is saved", "[gui][import][pause]")
{
    gui::installUiLanguage(*qApp, QStringLiteral("en")); // the plurals below are the English ones
    WizardFixture f;
    rhythm::Pause rest;
    rest.partnerA = f.colombo;
    rest.partnerB = f.recife;
    rest.firstDay = QDate(2026, 7, 1);
    rest.lastDay = QDate(2026, 7, 31);
    rest.reason = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Rest after the harvest"));
    rest.consentedByA = QDate(2026, 6, 10);
    rest.consentedByB = QDate(2026, 6, 12);
    REQUIRE(store::PauseStore(f.window->workspace()).add(rest).ok());
    const QString csv = f.write(QStringLiteral("rest.csv"),
                                "date,from,to,kind,quantity,unit\n"
                                "2026-07-02,Colombo Garment Workers,Rede Solidária Recife,time,2,hours\n"
                                "2026-07-30,Rede Solidária Recife,Colombo Garment Workers,time,3,hours\n"
                                "2026-08-02,Rede Solidária Recife,Colombo Garment Workers,time,4,hours\n");
    const QString before = f.snapshot();
    QString question;
    int asked = 0;
    auto importAnswering = [&](QMessageBox::StandardButton answer) {
        ImportWizard *w = f.wizard(csv);
        answerPausesQuestion(w, answer, &question, &asked);
        w->next();
        REQUIRE(f.mapping(w)->preview()->countOf(io::ImportRowOutcome::Accepted) == 3);
        // The preview says which rows the import will ask about.
        CHECK(f.mapping(w)->preview()->index(0, gui::ImportPreviewModel::Status).data().toString()
              == QStringLiteral("ok, inside an agreed pause"));
        CHECK(f.mapping(w)->preview()->index(2, gui::ImportPreviewModel::Status).data().toString() == QStringLiteral("ok"));
        CHECK(w->findChild<QLabel *>(QStringLiteral("importPreviewSummary"))->text()
              == QStringLiteral("First 3 rows: 3 ok, 0 rejected, 0 already imported. 2 of them dated inside an agreed "
                                "pause: the import asks about them first."));
        w->next();
        w->next();
        auto *run = f.run(w);
        REQUIRE(QTest::qWaitFor([&] { return !run->isRunning() && run->isComplete(); }, 30000));
        QTest::qWait(50);
        CHECK(asked == 1);
        CHECK(question.startsWith(QStringLiteral("2 rows of this file are dated inside a pause their partners agreed. "
                                                 "A pause is rest, not abandonment")));
        CHECK(question.contains(QStringLiteral("Colombo Garment Workers")));
        CHECK(question.contains(QStringLiteral("Rede Solidária Recife")));
        CHECK(question.contains(QStringLiteral("(lines 2 and 3)")));
        return std::unique_ptr<ImportWizard>(w);
    };

    SECTION("Record them: every row lands, and the summary says the pause's rows were recorded")
    {
        auto w = importAnswering(QMessageBox::Yes);
        REQUIRE(w->currentId() == ImportWizard::SummaryPage);
        CHECK(w->outcome().report.imported == 3);
        CHECK(f.count(QStringLiteral("ledger_entry")) == 3);
        CHECK(w->findChild<QLabel *>(QStringLiteral("importIdentity"))->text()
              == QStringLiteral("3 imported + 0 rejected + 0 duplicates = 3 rows read. The 2 rows dated inside an "
                                "agreed pause were recorded, as you chose."));
    }
    SECTION("Leave them out: only the row after the pause lands")
    {
        auto w = importAnswering(QMessageBox::No);
        REQUIRE(w->currentId() == ImportWizard::SummaryPage);
        CHECK(w->outcome().report.imported == 1);
        CHECK(w->outcome().report.leftOut == 2);
        CHECK(f.count(QStringLiteral("ledger_entry WHERE occurred_on = '2026-08-02'")) == 1);
        CHECK(f.count(QStringLiteral("ledger_entry")) == 1);
        CHECK(w->findChild<QLabel *>(QStringLiteral("importIdentity"))->text()
              == QStringLiteral("1 imported + 0 rejected + 0 duplicates + 2 left out = 3 rows read. The 2 rows dated "
                                "inside an agreed pause were left out, as you chose."));
    }
    SECTION("Cancel: nothing is saved, and the page says why and what to do (found in the Arabic walkthrough: it said "
            "'go back' on a page with no Back)")
    {
        auto w = importAnswering(QMessageBox::Cancel);
        CHECK(w->currentId() == ImportWizard::RunPage);
        CHECK_FALSE(w->outcome().ok());
        CHECK(f.snapshot() == before);
        CHECK(w->findChild<QLabel *>(QStringLiteral("importRunStatus"))->text().startsWith(
            QStringLiteral("Nothing was saved: 2 rows are dated inside an agreed pause. Import the file again to "
                           "record them or leave them out.")));
        QAbstractButton *back = w->button(QWizard::BackButton);
        CHECK_FALSE((back->isVisible() && back->isEnabled())); // the partners page commits: no way back
    }
}

TEST_CASE("Import wizard: the rejects file has line numbers, reasons and the original text", "[gui][import]")
{
    WizardFixture f;
    ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/ugly.csv")));
    w->next();
    WizardFixture::importFromMapping(w);
    const auto &r = w->outcome().report;
    CHECK(r.rowsRead == r.imported + r.rejected + r.duplicates);
    CHECK(r.rejected > 5);
    CHECK(w->findChild<QPushButton *>(QStringLiteral("saveRejects"))->isEnabled());
    const QString path = f.dir.path(QStringLiteral("rejects.csv"));
    REQUIRE(f.summary(w)->saveRejects(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("line,reason,raw\r\n")));
    CHECK(text.contains(QStringLiteral("8,date: ")));
    CHECK(text.contains(QStringLiteral("2026-02-30,Colombo Garment Workers")));
    CHECK(text.contains(QStringLiteral("3,\"from: unknown partner \"\"Nobody Collective\"\"")));
    CHECK(text.count(QStringLiteral("\r\n")) >= r.rejected + 1);
    delete w;
}

TEST_CASE("Import wizard: File > Import ledger from CSV… has Ctrl+Shift+I", "[gui][import]")
{
    WizardFixture f;
    auto *action = f.window->findChild<QAction *>(QStringLiteral("importLedger"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
}

TEST_CASE("Import wizard: the mapping page with its preview, grabbed in English and Arabic", "[gui][import][grab]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    const QString out = qEnvironmentVariable("TRELLIS_GRAB_DIR");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        gui::installUiLanguage(*app, language);
        WizardFixture f;
        ImportWizard *w = f.wizard(test::testData(QStringLiteral("ledger/ugly.csv")));
        CHECK(w->layoutDirection() == (language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight));
        w->resize(1100, 700);
        auto grab = [&](const QString &name) {
            QTest::qWait(20);
            const QImage image = w->grab().toImage();
            CHECK(image.width() >= 1000);
            if (!out.isEmpty())
                CHECK(image.save(QDir(out).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
        };
        grab(QStringLiteral("import-file"));
        w->next();
        grab(QStringLiteral("import-wizard"));
        w->next();
        grab(QStringLiteral("import-partners"));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->currentId() == ImportWizard::SummaryPage, 30000);
        grab(QStringLiteral("import-summary"));
        delete w;
    }
    gui::installUiLanguage(*app, QStringLiteral("en"));
}
