#pragma once
// The reciprocity ledger as a lazy table: keyset pages fetched as the view scrolls, never the whole table.

#include "store/ledgerquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Ledger entries matching a filter, fetched a page at a time (canFetchMore/fetchMore).
class LedgerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, From, To, Kind, Quantity, Narrative, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };
    static constexpr int kPageSize = 256;       ///< the first page
    static constexpr int kMaxPageSize = 16384;  ///< pages double up to this while scrolling on

    explicit LedgerListModel(store::Workspace &workspace, QObject *parent = nullptr);
    ~LedgerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const store::LedgerFilter &filter);
    const store::LedgerFilter &filter() const { return m_filter; }
    /// The language narratives and partner names are shown in.
    void setLanguage(const QString &language);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// How many entries match the filter (a COUNT in SQL, not the rows loaded).
    qint64 matchingCount() const;

    /// Domain changes, forwarded as row inserts, changes and removals.
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void restart();
    void insertSorted(const store::LedgerRow &row);
    const store::NarrativeLine *narrative(int row) const;
    QString quantityText(const store::LedgerRow &row) const;

    store::Workspace &m_ws;
    store::LedgerFilter m_filter;
    store::LedgerSort m_sort = store::LedgerSort::Date;
    bool m_descending = true;
    std::unique_ptr<store::LedgerQuery> m_query;
    bool m_fetching = false;
    int m_pageSize = kPageSize;
    QList<store::LedgerRow> m_rows;
    QString m_language;
    QHash<qint64, QString> m_partnerNames;
    mutable QHash<qint64, store::NarrativeLine> m_narratives; ///< visible rows only; trimmed when large
    mutable QHash<qint64, QString> m_quantities;
};

} // namespace trellis::gui
