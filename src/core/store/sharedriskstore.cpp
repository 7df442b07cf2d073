#include "store/sharedriskstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/sharedrisksql.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <QHash>
#include <QSet>

namespace trellis::store {

using domain::SharedRisk;

namespace {

const QString kPartOwner = QStringLiteral("shared_risk_part");

/// A part already saved: its UUID and the id of its text, kept so its translations keep their history.
struct SavedPart {
    QString uuid;
    std::optional<qint64> textId;
};

/// Makes the parts of risk riskId exactly those of r; a part that stays keeps its UUID and text id.
Status writeParts(Database &db, qint64 riskId, const SharedRisk &r)
{
    QHash<qint64, SavedPart> saved;
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT partner_id, uuid, part_text_id FROM shared_risk_part WHERE risk_id = ?"), riskId));
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        saved.insert(row.int64(0), SavedPart{row.text(1), row.optionalInt64(2)});
    }));
    QSet<qint64> kept;
    for (const domain::SharedRiskPart &p : r.parts)
        kept.insert(p.partnerId);
    TextStore texts(db);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM shared_risk_part WHERE risk_id = ? AND partner_id = ?"),
                               riskId, it.key()));
        TRELLIS_TRY(texts.removeOwner(it->uuid));
    }
    for (const domain::SharedRiskPart &p : r.parts) {
        const SavedPart part = saved.contains(p.partnerId) ? saved.value(p.partnerId) : SavedPart{newUuid(), std::nullopt};
        TRELLIS_TRY_ASSIGN(const auto textIds,
                           texts.saveFields(kPartOwner, part.uuid, {{QStringLiteral("part"), &p.part, part.textId}}));
        Status written = db.execute(QStringLiteral(
            "INSERT INTO shared_risk_part(uuid, risk_id, partner_id, part_text_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(risk_id, partner_id) DO UPDATE SET part_text_id = excluded.part_text_id"),
            part.uuid, riskId, p.partnerId, textIds.at(0));
        if (!written)
            return written.error().code == ErrorCode::Conflict ? recordNotFound(QStringLiteral("Partner"), p.partnerId)
                                                               : written.error();
    }
    return {};
}

} // namespace

template <>
RecordRow RecordStore<SharedRisk>::rowOf(SharedRisk &r)
{
    return {QStringLiteral("shared_risk"), QStringLiteral("Shared risk"), {QStringLiteral("taken_on")},
            {{QStringLiteral("what"), &r.what}, {QStringLiteral("outcome"), &r.outcome}},
            {{linkTableOf(RiskLink::Campaign), &r.campaignIds}, {linkTableOf(RiskLink::LedgerEntry), &r.ledgerEntryIds},
             {linkTableOf(RiskLink::Incident), &r.incidentIds}}};
}

template <>
Status RecordStore<SharedRisk>::write(SharedRisk &risk, bool isNew)
{
    return save(risk, [&](Database &db, SharedRisk &r) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(r), isNew, r.stamp, m_ws.author(),
                                   [&](Statement &row) { row.bindAll(r.takenOn); }));
        return writeParts(db, r.stamp.id, r);
    });
}

template <>
Status RecordStore<SharedRisk>::remove(qint64 id)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement published, db.query(QStringLiteral(
            "SELECT 1 FROM retro_answer_shared_risk c JOIN retro_answer a ON a.id = c.answer_id "
            "JOIN retro r ON r.id = a.retro_id WHERE c.risk_id = ? AND r.published_at IS NOT NULL LIMIT 1"), id));
        TRELLIS_TRY_ASSIGN(const bool citedWhenPublished, published.step());
        if (citedWhenPublished)
            return makeError(ErrorCode::Conflict, QStringLiteral("Shared risk %1 is cited by a published retro: it stays in "
                                                                 "the alliance's record and cannot be deleted").arg(id));
        TRELLIS_TRY_ASSIGN(Statement parts, db.query(QStringLiteral(
            "SELECT uuid FROM shared_risk_part WHERE risk_id = ?"), id));
        TRELLIS_TRY_ASSIGN(const QStringList partUuids, parts.collect([](const Statement &row) { return row.text(0); }));
        SharedRisk r;
        TRELLIS_TRY(removeRecordRow(db, rowOf(r), id));
        for (const QString &uuid : std::as_const(partUuids))
            TRELLIS_TRY(TextStore(db).removeOwner(uuid));
        return {};
    });
}

template <>
Result<SharedRisk> RecordStore<SharedRisk>::get(qint64 id) const
{
    Database &db = m_ws.database();
    SharedRisk r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, r));
    r.takenOn = row.date(0);
    TextStore texts(db);
    TRELLIS_TRY_ASSIGN(Statement parts, db.query(QStringLiteral(
        "SELECT partner_id, part_text_id FROM shared_risk_part WHERE risk_id = ? ORDER BY id"), id));
    TRELLIS_TRY_ASSIGN(r.parts, parts.collect([&](const Statement &row) -> Result<domain::SharedRiskPart> {
        domain::SharedRiskPart part{row.int64(0), {}};
        TRELLIS_TRY(texts.loadFields({{row.optionalInt64(1), &part.part}}));
        return part;
    }));
    return r;
}

Result<QList<SharedRiskSummary>> SharedRiskStore::list() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(riskSummarySql(QString())));
    return readRiskSummaries(select);
}

} // namespace trellis::store
