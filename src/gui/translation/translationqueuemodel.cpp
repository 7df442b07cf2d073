#include "gui/translation/translationqueuemodel.h"

#include "gui/editing/labels.h"
#include "i18n/language.h"
#include "store/partnerquery.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <climits>

namespace trellis::gui {

using domain::TranslationStatus;

QString queueKindLabel(const QString &ownerKind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("retro_answer"), QT_TRANSLATE_NOOP("TranslationQueue", "Retro answer")},
        {QStringLiteral("retro_action"), QT_TRANSLATE_NOOP("TranslationQueue", "Retro action")},
        {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("TranslationQueue", "Conflict protocol")},
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("TranslationQueue", "Incident")},
        {QStringLiteral("rehearsal"), QT_TRANSLATE_NOOP("TranslationQueue", "Rehearsal")},
        {QStringLiteral("ledger_entry"), QT_TRANSLATE_NOOP("TranslationQueue", "Ledger entry")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("TranslationQueue", "Partner")},
        {QStringLiteral("paraphrase"), QT_TRANSLATE_NOOP("TranslationQueue", "Goal paraphrase")},
        {QStringLiteral("paraphrase_event"), QT_TRANSLATE_NOOP("TranslationQueue", "Note on a paraphrase")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("TranslationQueue", "Campaign")},
        {QStringLiteral("cultural_exchange"), QT_TRANSLATE_NOOP("TranslationQueue", "Cultural exchange")},
        {QStringLiteral("shared_risk"), QT_TRANSLATE_NOOP("TranslationQueue", "Shared risk")},
        {QStringLiteral("shared_risk_part"), QT_TRANSLATE_NOOP("TranslationQueue", "Part of a shared risk")},
        {QStringLiteral("narrative_crossover"), QT_TRANSLATE_NOOP("TranslationQueue", "Narrative crossover")},
        {QStringLiteral("ritual"), QT_TRANSLATE_NOOP("TranslationQueue", "Ritual")},
        {QStringLiteral("pause"), QT_TRANSLATE_NOOP("TranslationQueue", "Pause")},
        {QStringLiteral("custodian_term"), QT_TRANSLATE_NOOP("TranslationQueue", "Archive hand-over")},
        {QStringLiteral("fire_drill"), QT_TRANSLATE_NOOP("TranslationQueue", "Fire drill")},
        {QStringLiteral("envoy_journey"), QT_TRANSLATE_NOOP("TranslationQueue", "Envoy journey")},
        {QStringLiteral("retro_theme"), QT_TRANSLATE_NOOP("TranslationQueue", "Retro theme")},
        {QStringLiteral("retro_note"), QT_TRANSLATE_NOOP("TranslationQueue", "Facilitator's note")},
        {QStringLiteral("retro_local_update"), QT_TRANSLATE_NOOP("TranslationQueue", "Local update")},
        {QStringLiteral("retro_action_review"), QT_TRANSLATE_NOOP("TranslationQueue", "Action review")},
    };
    const char *label = labels.value(ownerKind);
    return label ? QCoreApplication::translate("TranslationQueue", label) : ownerKind;
}

namespace {

/// "text" is the whole of an answer or action; other keys name themselves.
QString queueFieldLabel(const store::QueueItem &item)
{
    if (item.field == QLatin1String("text"))
        return QCoreApplication::translate("TranslationQueue", "text");
    return fieldLabel(item.field);
}

qint64 ageInDays(const store::QueueItem &item)
{
    return item.since.isValid() ? std::max<qint64>(0, item.since.daysTo(QDateTime::currentDateTimeUtc())) : 0;
}

} // namespace

TranslationQueueModel::TranslationQueueModel(store::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
}

std::optional<QList<store::QueueItem>> TranslationQueueModel::read()
{
    auto items = store::translationQueue(m_ws.database(), m_filter);
    if (!items) {
        m_error = items.error().message;
        log::get("gui")->warn("translation queue not read");
        return std::nullopt;
    }
    // Names change with the target and with edits elsewhere: read with every list (partners are few).
    auto names = store::PartnerQuery::names(m_ws, m_filter.targetLanguage, uiLanguage());
    m_partnerNames = names ? std::move(*names) : QHash<qint64, QString>{};
    m_error.clear();
    return std::move(*items);
}

