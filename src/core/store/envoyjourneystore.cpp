#include "store/envoyjourneystore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::EnvoyJourney;

namespace {

const LinkTable kEntries{QStringLiteral("envoy_journey_ledger_entry"), QStringLiteral("journey_id"), QStringLiteral("entry_id"),
                         QStringLiteral("Ledger entry")};
const LinkTable kCrossovers{QStringLiteral("envoy_journey_crossover"), QStringLiteral("journey_id"),
                            QStringLiteral("crossover_id"), QStringLiteral("Crossover")};

RecordRow rowOf(EnvoyJourney &j)
{
    return {QStringLiteral("envoy_journey"), QStringLiteral("Envoy journey"),
            {QStringLiteral("envoy"), QStringLiteral("from_partner_id"), QStringLiteral("to_partner_id"),
             QStringLiteral("first_day"), QStringLiteral("last_day")},
            {{QStringLiteral("questions"), &j.questions}, {QStringLiteral("voices"), &j.voices},
             {QStringLiteral("returned"), &j.returned}, {QStringLiteral("carbon"), &j.carbon},
             {QStringLiteral("visas"), &j.visas}, {QStringLiteral("surveillance"), &j.surveillance}}};
}

} // namespace

template <>
Status RecordStore<EnvoyJourney>::write(EnvoyJourney &journey, bool isNew)
{
    return save(journey, "envoy journey", [&](Database &db, EnvoyJourney &j) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(j), isNew, j.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(j.envoy, j.fromPartnerId, j.toPartnerId, j.firstDay, j.lastDay);
        }, QStringLiteral("A partner of the journey is not a partner of this workspace")));
        TRELLIS_TRY(replaceLinks(db, kEntries, j.stamp.id, j.ledgerEntryIds));
        return replaceLinks(db, kCrossovers, j.stamp.id, j.crossoverIds);
    });
}

template <>
Status RecordStore<EnvoyJourney>::remove(qint64 id)
{
    EnvoyJourney j;
    return removeRecordRow(m_ws.database(), rowOf(j), id);
}

template <>
Result<EnvoyJourney> RecordStore<EnvoyJourney>::get(qint64 id) const
{
    Database &db = m_ws.database();
    EnvoyJourney j;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(db, rowOf(j), id, j.stamp));
    j.envoy = row.text(0);
    j.fromPartnerId = row.int64(1);
    j.toPartnerId = row.int64(2);
    j.firstDay = row.date(3);
    j.lastDay = row.date(4);
    TRELLIS_TRY_ASSIGN(j.ledgerEntryIds, linksOf(db, kEntries, id));
    TRELLIS_TRY_ASSIGN(j.crossoverIds, linksOf(db, kCrossovers, id));
    return j;
}

Result<QList<qint64>> EnvoyJourneyStore::ids() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM envoy_journey ORDER BY first_day DESC, id DESC")));
    return select.int64Column();
}

Result<QList<qint64>> EnvoyJourneyStore::ofPartner(qint64 partnerId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM envoy_journey WHERE from_partner_id = ?1 OR to_partner_id = ?1 ORDER BY first_day DESC, id DESC"),
        partnerId));
    return select.int64Column();
}

} // namespace trellis::store
