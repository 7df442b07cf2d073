#pragma once
// The reciprocity ledger as a windowed table: every matching entry is a row, but only the few
// pages on screen are held, read by position from the store when the view asks for them.

#include "store/ledgerquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>
#include <memory>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Ledger entries matching a filter. rowCount is their number (one COUNT in SQL); data() is
/// served from a small cache of pages, each read at its position (seeking from the nearest
/// known row or from the end), so memory stays bounded however far the view scrolls.
class LedgerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, From, To, Kind, Quantity, Narrative, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };
    static constexpr int kPageSize = 256;   ///< rows read at once
    static constexpr int kCachedPages = 8;  ///< pages held (least recently used goes first)
    static constexpr int kMaxAnchors = 4096; ///< known page starts kept to seek from
    static constexpr int kMaxTexts = 1024;  ///< narratives and quantities held

    explicit LedgerListModel(store::Workspace &workspace, QObject *parent = nullptr);
    ~LedgerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Every column but Narrative sorts (in SQL); asking for Narrative keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    static bool isSortable(int column) { return column >= 0 && column < ColumnCount && column != Narrative; }

    void setFilter(const store::LedgerFilter &filter);
    const store::LedgerFilter &filter() const { return m_filter; }
    /// The language narratives and partner names are shown (and partners sorted) in; a name
    /// missing in it is shown in fallback (the pair's other language), else in its original.
    void setLanguage(const QString &language, const QString &fallback = QString());
    /// Reads the partners' names again (one added, renamed or removed; the languages changed).
    void partnersChanged();
    qint64 idAt(int row) const;
    /// The row of an entry, -1 when it does not match; asks SQL when its page is not held.
    int rowOf(qint64 id) const;
    /// How many entries match the filter (the row count).
    qint64 matchingCount() const { return m_count; }
    /// What the model holds, for tests of its bounds.
    int cachedPages() const { return int(m_pages.size()); }
    int cachedTexts() const { return int(m_narratives.size() + m_quantities.size()); }
    int anchors() const { return int(m_anchors.size()); }

    /// Domain changes, forwarded as row inserts, moves, changes and removals.
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);
    /// Reads the list anew (after changes made elsewhere, such as an import on another connection).
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    store::LedgerOrder orderFor(int column, bool descending) const;
    const QList<store::LedgerRow> &page(qint64 index) const;
    const store::LedgerRow *rowAt(int row) const;
    /// The held row and position of an entry, if its page is held.
    std::optional<std::pair<int, store::LedgerRow>> heldRow(qint64 id) const;
    void forget();
    void readPartnerNames();
    void shiftAnchors(const store::LedgerRow *removed, const store::LedgerRow *added);
    void fail(const Error &error) const;
    const store::NarrativeLine *narrative(int row) const;
    QString quantityText(const store::LedgerRow &row) const;

    store::Workspace &m_ws;
    store::LedgerFilter m_filter;
    int m_sortColumn = Date;
    store::LedgerOrder m_order;
    std::unique_ptr<store::LedgerQuery> m_query;
    qint64 m_count = 0;
    QString m_language;
    QString m_fallback; ///< the pair's other language, for names missing in m_language
    QHash<qint64, QString> m_partnerNames;
    mutable QHash<qint64, QList<store::LedgerRow>> m_pages; ///< page index -> rows
    mutable QList<qint64> m_recent;                         ///< page indexes, most recent first
    mutable std::map<qint64, store::LedgerRow> m_anchors;   ///< position -> the row there
    mutable QHash<qint64, store::NarrativeLine> m_narratives;
    mutable QHash<qint64, QString> m_quantities;
};

} // namespace trellis::gui
