#include "gui/partners/partnerlistmodel.h"

#include "gui/editing/labels.h"
#include "i18n/collation.h"

#include <QFont>

namespace trellis::gui {

PartnerListModel::PartnerListModel(store::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_language(uiLanguage())
{
    restart();
}

PartnerListModel::~PartnerListModel() = default;

void PartnerListModel::restart()
{
    // A new filter or order replaces the rows as removals and insertions (not a reset), so that
    // views keep their header state and selection machinery stays simple.
    m_query.reset(); // nothing more to fetch from the old query while its rows go
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_query = std::make_unique<store::PartnerQuery>(m_ws, m_language, m_kind, m_descending);
    fetchMore({}); // the first page at once
}

void PartnerListModel::refresh()
{
    const qsizetype had = m_rows.size();
    restart();
    while (m_rows.size() < had && canFetchMore({}))
        fetchMore({});
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PartnerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_query && !m_query->atEnd();
}

void PartnerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_query->next(kPageSize);
    if (!page) {
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    if (page->isEmpty())
        return;
    // Views may ask for more while these rows are announced; the page in hand comes first.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_fetching = false;
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PartnerRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    const bool missing = r.nameStatus == domain::TranslationStatus::Missing;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Name: return r.name;
        case Latin: return r.nameLatin;
        case Kind: return role == SortRole ? QVariant(int(r.kind)) : QVariant(partnerKindLabel(r.kind));
        case Country: return role == SortRole ? r.country : countryLabel(r.country);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && missing)
            return tr("No name in %1 yet; shown in its original language (%2)")
                .arg(languageLabel(m_language), languageLabel(r.nameLanguage));
        if (index.column() == Country && r.country.isEmpty())
            return tr("No country");
        return {};
    case Qt::FontRole:
        if (index.column() == Name && missing) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Latin: return tr("Latin");
    case Kind: return tr("Kind");
    case Country: return tr("Country");
    case ColumnCount: break;
    }
    return {};
}

void PartnerListModel::sort(int, Qt::SortOrder order)
{
    // Partners sort by name in the pair's first language (ICU collation in SQL); other columns
    // are for reading.
    const bool descending = order == Qt::DescendingOrder;
    if (descending == m_descending)
        return;
    m_descending = descending;
    restart();
}

void PartnerListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    restart();
}

void PartnerListModel::setKindFilter(std::optional<domain::PartnerKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    restart();
}

qint64 PartnerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PartnerListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

void PartnerListModel::partnerAdded(qint64 id)
{
    if (rowOf(id) >= 0)
        return; // told twice, or read already (a refresh after another connection's commit)
    // Find the new row's name through the same query the list uses, then insert it in collation order.
    store::PartnerQuery all(m_ws, m_language, m_kind, m_descending);
    auto rows = all.next(1 << 20);
    if (!rows)
        return;
    for (const store::PartnerRow &row : std::as_const(*rows)) {
        if (row.id != id)
            continue;
        int position = 0;
        while (position < m_rows.size()) {
            const int c = i18n::compareTexts(m_rows.at(position).name, row.name, m_language);
            if (m_descending ? c < 0 : c > 0)
                break;
            ++position;
        }
        if (position == m_rows.size() && !m_query->atEnd())
            return;
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
        return;
    }
}

void PartnerListModel::partnerChanged(qint64 id)
{
    const int r = rowOf(id);
    if (r < 0)
        return partnerAdded(id);
    // Updated in place (the row keeps its selection); a renamed partner finds its sorted place
    // when the list is next sorted or filtered.
    store::PartnerQuery all(m_ws, m_language, m_kind, m_descending);
    auto rows = all.next(1 << 20);
    if (!rows)
        return;
    for (const store::PartnerRow &row : std::as_const(*rows)) {
        if (row.id == id) {
            m_rows[r] = row;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

void PartnerListModel::partnerRemoved(qint64 id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    endRemoveRows();
}

} // namespace trellis::gui
