// The Balances section: the partner x partner matrix on a hand-built ledger, unit and period
// switches, the pair's detail and chart, drill-down to the ledger, and consent actions in the
// ledger entry editor that change the matrix.
#include "testsupport.h"

#include "domain/partner.h"
#include "gui/balances/balancematrixmodel.h"
#include "gui/balances/balancepairdetail.h"
#include "gui/balances/balancepairmodel.h"
#include "gui/balances/balanceperiodpicker.h"
#include "gui/balances/balanceview.h"
#include "gui/ledger/consentdialog.h"
#include "gui/ledger/consentpanel.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/ledger/ledgerfilterbar.h"
#include "gui/app/mainwindow.h"
#include "gui/balances/pairflowchart.h"
#include "gui/sections/sectionpage.h"
#include "gui/app/workbench.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trellis;
using namespace trellis::domain;
using gui::BalanceMatrixModel;
using gui::BalancePeriodPicker;

namespace {

/// A window over a hand-built ledger of three partners; figures are written out in each test.
struct BalanceLedger {
    test::ScratchDir dir;
    std::unique_ptr<gui::MainWindow> window;
    qint64 a = 0, b = 0, c = 0, funds = 0, time = 0;

    BalanceLedger()
    {
        auto ws = store::Workspace::create(dir.path(QStringLiteral("b.trellis")),
                                           {QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("en")});
        REQUIRE(ws.ok());
        a = partner(*ws, QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
        b = partner(*ws, QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
        c = partner(*ws, QStringLiteral("Союз учителей"), QStringLiteral("ru"));
        store::LedgerStore ledger(*ws);
        time = add(ledger, "2026-01-10", a, b, ContributionKind::Time, "10.50", "hours");
        add(ledger, "2026-02-05", b, a, ContributionKind::Time, "4.25", "hours");
        funds = add(ledger, "2026-03-15", a, b, ContributionKind::Funds, "300.00", "EUR"); // awaiting consent
        add(ledger, "2026-04-10", b, a, ContributionKind::Materials, "45.50", "EUR");
        const qint64 twice = add(ledger, "2026-03-30", a, b, ContributionKind::Hosting, "3", "nights");
        REQUIRE(ledger.reverse(twice, BilingualText(QStringLiteral("en"), QStringLiteral("Entered twice")),
                               QDate(2026, 4, 3)).ok());
        add(ledger, "2026-02-14", b, a, ContributionKind::MoralLeadership, "", "");
        // a gives c hours in each of the last three quarters (2025-Q4 to 2026-Q2): a persisting asymmetry.
        add(ledger, "2025-11-01", a, c, ContributionKind::Time, "1", "hours");
        add(ledger, "2026-02-01", a, c, ContributionKind::Time, "2", "hours");
        add(ledger, "2026-05-01", a, c, ContributionKind::Time, "7", "hours");
        window = std::make_unique<gui::MainWindow>(std::move(*ws));
        window->resize(1300, 800);
        window->show();
        window->showSection(gui::Section::Balances);
    }

    static qint64 partner(store::Workspace &ws, const QString &name, const QString &language)
    {
        Partner p;
        p.name = BilingualText(language, name);
        auto id = store::PartnerStore(ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    static qint64 add(store::LedgerStore &ledger, const char *date, qint64 from, qint64 to, ContributionKind kind,
                      const char *amount, const char *unit)
    {
        LedgerEntry e;
        e.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
        e.fromPartnerId = from;
        e.toPartnerId = to;
        e.kind = kind;
        e.status = EntryStatus::Posted;
        if (*unit)
            e.quantity = *Quantity::fromPlainString(QLatin1String(amount), *Unit::parse(QLatin1String(unit)));
        e.narrative = BilingualText(QStringLiteral("en"), e.quantity ? QStringLiteral("Shared work")
                                                                     : QStringLiteral("Public statement of support"));
        auto id = ledger.add(e);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    gui::BalanceView *view() const { return window->balanceView(); }
    BalanceMatrixModel *matrix() const { return view()->matrix(); }
    QModelIndex cell(qint64 from, qint64 to) const
    {
        return matrix()->index(matrix()->indexOfPartner(from), matrix()->indexOfPartner(to));
    }
    QString text(qint64 from, qint64 to) const { return cell(from, to).data().toString(); }
    qint64 amount(qint64 from, qint64 to) const { return cell(from, to).data(BalanceMatrixModel::AmountRole).toLongLong(); }
    gui::LedgerEntryEditor *editor() const
    {
        return qobject_cast<gui::LedgerEntryEditor *>(window->page(gui::Section::Ledger)->editor());
    }
};

QStringList headers(const QAbstractItemModel &model, Qt::Orientation orientation)
{
    QStringList names;
    const int n = orientation == Qt::Horizontal ? model.columnCount() : model.rowCount();
    for (int i = 0; i < n; ++i)
        names << model.headerData(i, orientation).toString();
    return names;
}

} // namespace

TEST_CASE("The balance matrix shows what each partner gave each other, per unit", "[gui][balances]")
{
    BalanceLedger f;
    QAbstractItemModelTester tester(f.matrix(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(f.window->currentSection() == gui::Section::Balances);
    CHECK(f.window->page(gui::Section::Balances) == nullptr);
    // Units that occur, nights gone with their reversal; hours shown first.
    CHECK(f.matrix()->units() == QStringList{QStringLiteral("EUR"), QStringLiteral("hours")});
    CHECK(f.matrix()->unit() == QStringLiteral("hours"));
    CHECK(f.view()->unitPicker()->currentData().toString() == QStringLiteral("hours"));
    // Partners collated by name; rows give, columns receive.
    const QStringList names{QStringLiteral("Colombo Garment Workers"), QStringLiteral("Rede Solidária Recife"),
                            QStringLiteral("Союз учителей")};
    CHECK(headers(*f.matrix(), Qt::Vertical) == names);
    CHECK(headers(*f.matrix(), Qt::Horizontal) == names);
    CHECK(f.amount(f.a, f.b) == 1050);
    CHECK(f.amount(f.b, f.a) == 425);
    CHECK(f.amount(f.a, f.c) == 1000);
    CHECK(f.amount(f.c, f.a) == 0);
    CHECK(f.text(f.a, f.b) == QStringLiteral("10.5 hours"));
    CHECK(f.text(f.b, f.a) == QStringLiteral("4.25 hours"));
    CHECK(f.text(f.a, f.c) == QStringLiteral("10 hours"));
    CHECK(f.text(f.c, f.a).isEmpty());
    CHECK(f.text(f.a, f.a).isEmpty());
    // The pair's asymmetry: |10.50 - 4.25| / 14.75 = 0.4237; a-c is one-way.
    CHECK(f.cell(f.a, f.b).data(BalanceMatrixModel::AsymmetryRole).toDouble() == Approx(625.0 / 1475.0));
    CHECK(f.cell(f.b, f.a).data(BalanceMatrixModel::AsymmetryRole).toDouble() == Approx(625.0 / 1475.0));
    CHECK(f.cell(f.a, f.c).data(BalanceMatrixModel::AsymmetryRole).toDouble() == 1.0);
    CHECK(f.cell(f.a, f.b).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0.4237")));
    // Only a-c persists (one-way in 2025-Q4, 2026-Q1 and 2026-Q2), and only it is tinted.
    CHECK(f.cell(f.a, f.c).data(BalanceMatrixModel::PersistsRole).toBool());
    CHECK(f.cell(f.c, f.a).data(BalanceMatrixModel::PersistsRole).toBool());
    CHECK_FALSE(f.cell(f.a, f.b).data(BalanceMatrixModel::PersistsRole).toBool());
    CHECK(f.cell(f.a, f.c).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(f.cell(f.a, f.b).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("Switching the unit and the period changes the matrix", "[gui][balances]")
{
    BalanceLedger f;
    f.view()->setUnit(QStringLiteral("EUR"));
    CHECK(f.matrix()->unit() == QStringLiteral("EUR"));
    CHECK(f.text(f.b, f.a) == QStringLiteral("€45.50"));
    CHECK(f.amount(f.a, f.b) == 0); // the funds await consent
    CHECK(f.cell(f.a, f.b).data(BalanceMatrixModel::PendingRole).toLongLong() == 30000);
    CHECK(f.cell(f.a, f.b).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Funds awaiting consent: €300.00")));
    CHECK(f.text(f.a, f.c).isEmpty()); // hours are never shown as euros

    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::Month, QDate(2026, 1, 20));
    CHECK(f.matrix()->period().toString() == QStringLiteral("2026-01-01..2026-01-31"));
    CHECK(f.matrix()->units() == QStringList{QStringLiteral("hours")});
    CHECK(f.matrix()->unit() == QStringLiteral("hours")); // EUR has no entries in January
    CHECK(f.matrix()->rowCount() == 2);
    CHECK(f.amount(f.a, f.b) == 1050);
    CHECK(f.text(f.b, f.a).isEmpty());

    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::Quarter, QDate(2026, 5, 5));
    CHECK(f.matrix()->period().toString() == QStringLiteral("2026-04-01..2026-06-30"));
    CHECK(f.matrix()->rowCount() == 3);
    CHECK(f.amount(f.a, f.c) == 700);
    CHECK(f.amount(f.a, f.b) == 0);
    f.view()->setUnit(QStringLiteral("EUR"));
    CHECK(f.amount(f.b, f.a) == 4550);

    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::Range, QDate(2025, 10, 1), QDate(2026, 2, 10));
    f.view()->setUnit(QStringLiteral("hours"));
    CHECK(f.amount(f.a, f.c) == 300);
    CHECK(f.amount(f.b, f.a) == 425);
    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::Year, QDate(2025, 3, 3));
    CHECK(f.amount(f.a, f.c) == 100);
    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::AllTime);
    CHECK(f.matrix()->period().isAllTime());
    CHECK(f.amount(f.a, f.c) == 1000);
}

TEST_CASE("Selecting a cell shows the pair's figures, narratives and flows chart", "[gui][balances]")
{
    BalanceLedger f;
    REQUIRE(f.view()->selectPair(f.a, f.b));
    gui::BalancePairModel *figures = f.view()->detail()->figures();
    QAbstractItemModelTester tester(figures, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(figures->rowCount() == 2);
    auto at = [figures](int row, int column) { return figures->index(row, column).data().toString(); };
    using Column = gui::BalancePairModel::Column;
    CHECK(at(0, Column::Unit) == QStringLiteral("EUR"));
    CHECK(at(0, Column::Given) == QStringLiteral("€0.00"));
    CHECK(at(0, Column::Received) == QStringLiteral("€45.50"));
    CHECK(at(0, Column::Net) == QStringLiteral("-€45.50"));
    CHECK(at(0, Column::Asymmetry) == QStringLiteral("1")); // exact: no digits beyond the last non-zero one
    CHECK(at(0, Column::FundsProposed) == QStringLiteral("€300.00 / €0.00"));
    CHECK(at(0, Column::FundsDisbursed) == QStringLiteral("€0.00 / €0.00"));
    CHECK(at(1, Column::Given) == QStringLiteral("10.5 hours"));
    CHECK(at(1, Column::Received) == QStringLiteral("4.25 hours"));
    CHECK(at(1, Column::Net) == QStringLiteral("6.25 hours"));
    CHECK(at(1, Column::Asymmetry) == QStringLiteral("0.4237"));
    CHECK(at(1, Column::FundsProposed).isEmpty());
    QListWidget *narratives = f.view()->detail()->narratives();
    REQUIRE(narratives->count() == 1);
    CHECK(narratives->item(0)->text().contains(QStringLiteral("Public statement of support")));

    // The chart: per month, one bar set per direction, in hours.
    gui::PairFlowChart *chart = f.view()->detail()->chart();
    CHECK(chart->stepLabels() == QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Feb 2026")});
    REQUIRE(chart->chart()->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    CHECK(bars->barSets().at(0)->label()
          == QStringLiteral("\u200E\u2068Colombo Garment Workers\u2069 → \u2068Rede Solidária Recife\u2069"));
    CHECK(bars->barSets().at(0)->at(0) == 10.5);
    CHECK(bars->barSets().at(0)->at(1) == 0.0);
    CHECK(bars->barSets().at(1)->at(0) == 0.0);
    CHECK(bars->barSets().at(1)->at(1) == 4.25);

    // a-c over seven months (2025-11 to 2026-05), empty months included.
    REQUIRE(f.view()->selectPair(f.a, f.c));
    CHECK(chart->stepLabels().size() == 7);
    bars = qobject_cast<QBarSeries *>(chart->chart()->series().first());
    REQUIRE(bars);
    QList<qreal> given;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i)
        given << bars->barSets().at(0)->at(i);
    CHECK(given == QList<qreal>{1, 0, 0, 2, 0, 0, 7});
    // No flows in the unit: the chart says so instead of drawing nothing.
    f.view()->setUnit(QStringLiteral("EUR"));
    CHECK(chart->chart()->series().isEmpty());
}

TEST_CASE("Drill-down opens the ledger filtered to the pair and period", "[gui][balances]")
{
    BalanceLedger f;
    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::Quarter, QDate(2026, 2, 1));
    REQUIRE(f.view()->selectPair(f.a, f.b));
    QTest::keyClick(f.view()->matrixView(), Qt::Key_Return);
    REQUIRE(f.window->currentSection() == gui::Section::Ledger);
    gui::SectionPage *ledger = f.window->page(gui::Section::Ledger);
    auto *filters = ledger->findChild<gui::LedgerFilterBar *>();
    REQUIRE(filters);
    const store::LedgerFilter filter = filters->filter();
    CHECK(filter.partnerId == f.a);
    CHECK(filter.withPartnerId == f.b);
    CHECK(filter.from == QDate(2026, 1, 1));
    CHECK(filter.to == QDate(2026, 3, 31));
    // a-b entries dated in 2026-Q1: 10.50 h, 4.25 h, the funds, the statement and the reversed
    // nights (their reversal is dated in April); the hours given to c are not between the pair.
    QAbstractItemModel *list = ledger->model();
    CHECK(list->rowCount() == 5);

    // The button does the same for all time.
    f.window->showSection(gui::Section::Balances);
    f.view()->periodPicker()->choose(BalancePeriodPicker::Kind::AllTime);
    REQUIRE(f.view()->selectPair(f.b, f.a));
    f.view()->findChild<QPushButton *>(QStringLiteral("showEntries"))->click();
    CHECK(f.window->currentSection() == gui::Section::Ledger);
    CHECK(filters->filter().partnerId == f.b);
    CHECK(filters->filter().withPartnerId == f.a);
    CHECK_FALSE(filters->filter().from.isValid());
    CHECK(list->rowCount() == 7);

    // Entries recorded while the pair filter stands are listed only when they are between the pair.
    store::LedgerStore store(f.window->workspace());
    const qint64 other = BalanceLedger::add(store, "2026-06-01", f.a, f.c, ContributionKind::Time, "1", "hours");
    Q_EMIT f.window->workbench().recordAdded(gui::Section::Ledger, other);
    CHECK(list->rowCount() == 7);
    const qint64 between = BalanceLedger::add(store, "2026-06-02", f.a, f.b, ContributionKind::Time, "1", "hours");
    Q_EMIT f.window->workbench().recordAdded(gui::Section::Ledger, between);
    CHECK(list->rowCount() == 8);
    // Clearing the other partner from the keyboard: everything b gave or received (all with a).
    auto *with = filters->findChild<QComboBox *>(QStringLiteral("withPartner"));
    REQUIRE(with);
    QTest::keyClick(with, Qt::Key_Home);
    CHECK_FALSE(filters->filter().withPartnerId.has_value());
    CHECK(list->rowCount() == 8);
    // The other partner alone filters like a partner: a's 8 entries with b and 4 with c.
    store::LedgerFilter withA;
    withA.withPartnerId = f.a;
    filters->setFilter(withA);
    CHECK(filters->filter() == withA);
    CHECK(list->rowCount() == 12);
}

TEST_CASE("Approval by both sides disburses funds and the matrix follows, withdrawal is kept", "[gui][balances][consent]")
{
    BalanceLedger f;
    f.view()->setUnit(QStringLiteral("EUR"));
    CHECK(f.amount(f.a, f.b) == 0);
    f.window->openRecord(QStringLiteral("ledger_entry"), f.funds);
    gui::ConsentPanel *consent = f.editor()->consent();
    REQUIRE(consent->isVisible());
    CHECK(consent->stateText() == QStringLiteral("Proposed: no side approves yet."));

    // Approve… through its dialog, from the keyboard.
    QTimer::singleShot(0, [&f] {
        auto *dialog = qobject_cast<gui::ConsentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setSide(f.a);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("consentBy")), QStringLiteral("Treasurer"));
        dialog->setNote(QStringLiteral("Transfer 2026-03-15"));
        dialog->accept();
    });
    consent->findChild<QPushButton *>(QStringLiteral("approve"))->click();
    CHECK(consent->errorText().isEmpty());
    CHECK(consent->stateText() == QStringLiteral("Approved by Colombo Garment Workers; awaiting Rede Solidária Recife."));
    REQUIRE(consent->history()->topLevelItemCount() == 1);
    CHECK(consent->history()->topLevelItem(0)->text(gui::ConsentPanel::Person) == QStringLiteral("Treasurer"));
    CHECK(consent->history()->topLevelItem(0)->text(gui::ConsentPanel::Note) == QStringLiteral("Transfer 2026-03-15"));

    REQUIRE(consent->record(f.b, true, QStringLiteral("Coordinator")).ok());
    CHECK(consent->stateText() == QStringLiteral("Disbursed: both sides approve."));
    f.window->showSection(gui::Section::Balances);
    CHECK(f.amount(f.a, f.b) == 30000);
    CHECK(f.text(f.a, f.b) == QStringLiteral("€300.00"));
    CHECK(f.cell(f.a, f.b).data(BalanceMatrixModel::PendingRole).toLongLong() == 0);

    f.window->openRecord(QStringLiteral("ledger_entry"), f.funds);
    REQUIRE(consent->record(f.b, false, QStringLiteral("Coordinator"), QStringLiteral("Bank returned it")).ok());
    CHECK(consent->stateText().startsWith(QStringLiteral("Withdrawn: Rede Solidária Recife took its approval back")));
    CHECK(consent->history()->topLevelItemCount() == 3); // recorded, not erased
    auto history = store::LedgerStore(f.window->workspace()).consent(f.funds);
    REQUIRE(history.ok());
    CHECK(history->history.size() == 3);
    CHECK_FALSE(history->disbursed());
    f.window->showSection(gui::Section::Balances);
    CHECK(f.amount(f.a, f.b) == 0);
}

TEST_CASE("Consent on the wrong entry or side shows the core's error inline", "[gui][balances][consent][bad-input]")
{
    BalanceLedger f;
    f.window->openRecord(QStringLiteral("ledger_entry"), f.time);
    gui::ConsentPanel *consent = f.editor()->consent();
    CHECK_FALSE(consent->isVisible()); // not a funds entry
    auto refused = consent->record(f.a, true, QStringLiteral("Treasurer"));
    REQUIRE_FALSE(refused.ok());
    CHECK(consent->errorText() == QStringLiteral("Only funds entries need mutual consent"));

    f.window->openRecord(QStringLiteral("ledger_entry"), f.funds);
    REQUIRE(consent->isVisible());
    refused = consent->record(f.c, true, QStringLiteral("Treasurer"));
    REQUIRE_FALSE(refused.ok());
    CHECK(consent->errorText() == QStringLiteral("Only the two partners of a funds entry can approve it"));
    refused = consent->record(f.a, true, QStringLiteral("   "));
    REQUIRE_FALSE(refused.ok());
    CHECK(consent->errorText() == QStringLiteral("Say who gives or withdraws the approval"));
    CHECK(consent->history()->topLevelItemCount() == 0);
    CHECK(store::LedgerStore(f.window->workspace()).consent(f.funds)->history.isEmpty());
}

TEST_CASE("The section key balances opens the balance view with a pair chosen", "[gui][balances]")
{
    CHECK(gui::sectionFromKey(QStringLiteral("balances")) == gui::Section::Balances);
    CHECK(gui::sectionKey(gui::Section::Balances) == QStringLiteral("balances"));
    BalanceLedger f;
    f.window->selectFirstRecord();
    CHECK(f.view()->selectedPair() == qMakePair(f.a, f.b));
    CHECK(f.view()->detail()->chart()->chart()->series().size() == 1);
}
