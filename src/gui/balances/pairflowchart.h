#pragma once
// A bar chart of a pair's flows over time: one bar set per direction, per month or quarter.

#include "store/pairflows.h"

#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;

namespace trellis::gui {

/// Shows PairFlows points in one unit; values are plotted in the unit (e.g. euros, hours).
class PairFlowChart : public QWidget {
    Q_OBJECT
public:
    explicit PairFlowChart(QWidget *parent = nullptr);

    /// Draws the flows from first to second (first series) and back (second series).
    void setFlows(const QString &firstName, const QString &secondName, const QString &unit,
                  const QList<store::PairFlowPoint> &points, store::FlowStep step);
    /// Empties the chart and says why (no pair chosen, no flows, an error).
    void clear(const QString &why);

    QChart *chart() const { return m_chart; }
    /// The step labels along the time axis, as shown.
    QStringList stepLabels() const { return m_labels; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    void colourAxis(QAbstractAxis &axis) const;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStringList m_labels;
};

} // namespace trellis::gui
