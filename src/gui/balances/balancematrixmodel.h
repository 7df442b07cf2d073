#pragma once
// The partner x partner matrix of one unit and period: what each row's partner gave each column's.

#include "store/balances.h"
#include "store/pairflows.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>
#include <QHash>
#include <QSet>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Rows are giving partners, columns receiving partners, both the partners with entries in the
/// period (any unit), collated by name. Its columns are partners, so instead of a column enum the
/// model gives each cell's facts in roles. Read from one Balances::matrix pass per refresh.
class BalanceMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< qint64 counted minor units (0 when nothing flowed)
        AsymmetryRole,                 ///< double, the pair's |g - r| / (g + r) in the unit; null if none
        PersistsRole,                  ///< bool, the pair's asymmetry persists (docs/ledger.md)
        FromIdRole,                    ///< qint64, the giving partner
        ToIdRole,                      ///< qint64, the receiving partner
        PendingRole,                   ///< qint64, funds proposed but not disbursed, minor units
    };

    explicit BalanceMatrixModel(store::Workspace &workspace, QObject *parent = nullptr);
    /// The tint of a persisting asymmetry of index asymmetry (0.5 faint .. 1 strong), over the
    /// palette's base, never so strong that its text stops reading (see readableTint).
    static QColor tint(double asymmetry, const QPalette &palette);

    /// Names partners in this language (and collates them by it) from the next refresh on.
    void setLanguage(const QString &language);
    void setPeriod(const store::Period &period);
    /// A unit key ("EUR", "hours"); cells of other units are not shown.
    void setUnit(const QString &unit);
    /// Reads the matrix again (after a ledger change); a failure is kept in lastError().
    void refresh();

    const store::Period &period() const { return m_period; }
    QString unit() const { return m_unit; }
    /// The units with entries in the period, sorted by key.
    QStringList units() const { return m_units; }
    QString lastError() const { return m_error; }
    qint64 partnerAt(int index) const { return m_partners.value(index); }
    int indexOfPartner(qint64 id) const { return int(m_partners.indexOf(id)); }
    QString partnerName(qint64 id) const { return m_names.value(id); }
    /// What from gave to in the unit, counted as balances count.
    qint64 counted(qint64 from, qint64 to) const;
    /// The first cell (by row, then column) where something flowed, or an invalid index.
    QModelIndex firstFlow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using CellKey = QPair<qint64, qint64>;
    QString cellText(const QModelIndex &index) const;
    QString cellToolTip(const QModelIndex &index) const;
    std::optional<store::Asymmetry> pairAsymmetry(qint64 from, qint64 to) const;
    bool persists(qint64 from, qint64 to) const;

    store::Workspace &m_ws;
    QString m_language;
    store::Period m_period;
    QString m_unit;
    QString m_error;
    QList<store::MatrixCell> m_cells;            ///< every unit
    QHash<CellKey, store::MatrixCell> m_unitCells; ///< the unit's cells by (from, to)
    QList<qint64> m_partners;
    QHash<qint64, QString> m_names;
    QStringList m_units;
    QList<store::PersistingAsymmetry> m_persisting;
};

} // namespace trellis::gui
