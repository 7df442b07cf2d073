#pragma once
// The partners as a lazy table, sorted by name with the collation of the first language of the pair.

#include "store/partnerquery.h"

#include <QAbstractTableModel>

#include <memory>

namespace trellis::gui {

/// Partners a page at a time; names shown in one language, originals marked where it is missing.
class PartnerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Latin, Kind, Country, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };
    static constexpr int kPageSize = 128;

    explicit PartnerListModel(store::Workspace &workspace, QObject *parent = nullptr);
    ~PartnerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setLanguage(const QString &language);
    void setKindFilter(std::optional<domain::PartnerKind> kind);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    /// Domain changes, forwarded as row inserts and removals.
    void partnerAdded(qint64 id);
    void partnerChanged(qint64 id);
    void partnerRemoved(qint64 id);
    /// Reads the partners again (another process changed them), as many rows as were loaded.
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void restart();
    store::Workspace &m_ws;
    QString m_language;
    std::optional<domain::PartnerKind> m_kind;
    bool m_descending = false;
    std::unique_ptr<store::PartnerQuery> m_query;
    bool m_fetching = false;
    QList<store::PartnerRow> m_rows;
};

} // namespace trellis::gui