bool TranslationQueueModel::setFilter(const store::QueueFilter &filter)
{
    m_filter = filter;
    auto items = read();
    beginResetModel();
    m_items = items ? std::move(*items) : QList<store::QueueItem>{};
    m_fetched = int(std::min<qsizetype>(kPage, m_items.size()));
    endResetModel();
    return items.has_value();
}

bool TranslationQueueModel::refresh()
{
    auto fresh = read();
    if (!fresh)
        return false;
    QSet<qint64> keep;
    for (const store::QueueItem &item : std::as_const(*fresh))
        keep.insert(item.textId);
    dropTranslated(keep);
    // What stayed keeps its rows when the queue holds nothing else (a draft changes only its status).
    bool same = m_items.size() == fresh->size();
    for (qsizetype i = 0; same && i < m_items.size(); ++i)
        same = m_items.at(i).textId == fresh->at(i).textId;
    if (same) {
        m_items = std::move(*fresh);
        if (m_fetched > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_fetched - 1, ColumnCount - 1));
        return true;
    }
    beginResetModel();
    m_items = std::move(*fresh);
    m_fetched = int(std::min<qsizetype>(std::max(m_fetched, kPage), m_items.size()));
    endResetModel();
    return true;
}

void TranslationQueueModel::dropTranslated(const QSet<qint64> &keep)
{
    // From the end, one contiguous run at a time, so the rows above keep their indexes.
    int row = int(m_items.size()) - 1;
    while (row >= 0) {
        if (keep.contains(m_items.at(row).textId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_items.at(first - 1).textId))
            --first;
        const int shownLast = std::min(row, m_fetched - 1);
        if (first <= shownLast) {
            beginRemoveRows({}, first, shownLast);
            m_items.remove(first, row - first + 1);
            m_fetched -= shownLast - first + 1;
            endRemoveRows();
        } else {
            m_items.remove(first, row - first + 1);
        }
        row = first - 1;
    }
}

int TranslationQueueModel::rowOfText(qint64 textId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).textId != textId)
            continue;
        while (row >= m_fetched && canFetchMore({}))
            fetchMore({});
        return row;
    }
    return -1;
}

QString TranslationQueueModel::recordTitle(const store::QueueItem &item) const
{
    const bool ofPartner = item.record.kind == QLatin1String("partner");
    if (ofPartner && m_partnerNames.contains(item.record.id))
        return QChar(QLocale().textDirection() == Qt::RightToLeft ? 0x200F : 0x200E) + QStringLiteral("%1 · \u2068%2\u2069").arg(queueKindLabel(item.ownerKind), m_partnerNames.value(item.record.id));
    return tr("%1 %2").arg(queueKindLabel(item.ownerKind), numberLabel(item.ownerId));
}

int TranslationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int TranslationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TranslationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_items.size();
}

void TranslationQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = int(std::min<qsizetype>(m_fetched + kPage, m_items.size())) - 1;
    beginInsertRows({}, m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
}

QVariant TranslationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const store::QueueItem &item = m_items.at(index.row());
    if (role == kTextIdRole)
        return item.textId;
    if (role == Qt::TextAlignmentRole && (index.column() == Words || index.column() == Age))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Record)
        return item.source.left(300);
    if (role == kSortRole) {
        switch (Column(index.column())) {
        case Record: return item.ownerKind;
        case Field: return item.field;
        case SourceLanguage: return item.sourceLanguage;
        case Words: return qint64(item.words);
        case Age: return ageInDays(item);
        case Status: return int(item.status);
        case ColumnCount: break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Record:
        return item.settled ? tr("%1 · settled").arg(recordTitle(item)) : recordTitle(item);
    case Field: return queueFieldLabel(item);
    case SourceLanguage: return languageLabel(item.sourceLanguage);
    case Words: return QLocale().toString(qint64(item.words));
    case Age: {
        const qint64 days = ageInDays(item);
        return days == 0 ? tr("today") : tr("%n day(s)", nullptr, int(std::min<qint64>(days, INT_MAX)));
    }
    case Status: return statusLabel(item.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant TranslationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    case SourceLanguage: return tr("Original in");
    case Words: return tr("Words");
    case Age: return tr("Age");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace trellis::gui
