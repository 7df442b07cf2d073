#pragma once
// One pair's balance per unit as table rows: given, received, net, asymmetry, funds proposed and disbursed.

#include "store/balances.h"

#include <QAbstractTableModel>

namespace trellis::gui {

/// The rows of Balances::between for the partner against the other, one per unit.
class BalancePairModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Unit, Given, Received, Net, Asymmetry, FundsProposed, FundsDisbursed, ColumnCount };
    static constexpr int AmountRole = Qt::UserRole + 1; ///< qint64 minor units (asymmetry: a double)

    using QAbstractTableModel::QAbstractTableModel;

    void setBalance(const store::Balance &balance);
    const store::Balance &balance() const { return m_balance; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    store::Balance m_balance;
};

} // namespace trellis::gui
