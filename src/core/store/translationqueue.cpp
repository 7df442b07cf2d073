#include "store/translationqueue.h"

#include "i18n/language.h"
#include "i18n/wordcount.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/textowners.h"
#include "util/clock.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trellis::store {
namespace {

// A partner's Latin name (field "latin") is a transliteration kept for search, not a text to
// translate. One LEFT JOIN per kind of owner (%1, from textOwnerKinds()): each finds the owning row
// through its uuid's UNIQUE index, so the query reads the text table once and sorts only the fields
// that wait. What a retro holds is settled once the retro is published; a protocol's fields once
// any partner agreed to it.
const char16_t *const kQueueSql = uR"sql(
SELECT t.id, t.owner_kind, t.owner_uuid, t.field, t.original_lang, o.body, v.status, v.body,
       coalesce(%2) AS owner_id,
       coalesce(%3) AS opens_id,
       coalesce(%4) AS since,
       (EXISTS (SELECT 1 FROM retro r WHERE r.id = coalesce(%5) AND r.published_at IS NOT NULL)
        OR EXISTS (SELECT 1 FROM protocol_agreement pa WHERE pa.protocol_id = x_protocol.id)) AS settled
FROM bitext t
JOIN bitext_version o ON o.text_id = t.id AND o.status = 'original'
LEFT JOIN bitext_version v ON v.text_id = t.id AND v.lang = :to
%1
WHERE t.sensitive = 0 AND t.original_lang <> :to AND NOT (t.owner_kind = 'partner' AND t.field = 'latin')
  AND (v.status IS NULL OR v.status = 'machine')
  AND (:status = '' OR coalesce(v.status, 'missing') = :status)
  AND (:kinds IS NULL OR t.owner_kind IN (SELECT value FROM json_each(:kinds)))
  AND (:sources IS NULL OR t.original_lang IN (SELECT value FROM json_each(:sources)))
ORDER BY settled DESC, since, t.id
)sql";

/// The queue's query: kQueueSql with, for each kind of owner, its join (x_<kind>), its row's id,
/// the id of the record a text of it opens, when it was written and, for a retro's parts, the retro.
/// A part that opens a part (a paraphrase's note) or takes its record's time (a risk's part) also
/// joins the record it is part of (y_<kind>).
QString queueSql()
{
    QStringList joins, ids, opens, made, retros;
    for (const TextOwnerKind &owner : textOwnerKinds()) {
        // Kinds, tables and columns come from the fixed list of textOwnerKinds(), never from the filter.
        const QString x = QStringLiteral("x_") + owner.kind;
        joins << QStringLiteral("LEFT JOIN %1 %2 ON t.owner_kind = '%3' AND %2.uuid = t.owner_uuid")
                     .arg(owner.table, x, owner.kind);
        ids << x + QStringLiteral(".id");
        if (!owner.madeAt.isEmpty())
            made << x + u'.' + owner.madeAt;
        if (owner.opensKind.isEmpty())
            continue;
        // The record it is part of: a kind with texts of its own, or one without (a retro).
        const TextOwnerKind *around = textOwnerKind(owner.opensKind);
        const QString y = QStringLiteral("y_") + owner.kind;
        const bool twoSteps = around && !around->opensKind.isEmpty();
        if (around && (twoSteps || owner.madeAt.isEmpty())) {
            joins << QStringLiteral("LEFT JOIN %1 %2 ON %2.id = %3.%4").arg(around->table, y, x, owner.partOf);
            if (owner.madeAt.isEmpty())
                made << y + u'.' + around->madeAt;
        }
        const QString opened = twoSteps ? y + u'.' + around->partOf : x + u'.' + owner.partOf;
        opens << opened;
        if (owner.opensKind == QLatin1String("retro"))
            retros << opened;
    }
    const QString comma = QStringLiteral(", ");
    return QString::fromUtf16(kQueueSql)
        .arg(joins.join(u'\n'), ids.join(comma), opens.join(comma), made.join(comma), retros.join(comma));
}

std::optional<QString> jsonList(const QStringList &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

/// The record a field opens: its owner, or the record its owner is part of (a retro, a partner,
/// a shared risk), whose id the query found as opensId.
RecordRef opening(const QString &ownerKind, qint64 ownerId, std::optional<qint64> opensId)
{
    const QString opened = openedKind(ownerKind);
    return opensId && opened != ownerKind ? RecordRef{opened, *opensId} : RecordRef{ownerKind, ownerId};
}

} // namespace

const QStringList &queueKinds()
{
    static const QStringList kinds = [] {
        QStringList keys;
        for (const TextOwnerKind &owner : textOwnerKinds())
            keys << owner.kind;
        return keys;
    }();
    return kinds;
}

Result<QList<QueueItem>> translationQueue(Database &db, const QueueFilter &filter)
{
    using domain::TranslationStatus;
    auto target = i18n::canonicalLanguageTag(filter.targetLanguage);
    if (!target)
        return target.error();
    for (const QString &kind : filter.kinds) {
        if (!queueKinds().contains(kind))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is not a kind of record with texts (one of: %2)")
                                 .arg(kind, queueKinds().join(QStringLiteral(", "))));
    }
    QStringList sources;
    for (const QString &tag : filter.sourceLanguages) {
        auto canonical = i18n::canonicalLanguageTag(tag);
        if (!canonical)
            return canonical.error();
        sources << *canonical;
    }
    QString status;
    if (filter.status) {
        if (*filter.status != TranslationStatus::Missing && *filter.status != TranslationStatus::Machine)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The translation queue lists missing and machine-drafted fields only"));
        status = domain::statusKey(*filter.status);
    }

    static const QString kSql = queueSql(); // the kinds are fixed: composed once
    TRELLIS_TRY_ASSIGN(Statement select, db.prepare(kSql));
    select.bind(":to", *target).bind(":status", status).bind(":kinds", jsonList(filter.kinds))
        .bind(":sources", jsonList(sources));
    QList<QueueItem> queue;
    i18n::WordCounter counter;
    TRELLIS_TRY(select.forEachRow([&](const Statement &row) -> Status {
        if (row.isNull(8))
            return {}; // a text whose record is gone: `check` reports it, the queue cannot open it
        QueueItem item;
        row.readAll(item.textId, item.ownerKind, item.ownerUuid, item.field, item.sourceLanguage, item.source);
        if (!row.isNull(6)) {
            item.status = TranslationStatus::Machine;
            item.draft = row.text(7);
        }
        item.ownerId = row.int64(8);
        item.record = opening(item.ownerKind, item.ownerId, row.optionalInt64(9));
        item.since = fromStoredTime(row.text(10));
        item.settled = row.int64(11) != 0;
        // An original in a tag ICU no longer accepts still counts, by the root locale's rules.
        auto words = counter.count(item.source, item.sourceLanguage);
        if (!words)
            words = counter.count(item.source, QStringLiteral("und"));
        item.words = words ? *words : 0;
        queue.append(std::move(item));
        return {};
    }));
    log::get("store")->debug("translation queue to {}: {} fields", target->toStdString(), queue.size());
    return queue;
}

} // namespace trellis::store
