#pragma once
// The translation queue as a table: one row per field missing (or only machine-drafted) in the
// target language, in the core's order, handed to the view a page at a time.

#include "store/translationqueue.h"

#include <QAbstractTableModel>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Rows of store::translationQueue for one filter; refresh() removes translated fields in place.
class TranslationQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Record, Field, SourceLanguage, Words, Age, Status, ColumnCount };
    static constexpr int kTextIdRole = Qt::UserRole + 1; ///< the field's text id (qint64)
    static constexpr int kSortRole = Qt::UserRole + 3;   ///< raw value of the column
    static constexpr int kPage = 200;                    ///< rows handed to the view per fetch

    explicit TranslationQueueModel(store::Workspace &workspace, QObject *parent = nullptr);

    /// Lists the queue for filter from the start; false (and error()) when the core refuses it.
    bool setFilter(const store::QueueFilter &filter);
    const store::QueueFilter &filter() const { return m_filter; }
    /// Reads the queue again: fields no longer waiting leave as row removals, the rest keep their
    /// rows (and so the view its selection); anything new resets the list.
    bool refresh();
    QString error() const { return m_error; }
    /// Fields in the whole queue, fetched or not.
    qsizetype total() const { return m_items.size(); }
    const store::QueueItem &item(int row) const { return m_items.at(row); }
    /// The row of a field's text, fetching pages until it is listed; -1 when it is not queued.
    int rowOfText(qint64 textId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::optional<QList<store::QueueItem>> read();
    void dropTranslated(const QSet<qint64> &keep);
    /// What the Record column calls a row's record: a partner by its name, others by kind and number.
    QString recordTitle(const store::QueueItem &item) const;
    store::Workspace &m_ws;
    QHash<qint64, QString> m_partnerNames; ///< in the target language, else the UI's, else the original
    store::QueueFilter m_filter;
    QList<store::QueueItem> m_items;
    int m_fetched = 0;
    QString m_error;
};

/// "Retro answer", "Ledger entry", ... for a queue's owner kind.
QString queueKindLabel(const QString &ownerKind);

} // namespace trellis::gui
