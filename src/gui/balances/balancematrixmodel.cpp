#include "gui/balances/balancematrixmodel.h"

#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"
#include "gui/widgets/palettes.h"
#include "store/partnerquery.h"
#include "util/log.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace trellis::gui {
QColor BalanceMatrixModel::tint(double asymmetry, const QPalette &palette)
{
    const double strength = 0.2 + 0.55 * std::clamp((asymmetry - 0.5) * 2.0, 0.0, 1.0);
    return readableTint(QColor(226, 110, 30), strength, palette);
}

BalanceMatrixModel::BalanceMatrixModel(store::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_language(uiLanguage())
{
}

void BalanceMatrixModel::setLanguage(const QString &language)
{
    m_language = language;
}

void BalanceMatrixModel::setPeriod(const store::Period &period)
{
    m_period = period;
    refresh();
}

void BalanceMatrixModel::setUnit(const QString &unit)
{
    beginResetModel();
    m_unit = unit;
    m_unitCells.clear();
    for (const store::MatrixCell &c : std::as_const(m_cells))
        if (c.unit == m_unit)
            m_unitCells.insert({c.fromPartnerId, c.toPartnerId}, c);
    endResetModel();
}

void BalanceMatrixModel::refresh()
{
    m_error.clear();
    auto cells = store::Balances(m_ws).matrix(m_period);
    auto persisting = store::PairFlows(m_ws).persisting(m_period.last);
    QList<qint64> ordered;
    store::PartnerQuery query(m_ws, m_language);
    QHash<qint64, QString> names;
    while (cells && !query.atEnd()) {
        auto page = query.next(500);
        if (!page) {
            m_error = page.error().message;
            break;
        }
        for (const store::PartnerRow &row : std::as_const(*page)) {
            ordered.append(row.id);
            names.insert(row.id, row.name);
        }
    }
    if (!cells || !persisting) {
        m_error = !cells ? cells.error().message : persisting.error().message;
        log::get("gui")->warn("balance matrix not read (code {})", int((!cells ? cells.error() : persisting.error()).code));
    }
    QSet<qint64> present;
    QSet<QString> units;
    m_cells = cells ? *cells : QList<store::MatrixCell>();
    for (const store::MatrixCell &c : std::as_const(m_cells)) {
        present << c.fromPartnerId << c.toPartnerId;
        units << c.unit;
    }
    m_persisting = persisting ? *persisting : QList<store::PersistingAsymmetry>();
    m_units = QStringList(units.cbegin(), units.cend());
    m_units.sort();
    beginResetModel();
    m_partners.clear();
    for (qint64 id : std::as_const(ordered))
        if (present.contains(id))
            m_partners.append(id);
    m_names = names;
    endResetModel();
    setUnit(m_unit);
    log::get("gui")->debug("balance matrix read: {} cells, {} partners, {} persisting", m_cells.size(),
                           m_partners.size(), m_persisting.size());
}

qint64 BalanceMatrixModel::counted(qint64 from, qint64 to) const
{
    return m_unitCells.value({from, to}).counted;
}

QModelIndex BalanceMatrixModel::firstFlow() const
{
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (r != c && counted(m_partners.at(r), m_partners.at(c)) != 0)
                return index(r, c);
    return {};
}

std::optional<store::Asymmetry> BalanceMatrixModel::pairAsymmetry(qint64 from, qint64 to) const
{
    return store::UnitBalance{m_unit, counted(from, to), counted(to, from)}.asymmetry();
}

bool BalanceMatrixModel::persists(qint64 from, qint64 to) const
{
    for (const store::PersistingAsymmetry &p : m_persisting)
        if (p.unit == m_unit && ((p.givingMore == from && p.givingLess == to) || (p.givingMore == to && p.givingLess == from)))
            return true;
    return false;
}

int BalanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int BalanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

QString BalanceMatrixModel::cellText(const QModelIndex &index) const
{
    const qint64 from = m_partners.at(index.row()), to = m_partners.at(index.column());
    if (from == to || !m_unitCells.contains({from, to}))
        return QString();
    return formatAmount(counted(from, to), m_unit);
}

QString BalanceMatrixModel::cellToolTip(const QModelIndex &index) const
{
    const qint64 from = m_partners.at(index.row()), to = m_partners.at(index.column());
    if (from == to)
        return QString();
    QString text = uiDirectionMark() + tr("\u2068%1\u2069 gave \u2068%2\u2069: %3").arg(m_names.value(from), m_names.value(to), formatAmount(counted(from, to), m_unit));
    text += u'\n' + tr("Received back: %1").arg(formatAmount(counted(to, from), m_unit));
    text += u'\n' + tr("Asymmetry of the pair: %1").arg(formatAsymmetry(pairAsymmetry(from, to)));
    const store::MatrixCell cell = m_unitCells.value({from, to});
    if (cell.fundsProposed != cell.fundsDisbursed)
        text += u'\n' + tr("Funds awaiting consent: %1").arg(formatAmount(cell.fundsProposed - cell.fundsDisbursed, m_unit));
    if (persists(from, to))
        text += u'\n' + tr("The asymmetry persists: one side gave far more in each of the last %n quarters.", nullptr,
                           store::kPersistQuarters);
    return text;
}

QVariant BalanceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 from = m_partners.at(index.row()), to = m_partners.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cellText(index);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return cellToolTip(index);
    case Qt::TextAlignmentRole: return int(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (from == to)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Window);
        if (persists(from, to)) {
            const auto asymmetry = pairAsymmetry(from, to);
            return QBrush(tint(asymmetry ? double(asymmetry->numerator) / double(asymmetry->denominator) : 0,
                               QGuiApplication::palette()));
        }
        return {};
    case AmountRole: return counted(from, to);
    case AsymmetryRole: {
        const auto asymmetry = pairAsymmetry(from, to);
        return asymmetry ? QVariant(double(asymmetry->numerator) / double(asymmetry->denominator)) : QVariant();
    }
    case PersistsRole: return from != to && persists(from, to);
    case FromIdRole: return from;
    case ToIdRole: return to;
    case PendingRole: {
        const store::MatrixCell cell = m_unitCells.value({from, to});
        return cell.fundsProposed - cell.fundsDisbursed;
    }
    default: return {};
    }
}

QVariant BalanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_partners.size())
        return {};
    const QString name = m_names.value(m_partners.at(section));
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("%1 gave (row)").arg(name) : tr("%1 received (column)").arg(name);
    return {};
}

} // namespace trellis::gui
