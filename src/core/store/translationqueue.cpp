#include "store/translationqueue.h"

#include "i18n/language.h"
#include "i18n/wordcount.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trellis::store {
namespace {

// A partner's Latin name (field "latin") is a transliteration kept for search, not a text to
// translate. One LEFT JOIN per owner kind: each finds the owning row through its uuid's UNIQUE index, so the
// query reads the text table once and sorts only the fields that wait. A retro's answers and
// actions are settled once it is published; a protocol's fields once any partner agreed to it.
const char16_t *const kQueueSql = uR"sql(
SELECT t.id, t.owner_kind, t.owner_uuid, t.field, t.original_lang, o.body, v.status, v.body,
       coalesce(p.id, g.id, e.id, a.id, c.id, pr.id, i.id, r.id, cm.id, x.id, sr.id, sp.id, nc.id, ge.id, rt.id, ps.id,
                ct.id, fd.id, ej.id) AS owner_id,
       coalesce(g.partner_id, a.retro_id, c.retro_id, sp.risk_id, gp.partner_id) AS opens_id,
       coalesce(p.created_at, g.created_at, e.created_at, a.created_at, c.created_at, pr.created_at,
                i.created_at, r.created_at, cm.created_at, x.created_at, sr.created_at, spr.created_at,
                nc.created_at, ge.at, rt.created_at, ps.created_at, ct.created_at, fd.created_at, ej.created_at) AS since,
       (ra.published_at IS NOT NULL OR rc.published_at IS NOT NULL
        OR EXISTS (SELECT 1 FROM protocol_agreement pa WHERE pa.protocol_id = pr.id)) AS settled
FROM bitext t
JOIN bitext_version o ON o.text_id = t.id AND o.status = 'original'
LEFT JOIN bitext_version v ON v.text_id = t.id AND v.lang = :to
LEFT JOIN partner p ON t.owner_kind = 'partner' AND p.uuid = t.owner_uuid
LEFT JOIN goal_paraphrase g ON t.owner_kind = 'paraphrase' AND g.uuid = t.owner_uuid
LEFT JOIN ledger_entry e ON t.owner_kind = 'ledger_entry' AND e.uuid = t.owner_uuid
LEFT JOIN retro_answer a ON t.owner_kind = 'retro_answer' AND a.uuid = t.owner_uuid
LEFT JOIN retro ra ON ra.id = a.retro_id
LEFT JOIN retro_action c ON t.owner_kind = 'retro_action' AND c.uuid = t.owner_uuid
LEFT JOIN retro rc ON rc.id = c.retro_id
LEFT JOIN protocol pr ON t.owner_kind = 'protocol' AND pr.uuid = t.owner_uuid
LEFT JOIN incident i ON t.owner_kind = 'incident' AND i.uuid = t.owner_uuid
LEFT JOIN rehearsal r ON t.owner_kind = 'rehearsal' AND r.uuid = t.owner_uuid
LEFT JOIN campaign cm ON t.owner_kind = 'campaign' AND cm.uuid = t.owner_uuid
LEFT JOIN cultural_exchange x ON t.owner_kind = 'cultural_exchange' AND x.uuid = t.owner_uuid
LEFT JOIN shared_risk sr ON t.owner_kind = 'shared_risk' AND sr.uuid = t.owner_uuid
LEFT JOIN shared_risk_part sp ON t.owner_kind = 'shared_risk_part' AND sp.uuid = t.owner_uuid
LEFT JOIN shared_risk spr ON spr.id = sp.risk_id
LEFT JOIN narrative_crossover nc ON t.owner_kind = 'narrative_crossover' AND nc.uuid = t.owner_uuid
LEFT JOIN goal_paraphrase_event ge ON t.owner_kind = 'paraphrase_event' AND ge.uuid = t.owner_uuid
LEFT JOIN goal_paraphrase gp ON gp.id = ge.paraphrase_id
LEFT JOIN ritual rt ON t.owner_kind = 'ritual' AND rt.uuid = t.owner_uuid
LEFT JOIN pause ps ON t.owner_kind = 'pause' AND ps.uuid = t.owner_uuid
LEFT JOIN custodian_term ct ON t.owner_kind = 'custodian_term' AND ct.uuid = t.owner_uuid
LEFT JOIN fire_drill fd ON t.owner_kind = 'fire_drill' AND fd.uuid = t.owner_uuid
LEFT JOIN envoy_journey ej ON t.owner_kind = 'envoy_journey' AND ej.uuid = t.owner_uuid
WHERE t.sensitive = 0 AND t.original_lang <> :to AND NOT (t.owner_kind = 'partner' AND t.field = 'latin')
  AND (v.status IS NULL OR v.status = 'machine')
  AND (:status = '' OR coalesce(v.status, 'missing') = :status)
  AND (:kinds IS NULL OR t.owner_kind IN (SELECT value FROM json_each(:kinds)))
  AND (:sources IS NULL OR t.original_lang IN (SELECT value FROM json_each(:sources)))
ORDER BY settled DESC, since, t.id
)sql";

std::optional<QString> jsonList(const QStringList &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

/// The record a field opens: its owner, or the retro / partner around it.
RecordRef opening(const QString &ownerKind, qint64 ownerId, std::optional<qint64> opensId)
{
    if (opensId && (ownerKind == QLatin1String("retro_answer") || ownerKind == QLatin1String("retro_action")))
        return {QStringLiteral("retro"), *opensId};
    if (opensId && (ownerKind == QLatin1String("paraphrase") || ownerKind == QLatin1String("paraphrase_event")))
        return {QStringLiteral("partner"), *opensId};
    if (opensId && ownerKind == QLatin1String("shared_risk_part"))
        return {QStringLiteral("shared_risk"), *opensId};
    return {ownerKind, ownerId};
}

} // namespace

const QStringList &queueKinds()
{
    static const QStringList kinds = {
        QStringLiteral("retro_answer"), QStringLiteral("retro_action"), QStringLiteral("protocol"),
        QStringLiteral("incident"),     QStringLiteral("rehearsal"),    QStringLiteral("ledger_entry"),
        QStringLiteral("partner"),      QStringLiteral("paraphrase"),   QStringLiteral("paraphrase_event"),
        QStringLiteral("campaign"),     QStringLiteral("cultural_exchange"), QStringLiteral("shared_risk"),
        QStringLiteral("shared_risk_part"), QStringLiteral("narrative_crossover"), QStringLiteral("ritual"), QStringLiteral("pause"),
        QStringLiteral("custodian_term"), QStringLiteral("fire_drill"), QStringLiteral("envoy_journey"),
    };
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

    TRELLIS_TRY_ASSIGN(Statement select, db.prepare(QString::fromUtf16(kQueueSql)));
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
