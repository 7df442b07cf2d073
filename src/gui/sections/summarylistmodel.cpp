#include "gui/sections/summarylistmodel.h"
#include "gui/editing/labels.h"

#include <QFont>

namespace trellis::gui {

SummaryListModel::SummaryListModel(QStringList headers, Loader loader, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)), m_loader(std::move(loader)),
      m_language(uiLanguage())
{
    refresh();
}

int SummaryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SummaryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryRow &r = m_rows.at(index.row());
    const bool missing = r.missingCells.contains(index.column());
    switch (role) {
    case Qt::DisplayRole: return r.cells.value(index.column());
    case SortRole: return r.sortValues.value(index.column(), r.cells.value(index.column()));
    case IdRole: return r.id;
    case Qt::ToolTipRole: return missing ? QVariant(r.missingToolTip) : QVariant();
    case Qt::FontRole:
        if (missing) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default: return {};
    }
}

QVariant SummaryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void SummaryListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void SummaryListModel::refresh()
{
    QString error;
    const QList<SummaryRow> rows = m_loader(m_language, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
        return;
    }
    // Remove rows that are gone, then update or insert in the loader's order.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const qint64 id = m_rows.at(r).id;
        if (std::none_of(rows.cbegin(), rows.cend(), [id](const SummaryRow &n) { return n.id == id; })) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const int existing = rowOf(rows.at(i).id);
        if (existing == i) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            continue;
        }
        if (existing >= 0) {
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, rows.at(i));
        endInsertRows();
    }
}

qint64 SummaryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SummaryListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

} // namespace trellis::gui
