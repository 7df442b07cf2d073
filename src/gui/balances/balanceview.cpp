#include "gui/balances/balanceview.h"

#include "gui/balances/balancematrixmodel.h"
#include "gui/balances/balancepairdetail.h"
#include "gui/balances/balanceperiodpicker.h"
#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"
#include "gui/sections/section.h"
#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/pairflows.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::gui {
namespace {

QString legendText()
{
    const QPalette palette = QGuiApplication::palette();
    auto swatch = [&palette](double asymmetry) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            .arg(BalanceMatrixModel::tint(asymmetry, palette).name());
    };
    auto index = [](qint64 ten_thousandths) { return formatAsymmetry(store::Asymmetry{ten_thousandths, 10000}); };
    return BalanceView::tr("Rows gave, columns received. Tinted: the pair's asymmetry persists — one side gave at "
                           "least three times what it received in each of the last %n quarters.", nullptr,
                           store::kPersistQuarters)
        + QStringLiteral("<br>") + swatch(0.5) + u' ' + index(5000) + QStringLiteral(" &nbsp; ") + swatch(0.75) + u' '
        + index(7500) + QStringLiteral(" &nbsp; ") + swatch(1.0) + u' ' + index(10000) + QStringLiteral(" &nbsp; ")
        + BalanceView::tr("(asymmetry |given − received| / (given + received))");
}

} // namespace

BalanceView::BalanceView(Workbench &workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("page_") + sectionKey(Section::Balances));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(sectionLabel(Section::Balances), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_period = new BalancePeriodPicker(this);
    auto *periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_period->findChild<QComboBox *>(QStringLiteral("periodKind")));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("balanceUnit"));
    m_unit->setAccessibleName(tr("Unit of the matrix"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    m_entries = new QPushButton(tr("&Show entries"), this);
    m_entries->setObjectName(QStringLiteral("showEntries"));
    m_entries->setToolTip(tr("Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addStretch(1);
    bar->addWidget(m_entries);

    m_matrix = new BalanceMatrixModel(workbench.workspace(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("balanceMatrix"));
    m_table->setAccessibleName(tr("Balance matrix: rows gave, columns received"));
    m_table->setModel(m_matrix);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Column headers wrap partner names onto up to three lines.
    m_table->horizontalHeader()->setDefaultSectionSize(112);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_table->horizontalHeader()->setFixedHeight(m_table->fontMetrics().lineSpacing() * 3 + 8);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Room for a long name in any script (a name over ~40 letters elides, whole in the tooltip).
    m_table->verticalHeader()->setMaximumWidth(m_table->fontMetrics().averageCharWidth() * 40);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_legend = new QLabel(legendText(), this);
    m_legend->setObjectName(QStringLiteral("balanceLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("balanceStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_legend);
    m_detail = new BalancePairDetail(workbench.workspace(), [this](qint64 id) { return m_matrix->partnerName(id); }, this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_period, &BalancePeriodPicker::periodChanged, this, [this](const store::Period &p) {
        m_matrix->setPeriod(p);
        fillUnits();
        showSelectedPair();
    });
    connect(m_unit, &QComboBox::activated, this, [this] { setUnit(m_unit->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BalanceView::showSelectedPair);
    connect(m_table, &QTableView::activated, this, &BalanceView::showEntries);
    connect(m_entries, &QPushButton::clicked, this, &BalanceView::showEntries);
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved})
        connect(&workbench, signal, this, [this](Section s) {
            if (s == Section::Ledger || s == Section::Partners)
                ledgerChanged();
        });
    if (SharedFile *shared = SharedFile::of(workbench))
        connect(shared, &SharedFile::changedElsewhere, this, &BalanceView::ledgerChanged);
    m_stale = true; // read when first shown
    m_entries->setEnabled(false);
}

void BalanceView::setLanguages(const QString &first, const QString &second)
{
    const QString ui = uiLanguage();
    const QString language = ui == first || ui == second || first.isEmpty() ? ui : first;
    if (language == m_language)
        return;
    m_language = language;
    m_matrix->setLanguage(language);
    ledgerChanged();
}

void BalanceView::fillUnits()
{
    const QString current = m_matrix->unit();
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    for (const QString &unit : m_matrix->units())
        m_unit->addItem(unitLabel(unit), unit);
    int index = m_unit->findData(current);
    if (index < 0)
        index = std::max(0, m_unit->findData(QStringLiteral("hours")));
    m_unit->setCurrentIndex(index);
    if (m_unit->currentData().toString() != current)
        m_matrix->setUnit(m_unit->currentData().toString());
    m_status->setVisible(!m_matrix->lastError().isEmpty() || m_matrix->units().isEmpty());
    m_status->setText(!m_matrix->lastError().isEmpty() ? m_matrix->lastError()
                                                      : tr("No posted entries with a quantity in this period."));
}

void BalanceView::setUnit(const QString &unit)
{
    const auto [from, to] = selectedPair();
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_matrix->setUnit(unit);
    if (from != 0)
        selectPair(from, to);
    showSelectedPair();
}

void BalanceView::refresh()
{
    m_stale = false;
    const auto [from, to] = selectedPair();
    m_matrix->refresh();
    fillUnits();
    if (from != 0)
        selectPair(from, to);
    showSelectedPair();
}

void BalanceView::ledgerChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void BalanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool BalanceView::selectPair(qint64 from, qint64 to)
{
    const int row = m_matrix->indexOfPartner(from), column = m_matrix->indexOfPartner(to);
    if (row < 0 || column < 0)
        return false;
    m_table->setCurrentIndex(m_matrix->index(row, column));
    return true;
}

void BalanceView::selectFirstPair()
{
    if (m_stale)
        refresh();
    const QModelIndex first = m_matrix->firstFlow();
    if (first.isValid())
        m_table->setCurrentIndex(first);
}

QPair<qint64, qint64> BalanceView::selectedPair() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() == current.column())
        return {0, 0};
    return {current.data(BalanceMatrixModel::FromIdRole).toLongLong(), current.data(BalanceMatrixModel::ToIdRole).toLongLong()};
}

void BalanceView::showSelectedPair()
{
    const auto [from, to] = selectedPair();
    m_entries->setEnabled(from != 0);
    if (from == 0) {
        m_detail->clear();
        return;
    }
    m_detail->showPair(from, to, m_matrix->period(), m_matrix->unit());
}

void BalanceView::showEntries()
{
    const auto [from, to] = selectedPair();
    if (from == 0)
        return;
    store::LedgerFilter filter;
    filter.partnerId = from;
    filter.withPartnerId = to;
    filter.from = m_matrix->period().first;
    filter.to = m_matrix->period().last;
    Q_EMIT entriesRequested(filter);
}

} // namespace trellis::gui
