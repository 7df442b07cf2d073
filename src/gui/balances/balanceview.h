#pragma once
// The Balances section: a period and a unit, the partner x partner matrix where persisting
// asymmetry is marked, a pair's detail and flows chart, and drill-down to the pair's entries.

#include "store/ledgerquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace trellis::gui {

class BalanceMatrixModel;
class BalancePairDetail;
class BalancePeriodPicker;
class Workbench;

/// The balance view of one workspace; follows ledger changes while shown.
class BalanceView : public QWidget {
    Q_OBJECT
public:
    explicit BalanceView(Workbench &workbench, QWidget *parent = nullptr);

    BalanceMatrixModel *matrix() const { return m_matrix; }
    QTableView *matrixView() const { return m_table; }
    BalancePairDetail *detail() const { return m_detail; }
    BalancePeriodPicker *periodPicker() const { return m_period; }
    QComboBox *unitPicker() const { return m_unit; }

    /// Names partners in the UI language when the pair holds it, else in the pair's first language.
    void setLanguages(const QString &first, const QString &second);
    /// Shows a unit's matrix (one of matrix()->units()).
    void setUnit(const QString &unit);
    /// Selects the first cell where something flowed (for --grab) and shows its pair.
    void selectFirstPair();
    /// Selects the cell where from gave to; false when neither partner is in the matrix.
    bool selectPair(qint64 from, qint64 to);
    /// The selected cell's (giving, receiving) partners; zeros when none.
    QPair<qint64, qint64> selectedPair() const;
    /// Re-reads the matrix and the selected pair, keeping the selection.
    void refresh();
    /// Asks for the selected pair's entries in the period (entriesRequested).
    void showEntries();

Q_SIGNALS:
    /// The ledger filtered to a pair and period, for the window to show.
    void entriesRequested(const trellis::store::LedgerFilter &filter);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUnits();
    void showSelectedPair();
    void ledgerChanged();

    Workbench &m_workbench;
    BalancePeriodPicker *m_period = nullptr;
    QComboBox *m_unit = nullptr;
    QPushButton *m_entries = nullptr;
    BalanceMatrixModel *m_matrix = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_status = nullptr;
    BalancePairDetail *m_detail = nullptr;
    QString m_language;
    bool m_stale = false;
};

} // namespace trellis::gui
