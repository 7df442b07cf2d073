#include "gui/ledger/ledgerlistmodel.h"

#include "domain/sidebyside.h"
#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"
#include "i18n/collation.h"
#include "store/partnerquery.h"
#include "util/log.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QMetaObject>
#include <QPalette>

#include <algorithm>

namespace trellis::gui {
namespace {

constexpr int kTextWindow = 64; // narratives fetched around a missing one

} // namespace

LedgerListModel::LedgerListModel(store::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    m_language = uiLanguage();
    readPartnerNames();
    m_order = orderFor(Date, true);
    m_query = std::make_unique<store::LedgerQuery>(m_ws, m_filter, m_order);
    if (auto count = m_query->count())
        m_count = *count;
    else
        fail(count.error());
}

LedgerListModel::~LedgerListModel() = default;

store::LedgerOrder LedgerListModel::orderFor(int column, bool descending) const
{
    store::LedgerOrder order;
    order.descending = descending;
    switch (Column(column)) {
    case From: order.by = store::LedgerSort::From; break;
    case To: order.by = store::LedgerSort::To; break;
    case Kind: order.by = store::LedgerSort::Kind; break;
    case Quantity: order.by = store::LedgerSort::Quantity; break;
    case Status: order.by = store::LedgerSort::Status; break;
    case Date:
    case Narrative:
    case ColumnCount: break;
    }
    if (order.by == store::LedgerSort::From || order.by == store::LedgerSort::To) {
        // Partners rank by their names in the list's language, with its collation (in SQL).
        store::PartnerQuery partners(m_ws, m_language);
        if (auto all = partners.next(1 << 20)) {
            for (const store::PartnerRow &p : std::as_const(*all))
                order.partnerRanks << p.id;
        }
    }
    if (order.by == store::LedgerSort::Kind) {
        // Kinds rank by their labels in the UI language, with its collation.
        QList<domain::ContributionKind> kinds;
        for (int k = 0; k < int(domain::ContributionKind::Count); ++k)
            kinds << domain::ContributionKind(k);
        const QString language = uiLanguage();
        std::stable_sort(kinds.begin(), kinds.end(), [&language](domain::ContributionKind a, domain::ContributionKind b) {
            return i18n::compareTexts(kindLabel(a), kindLabel(b), language) < 0;
        });
        for (domain::ContributionKind k : std::as_const(kinds))
            order.kindRanks << domain::contributionKindKey(k);
    }
    return order;
}

void LedgerListModel::refresh()
{
    // A new filter or order replaces the rows as removals and insertions (not a reset), so that
    // views keep their header state (column widths, sort indicator).
    if (m_count > 0) {
        beginRemoveRows({}, 0, int(m_count) - 1);
        m_count = 0;
        forget();
        endRemoveRows();
    }
    forget();
    m_query = std::make_unique<store::LedgerQuery>(m_ws, m_filter, m_order);
    auto count = m_query->count();
    if (!count) {
        fail(count.error());
        return;
    }
    if (*count > 0) {
        beginInsertRows({}, 0, int(*count) - 1);
        m_count = *count;
        endInsertRows();
    }
}

void LedgerListModel::forget()
{
    m_pages.clear();
    m_recent.clear();
    m_anchors.clear();
    m_narratives.clear();
    m_quantities.clear();
}

void LedgerListModel::fail(const Error &error) const
{
    log::get("gui")->warn("ledger list read failed (code {})", int(error.code));
    // data() is const and may run while a view paints: the signal goes out afterwards.
    QMetaObject::invokeMethod(const_cast<LedgerListModel *>(this),
                              [this, message = error.message] {
                                  Q_EMIT const_cast<LedgerListModel *>(this)->errorOccurred(message);
                              },
                              Qt::QueuedConnection);
}

const QList<store::LedgerRow> &LedgerListModel::page(qint64 index) const
{
    auto held = m_pages.constFind(index);
    if (held != m_pages.constEnd()) {
        if (m_recent.first() != index) {
            m_recent.removeOne(index);
            m_recent.prepend(index);
        }
        return *held;
    }
    const qint64 first = index * kPageSize;
    const int size = int(std::min<qint64>(kPageSize, m_count - first));
    // Read from whichever known point is nearest: the start, the end, or a page start seen
    // before (forward from it, or backward from one after the page), so OFFSET skips at most
    // half the rows and usually none.
    store::LedgerSeek seek;
    qint64 skip = first;
    if (m_count - (first + size) < skip) {
        seek.backward = true;
        skip = m_count - (first + size);
    }
    auto after = m_anchors.upper_bound(first);
    if (after != m_anchors.begin()) {
        auto at = std::prev(after);
        if (first - at->first < skip) {
            seek = store::LedgerSeek{at->second, false, true};
            skip = first - at->first;
        }
    }
    if (after != m_anchors.end() && after->first >= first + size && after->first - (first + size) < skip) {
        seek = store::LedgerSeek{after->second, true, false};
        skip = after->first - (first + size);
    }
    auto rows = m_query->window(seek, skip, size);
    QList<store::LedgerRow> found;
    if (!rows)
        fail(rows.error());
    else
        found = std::move(*rows);
    if (found.size() != size)
        log::get("gui")->warn("ledger page {} has {} rows, expected {}", index, found.size(), size);
    if (!found.isEmpty()) {
        if (m_anchors.size() >= size_t(kMaxAnchors))
            m_anchors.clear();
        m_anchors.insert_or_assign(first, found.first());
    }
    if (m_recent.size() >= kCachedPages) {
        const qint64 oldest = m_recent.takeLast();
        for (const store::LedgerRow &r : std::as_const(m_pages[oldest])) {
            m_narratives.remove(r.id);
            m_quantities.remove(r.id);
        }
        m_pages.remove(oldest);
    }
    m_recent.prepend(index);
    return *m_pages.insert(index, std::move(found));
}

const store::LedgerRow *LedgerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<store::LedgerRow> &rows = page(row / kPageSize);
    const int i = row % kPageSize;
    return i < rows.size() ? &rows.at(i) : nullptr;
}

