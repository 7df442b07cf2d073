#include "gui/balances/balancepairdetail.h"

#include "gui/widgets/palettes.h"
#include "gui/balances/balanceformat.h"
#include "gui/editing/pausenotes.h"
#include "gui/balances/balancepairmodel.h"
#include "gui/editing/labels.h"
#include "gui/balances/pairflowchart.h"
#include "store/pairflows.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::gui {

BalancePairDetail::BalancePairDetail(store::Workspace &workspace, NameOf nameOf, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_nameOf(std::move(nameOf))
{
    setObjectName(QStringLiteral("balancePair"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pairTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_pauses = new QLabel(this);
    m_pauses->setObjectName(QStringLiteral("pairPauses"));
    m_pauses->setWordWrap(true);
    m_pauses->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pairError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    m_model = new BalancePairModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pairFigures"));
    m_table->setAccessibleName(tr("The pair's figures per unit"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_narrativeHeading = new QLabel(tr("Contributions not counted in numbers:"), this);
    m_narratives = new QListWidget(this);
    m_narratives->setObjectName(QStringLiteral("pairNarratives"));
    m_narratives->setAccessibleName(tr("Narrative-only contributions of the pair"));
    m_narratives->setWordWrap(true);
    m_narrativeHeading->setBuddy(m_narratives);
    // The figures with the narrative-only contributions under them, the chart beside.
    auto *numbers = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->addWidget(m_title);
    numbersLayout->addWidget(m_pauses);
    numbersLayout->addWidget(m_error);
    numbersLayout->addWidget(m_table, 3);
    numbersLayout->addWidget(m_narrativeHeading);
    numbersLayout->addWidget(m_narratives, 2);
    m_chart = new PairFlowChart(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(numbers);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    clear();
}

void BalancePairDetail::clear()
{
    m_title->setText(tr("Choose a cell of the matrix: its pair's figures appear here."));
    m_model->setBalance({});
    m_narratives->clear();
    m_error->hide();
    m_pauses->clear();
    m_pauses->hide();
    m_chart->clear(tr("Choose a cell of the matrix to see the pair's flows over time."));
}

QString BalancePairDetail::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString BalancePairDetail::pausesText() const
{
    return m_pauses->isHidden() ? QString() : m_pauses->text();
}

void BalancePairDetail::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BalancePairDetail::showPair(qint64 partner, qint64 other, const store::Period &period, const QString &unit)
{
    m_error->hide();
    m_error->clear();
    const QString first = m_nameOf(partner), second = m_nameOf(other);
    m_title->setText(uiDirectionMark() + tr("\u2068%1\u2069 and \u2068%2\u2069").arg(first, second));
    const QStringList pauses = pauseNotes(m_ws, partner, other, period.first, period.last, m_nameOf);
    m_pauses->setText(pauses.join(u'\n'));
    m_pauses->setVisible(!pauses.isEmpty());
    auto balance = store::Balances(m_ws).between(partner, other, period);
    if (!balance) {
        m_model->setBalance({});
        showError(balance.error().message);
        return;
    }
    m_model->setBalance(*balance);
    m_narratives->clear();
    for (const store::NarrativeContribution &n : std::as_const(balance->narrativeOnly)) {
        auto *item = new QListWidgetItem(uiDirectionMark() + tr("%1 · \u2068%2\u2069 → \u2068%3\u2069 · %4: \u2068%5\u2069")
                                             .arg(shortDate(n.date), m_nameOf(n.fromPartnerId),
                                                  m_nameOf(n.toPartnerId), kindLabel(n.kind), n.narrative.section(u'\n', 0, 0)),
                                         m_narratives);
        item->setData(Qt::UserRole, n.entryId);
        item->setToolTip(n.narrative);
    }
    m_narrativeHeading->setText(balance->narrativeOnly.isEmpty() ? tr("No contributions without numbers.")
                                                                 : tr("Contributions not counted in numbers:"));
    const store::PairFlows flows(m_ws);
    auto step = flows.stepFor(partner, other, unit, period);
    auto points = step ? flows.between(partner, other, unit, period, *step) : Result<QList<store::PairFlowPoint>>(step.error());
    if (!points) {
        showError(points.error().message);
        m_chart->clear(points.error().message);
        return;
    }
    m_chart->setFlows(first, second, unit, *points, *step);
}

} // namespace trellis::gui
