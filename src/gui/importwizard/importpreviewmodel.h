#pragma once
// The first rows of an import file as the import would take them: the values read and each row's verdict.

#include "io/ledgerpreview.h"

#include <QAbstractTableModel>

namespace trellis::gui {

/// A read-only table over a preview from the core (io::previewLedgerImport).
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Status, Reason, Date, From, To, Kind, Quantity, Unit, Narrative, Language, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<io::LedgerPreviewRow> rows);
    const QList<io::LedgerPreviewRow> &rows() const { return m_rows; }
    int countOf(io::ImportRowOutcome outcome) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(io::ImportRowOutcome outcome);

private:
    QString text(const io::LedgerPreviewRow &row, int column) const;
    QList<io::LedgerPreviewRow> m_rows;
};

} // namespace trellis::gui