std::optional<std::pair<int, store::LedgerRow>> LedgerListModel::heldRow(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return std::make_pair(int(it.key() * kPageSize + i), it->at(i));
        }
    }
    for (const auto &[position, row] : m_anchors) {
        if (row.id == id)
            return std::make_pair(int(position), row);
    }
    return std::nullopt;
}

int LedgerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int LedgerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const store::NarrativeLine *LedgerListModel::narrative(int row) const
{
    const store::LedgerRow *r = rowAt(row);
    if (!r)
        return nullptr;
    const qint64 id = r->id;
    auto it = m_narratives.constFind(id);
    if (it != m_narratives.constEnd())
        return &*it;
    if (m_narratives.size() > kMaxTexts)
        m_narratives.clear();
    // The rows around it on the same page, in one go: a view paints them next.
    const QList<store::LedgerRow> &rows = page(row / kPageSize);
    const int i = row % kPageSize;
    QList<qint64> ids;
    for (int k = std::max(0, i - kTextWindow / 4); k < std::min<int>(int(rows.size()), i + kTextWindow); ++k)
        ids << rows.at(k).id;
    auto lines = store::LedgerQuery::narratives(m_ws, ids, m_language);
    if (!lines) {
        fail(lines.error());
        return nullptr;
    }
    for (qint64 k : std::as_const(ids))
        m_narratives.insert(k, lines->value(k)); // an empty line for a narrative-less entry
    return &*m_narratives.constFind(id);
}

QString LedgerListModel::quantityText(const store::LedgerRow &row) const
{
    if (!row.quantity)
        return QString();
    auto it = m_quantities.constFind(row.id);
    if (it != m_quantities.constEnd())
        return *it;
    if (m_quantities.size() > kMaxTexts)
        m_quantities.clear();
    const QString text = amountLabel(row.quantity);
    m_quantities.insert(row.id, text);
    return text;
}

QVariant LedgerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != IdRole && role != SortRole && role != Qt::ForegroundRole
        && role != Qt::ToolTipRole && role != Qt::FontRole)
        return {};
    const store::LedgerRow *found = rowAt(index.row());
    if (!found)
        return {};
    const store::LedgerRow r = *found; // a narrative read below may not move it, but stay safe
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
        case Date: return mediumDate(r.date);
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
    if (index.column() != Narrative)
        return {};
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
    if (!isSortable(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (column == m_sortColumn && descending == m_order.descending)
        return;
    m_sortColumn = column;
    m_order = orderFor(column, descending);
    refresh();
}

void LedgerListModel::setFilter(const store::LedgerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void LedgerListModel::readPartnerNames()
{
    if (auto names = store::PartnerQuery::names(m_ws, m_language, m_fallback))
        m_partnerNames = *names;
    else
        fail(names.error());
}

void LedgerListModel::partnersChanged()
{
    readPartnerNames();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, From), index(int(m_count) - 1, To));
}

