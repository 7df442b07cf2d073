#pragma once
// The detail of one pair in the balance view: figures per unit, the narrative-only contributions
// beside them, and the chart of the pair's flows over time.

#include "store/balances.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QTableView;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

class BalancePairModel;
class PairFlowChart;

/// Reads Balances::between and PairFlows for the pair it is shown.
class BalancePairDetail : public QWidget {
    Q_OBJECT
public:
    using NameOf = std::function<QString(qint64)>;
    BalancePairDetail(store::Workspace &workspace, NameOf nameOf, QWidget *parent = nullptr);

    /// The pair's balance in the period, and its flows in unit over time.
    void showPair(qint64 partner, qint64 other, const store::Period &period, const QString &unit);
    void clear();

    BalancePairModel *figures() const { return m_model; }
    QListWidget *narratives() const { return m_narratives; }
    PairFlowChart *chart() const { return m_chart; }
    QString errorText() const;
    /// The pair's pauses in the period as shown (empty when there is none).
    QString pausesText() const;

private:
    void showError(const QString &message);

    store::Workspace &m_ws;
    NameOf m_nameOf;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pauses = nullptr; ///< the pair's pauses in the period, when there are any
    BalancePairModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_narrativeHeading = nullptr;
    QListWidget *m_narratives = nullptr;
    PairFlowChart *m_chart = nullptr;
};

} // namespace trellis::gui
