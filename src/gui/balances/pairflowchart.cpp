#include "gui/balances/pairflowchart.h"

#include "gui/widgets/palettes.h"
#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"
#include "i18n/quarter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPainter>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis::gui {
namespace {

QString stepLabel(const QDate &start, store::FlowStep step)
{
    if (step == store::FlowStep::Month)
        return QLocale().toString(start, QStringLiteral("MMM yyyy"));
    const i18n::Quarter quarter = i18n::quarterOf(start);
    auto text = i18n::formatQuarter(quarter, uiLanguage());
    return text ? *text : quarter.toString();
}

} // namespace

PairFlowChart::PairFlowChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    followPalette();
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("pairFlowChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(tr("Flows of the pair over time"));
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    clear(tr("Choose a cell of the matrix to see the pair's flows over time."));
}

void PairFlowChart::followPalette()
{
    // The chart draws itself (a QGraphicsScene): its theme and colours come from the palette, or a
    // white plot would glare out of a dark window.
    const QPalette p = palette();
    m_chart->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
}

void PairFlowChart::colourAxis(QAbstractAxis &axis) const
{
    const QPalette p = palette();
    axis.setLabelsColor(p.color(QPalette::Text));
    axis.setTitleBrush(p.brush(QPalette::Text));
    axis.setLinePenColor(p.color(QPalette::Text));
    axis.setGridLineColor(mixColours(p.color(QPalette::Text), p.color(QPalette::Base), 0.2));
}

void PairFlowChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_chart)
        followPalette();
    QWidget::changeEvent(event);
}

void PairFlowChart::clear(const QString &why)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // hands ownership back to us
        delete axis;
    }
    m_chart->setTitle(QString());
    m_labels.clear();
    m_view->hide();
    m_empty->setText(why);
    m_empty->show();
}

void PairFlowChart::setFlows(const QString &firstName, const QString &secondName, const QString &unit,
                             const QList<store::PairFlowPoint> &points, store::FlowStep step)
{
    clear(tr("No flows in %1 between these partners in this period.").arg(unitLabel(unit)));
    if (points.isEmpty())
        return;
    m_chart->setLocale(QLocale()); // the UI language may have changed since the chart was made
    auto *given = new QBarSet(uiDirectionMark() + tr("\u2068%1\u2069 → \u2068%2\u2069").arg(firstName, secondName));
    auto *back = new QBarSet(uiDirectionMark() + tr("\u2068%1\u2069 → \u2068%2\u2069").arg(secondName, firstName));
    double top = 0;
    for (const store::PairFlowPoint &p : points) {
        *given << chartValue(p.given, unit);
        *back << chartValue(p.received, unit);
        top = std::max({top, chartValue(p.given, unit), chartValue(p.received, unit)});
        m_labels << stepLabel(p.start, step);
    }
    auto *series = new QBarSeries;
    series->append(given);
    series->append(back);
    m_chart->addSeries(series);
    auto *time = new QBarCategoryAxis;
    time->append(m_labels);
    time->setLabelsAngle(points.size() > 3 ? -60 : 0); // month names side by side overlap beyond three
    time->setTruncateLabels(false);
    m_chart->addAxis(time, Qt::AlignBottom);
    colourAxis(*time);
    series->attachAxis(time);
    auto *amounts = new QValueAxis;
    amounts->setRange(0, top > 0 ? top : 1);
    amounts->applyNiceNumbers();
    amounts->setLabelFormat(amounts->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    amounts->setTitleText(unitLabel(unit));
    m_chart->addAxis(amounts, Qt::AlignLeft);
    colourAxis(*amounts);
    series->attachAxis(amounts);
    m_chart->setTitle(step == store::FlowStep::Month ? tr("Flows per month, in %1").arg(unitLabel(unit))
                                                      : tr("Flows per quarter, in %1").arg(unitLabel(unit)));
    m_empty->hide();
    m_view->show();
}

} // namespace trellis::gui