void LedgerListModel::setLanguage(const QString &language, const QString &fallback)
{
    if (language == m_language && fallback == m_fallback)
        return;
    const bool sameLanguage = language == m_language;
    m_language = language;
    m_fallback = fallback;
    if (sameLanguage) {
        partnersChanged();
        return;
    }
    readPartnerNames();
    m_narratives.clear();
    if (m_sortColumn == From || m_sortColumn == To) {
        m_order = orderFor(m_sortColumn, m_order.descending); // partners rank by their names in it
        refresh();
    } else if (m_count > 0) {
        Q_EMIT dataChanged(index(0, From), index(int(m_count) - 1, Narrative));
    }
}

qint64 LedgerListModel::idAt(int row) const
{
    const store::LedgerRow *r = rowAt(row);
    return r ? r->id : 0;
}

int LedgerListModel::rowOf(qint64 id) const
{
    if (auto held = heldRow(id))
        return held->first;
    auto row = store::LedgerQuery::row(m_ws, id);
    if (!row || !m_query->matches(*row))
        return -1;
    auto position = m_query->countBefore(*row);
    return position && *position < m_count ? int(*position) : -1;
}

void LedgerListModel::shiftAnchors(const store::LedgerRow *removed, const store::LedgerRow *added)
{
    // An anchor is a row and how many rows sort before it: a row leaving or arriving before it
    // moves it by one. Pages are read again (they are few and cheap near an anchor).
    std::map<qint64, store::LedgerRow> shifted;
    for (const auto &[position, row] : m_anchors) {
        if ((removed && row.id == removed->id) || (added && row.id == added->id))
            continue;
        qint64 p = position;
        if (removed && m_query->before(*removed, row))
            --p;
        if (added && m_query->before(*added, row))
            ++p;
        shifted.emplace(p, row);
    }
    m_anchors = std::move(shifted);
    m_pages.clear();
    m_recent.clear();
}

void LedgerListModel::entryAdded(qint64 id)
{
    auto row = store::LedgerQuery::row(m_ws, id);
    if (!row || !m_query->matches(*row) || heldRow(id))
        return;
    // A partner named since the names were read (e.g. by another window) is named, never blank.
    if (!m_partnerNames.contains(row->fromPartnerId) || !m_partnerNames.contains(row->toPartnerId))
        readPartnerNames();
    // Told twice (or after a refresh that counted it already): the rows are all there.
    auto count = m_query->count();
    if (!count || *count <= m_count)
        return;
    auto position = m_query->countBefore(*row);
    if (!position) {
        fail(position.error());
        return;
    }
    const int at = int(std::min(*position, m_count));
    beginInsertRows({}, at, at);
    ++m_count;
    shiftAnchors(nullptr, &*row);
    endInsertRows();
}

void LedgerListModel::entryRemoved(qint64 id)
{
    auto held = heldRow(id);
    if (!held) {
        // Not on a held page: where it was is unknown, so the rows are counted again.
        auto count = m_query->count();
        if (count && *count != m_count)
            refresh();
        return;
    }
    beginRemoveRows({}, held->first, held->first);
    --m_count;
    m_narratives.remove(id);
    m_quantities.remove(id);
    shiftAnchors(&held->second, nullptr);
    endRemoveRows();
}

void LedgerListModel::entryChanged(qint64 id)
{
    // A new partner may have been named since the list opened.
    readPartnerNames();
    auto held = heldRow(id);
    auto row = store::LedgerQuery::row(m_ws, id);
    const bool matches = row && m_query->matches(*row);
    if (!held) {
        auto count = m_query->count();
        if (matches || (count && *count != m_count))
            refresh(); // it may have been anywhere: start over
        return;
    }
    if (!matches) {
        entryRemoved(id);
        return;
    }
    auto position = m_query->countBefore(*row);
    if (!position) {
        fail(position.error());
        return;
    }
    const int from = held->first;
    const int to = int(std::min(*position, m_count - 1));
    m_narratives.remove(id);
    m_quantities.remove(id);
    if (to == from) {
        // Same place in the order: updated in place.
        shiftAnchors(&held->second, &*row);
        Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
        return;
    }
    // A move keeps the selection on the entry.
    const bool moving = beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    shiftAnchors(&held->second, &*row);
    if (moving)
        endMoveRows();
}

} // namespace trellis::gui
