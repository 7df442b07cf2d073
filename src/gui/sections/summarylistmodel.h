#pragma once
// A small record list (retros, protocols, incidents, rehearsals): the rows of a kind that numbers
// in the tens or hundreds, loaded by one read-side query and kept in step by row inserts/removals.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace trellis::gui {

/// One row: the record id, the cells as shown, and the raw values they sort by.
struct SummaryRow {
    qint64 id = 0;
    QStringList cells;
    QVariantList sortValues;
    QList<int> missingCells; ///< cells shown in their original language because the asked one is missing
    QString missingToolTip;
};

/// A table of SummaryRows produced by a loader; the loader re-runs when the language changes.
class SummaryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole };
    using Loader = std::function<QList<SummaryRow>(const QString &language, QString *error)>;

    SummaryListModel(QStringList headers, Loader loader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(const QString &language);
    /// Re-reads the rows and forwards the differences as row inserts, changes and removals.
    void refresh();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QStringList m_headers;
    Loader m_loader;
    QString m_language;
    QList<SummaryRow> m_rows;
};

} // namespace trellis::gui
