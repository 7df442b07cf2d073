#include "gui/balances/balancepairmodel.h"

#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"

#include <QCoreApplication>

namespace trellis::gui {
namespace {

/// "given / received" of a currency's funds; empty for other units.
QString fundsPair(const store::UnitBalance &u, qint64 given, qint64 received)
{
    const auto unit = domain::Unit::parse(u.unit);
    if (!unit || !unit->isCurrency())
        return QString();
    return QCoreApplication::translate("BalancePairModel", "%1 / %2").arg(formatAmount(given, u.unit), formatAmount(received, u.unit));
}

} // namespace

void BalancePairModel::setBalance(const store::Balance &balance)
{
    beginResetModel();
    m_balance = balance;
    endResetModel();
}

int BalancePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balance.units.size());
}

int BalancePairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalancePairModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::UnitBalance &u = m_balance.units.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Unit ? QVariant() : QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter));
    if (role == AmountRole) {
        switch (Column(index.column())) {
        case Given: return u.given;
        case Received: return u.received;
        case Net: return u.net();
        case Asymmetry: {
            const auto a = u.asymmetry();
            return a ? QVariant(double(a->numerator) / double(a->denominator)) : QVariant();
        }
        case FundsProposed: return u.fundsProposedGiven - u.fundsProposedReceived;
        case FundsDisbursed: return u.fundsDisbursedGiven - u.fundsDisbursedReceived;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Unit: return unitLabel(u.unit);
    case Given: return formatAmount(u.given, u.unit);
    case Received: return formatAmount(u.received, u.unit);
    case Net: return formatAmount(u.net(), u.unit);
    case Asymmetry: return formatAsymmetry(u.asymmetry());
    case FundsProposed: return fundsPair(u, u.fundsProposedGiven, u.fundsProposedReceived);
    case FundsDisbursed: return fundsPair(u, u.fundsDisbursedGiven, u.fundsDisbursedReceived);
    case ColumnCount: break;
    }
    return {};
}

QVariant BalancePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole)
        return section == FundsProposed || section == FundsDisbursed ? tr("Given / received, in the currency") : QVariant();
    switch (Column(section)) {
    case Unit: return tr("Unit");
    case Given: return tr("Given");
    case Received: return tr("Received");
    case Net: return tr("Net");
    case Asymmetry: return tr("Asymmetry");
    case FundsProposed: return tr("Funds proposed");
    case FundsDisbursed: return tr("Funds disbursed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace trellis::gui
