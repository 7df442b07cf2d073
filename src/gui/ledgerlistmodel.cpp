#include "gui/ledgerlistmodel.h"

#include "domain/sidebyside.h"
#include "gui/labels.h"
#include "store/partnerquery.h"
#include "util/log.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace trellis::gui {
namespace {

constexpr int kTextWindow = 64;   // narratives fetched around a missing one
constexpr int kTextCacheMax = 4096;

} // namespace

LedgerListModel::LedgerListModel(store::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    m_language = QLocale().name().section(u'_', 0, 0);
    restart();
}

LedgerListModel::~LedgerListModel() = default;

void LedgerListModel::restart()
{
    // A new filter or order replaces the rows as removals and insertions (not a reset), so that
    // views keep their header state and selection machinery stays simple.
    m_query.reset(); // nothing more to fetch from the old query while its rows go
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_narratives.clear();
    m_quantities.clear();
    if (auto names = store::PartnerQuery::names(m_ws, m_language))
        m_partnerNames = *names;
    m_query = std::make_unique<store::LedgerQuery>(m_ws, m_filter, m_sort, m_descending);
    m_pageSize = kPageSize;
    fetchMore({}); // the first page at once
}

int LedgerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LedgerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_query && !m_query->atEnd();
}

void LedgerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Pages grow while the view keeps asking (scrolling to the end of a million rows takes tens of
    // fetches, not thousands); a new filter or order starts small again.
    auto page = m_query->next(m_pageSize);
    m_pageSize = std::min(m_pageSize * 2, kMaxPageSize);
    if (!page) {
        log::get("gui")->warn("ledger page failed (code {})", int(page.error().code));
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

const store::NarrativeLine *LedgerListModel::narrative(int row) const
{
    const qint64 id = m_rows.at(row).id;
    auto it = m_narratives.constFind(id);
    if (it != m_narratives.constEnd())
        return &*it;
    if (m_narratives.size() > kTextCacheMax)
        m_narratives.clear();
    QList<qint64> ids;
    for (int r = std::max(0, row - kTextWindow / 4); r < std::min<int>(int(m_rows.size()), row + kTextWindow); ++r)
        ids << m_rows.at(r).id;
    auto lines = store::LedgerQuery::narratives(m_ws, ids, m_language);
    if (!lines)
        return nullptr;
    for (qint64 i : ids)
        m_narratives.insert(i, lines->value(i)); // an empty line for a narrative-less entry
    return &*m_narratives.constFind(id);
}

QString LedgerListModel::quantityText(const store::LedgerRow &row) const
{
    if (!row.quantity)
        return QString();
    auto it = m_quantities.constFind(row.id);
    if (it != m_quantities.constEnd())
        return *it;
    if (m_quantities.size() > kTextCacheMax)
        m_quantities.clear();
    const QString text = domain::formatQuantity(row.quantity, QLocale().name().section(u'_', 0, 0));
    m_quantities.insert(row.id, text);
    return text;
}

QVariant LedgerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::LedgerRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Date: return r.date;
        case From: return r.fromPartnerId;
        case To: return r.toPartnerId;
        case Kind: return domain::contributionKindKey(r.kind);
        case Quantity: return r.quantity ? QVariant(r.quantity->minorUnits) : QVariant();
        case Narrative: return QVariant();
        case Status: return int(r.status);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Date: return QLocale().toString(r.date, QLocale::ShortFormat);
        case From: return m_partnerNames.value(r.fromPartnerId);
        case To: return m_partnerNames.value(r.toPartnerId);
        case Kind: return kindLabel(r.kind);
        case Quantity: return quantityText(r);
        case Narrative: {
            const store::NarrativeLine *line = narrative(index.row());
            return line ? line->text.section(u'\n', 0, 0) : QString();
        }
        case Status: return entryStatusLabel(r.status, r.isReversal);
        case ColumnCount: break;
        }
        return {};
    }
    if (index.column() == Narrative && (role == Qt::ForegroundRole || role == Qt::ToolTipRole || role == Qt::FontRole)) {
        const store::NarrativeLine *line = narrative(index.row());
        const bool shownInOriginal = line && !line->text.isEmpty() && line->status == domain::TranslationStatus::Missing;
        if (!shownInOriginal)
            return {};
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return tr("Missing in %1; shown in its original language (%2)")
            .arg(languageLabel(m_language), languageLabel(line->language));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant LedgerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date: return tr("Date");
    case From: return tr("From");
    case To: return tr("To");
    case Kind: return tr("Kind");
    case Quantity: return tr("Quantity");
    case Narrative: return tr("Narrative");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

void LedgerListModel::sort(int column, Qt::SortOrder order)
{
    const store::LedgerSort sort = column == Kind       ? store::LedgerSort::Kind
                                   : column == Quantity ? store::LedgerSort::Quantity
                                                        : store::LedgerSort::Date;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending && m_query)
        return;
    m_sort = sort;
    m_descending = descending;
    restart();
}

void LedgerListModel::setFilter(const store::LedgerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void LedgerListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (auto names = store::PartnerQuery::names(m_ws, m_language))
        m_partnerNames = *names;
    m_narratives.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, From), index(int(m_rows.size()) - 1, Narrative));
}

qint64 LedgerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LedgerListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

qint64 LedgerListModel::matchingCount() const
{
    auto count = m_query->count();
    return count ? *count : 0;
}

void LedgerListModel::insertSorted(const store::LedgerRow &row)
{
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                               [this](const store::LedgerRow &a, const store::LedgerRow &b) { return m_query->before(a, b); });
    const int position = int(it - m_rows.cbegin());
    if (position == m_rows.size() && !m_query->atEnd())
        return; // beyond the loaded rows: a later page brings it
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

void LedgerListModel::entryAdded(qint64 id)
{
    auto matches = m_query->matches(id);
    if (!matches || !*matches)
        return;
    auto row = store::LedgerQuery::row(m_ws, id);
    if (row)
        insertSorted(*row);
}

void LedgerListModel::entryChanged(qint64 id)
{
    const int r = rowOf(id);
    auto matches = m_query->matches(id);
    auto row = store::LedgerQuery::row(m_ws, id);
    if (r >= 0 && matches && *matches && row && row->date == m_rows.at(r).date) {
        // Same place in the order: updated in place, so the row keeps its selection.
        m_rows[r] = *row;
        m_narratives.remove(id);
        m_quantities.remove(id);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    } else {
        entryRemoved(id);
        entryAdded(id);
    }
    // A new partner may have been named since the list opened.
    if (auto names = store::PartnerQuery::names(m_ws, m_language))
        m_partnerNames = *names;
}

void LedgerListModel::entryRemoved(qint64 id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    m_narratives.remove(id);
    m_quantities.remove(id);
    endRemoveRows();
}

} // namespace trellis::gui
