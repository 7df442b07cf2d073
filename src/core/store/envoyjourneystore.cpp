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

} // namespace

template <>
RecordRow RecordStore<EnvoyJourney>::rowOf(EnvoyJourney &j)
{
    return {QStringLiteral("envoy_journey"), QStringLiteral("Envoy journey"),
            {QStringLiteral("envoy"), QStringLiteral("from_partner_id"), QStringLiteral("to_partner_id"),
             QStringLiteral("first_day"), QStringLiteral("last_day")},
            {{QStringLiteral("questions"), &j.questions}, {QStringLiteral("voices"), &j.voices},
             {QStringLiteral("returned"), &j.returned}, {QStringLiteral("carbon"), &j.carbon},
             {QStringLiteral("visas"), &j.visas}, {QStringLiteral("surveillance"), &j.surveillance}},
            {{kEntries, &j.ledgerEntryIds}, {kCrossovers, &j.crossoverIds}}};
}

template <>
Status RecordStore<EnvoyJourney>::write(EnvoyJourney &journey, bool isNew)
{
    return saveRow(journey, isNew, [](Statement &row, const EnvoyJourney &j) {
        row.bindAll(j.envoy, j.fromPartnerId, j.toPartnerId, j.firstDay, j.lastDay);
    }, QStringLiteral("A partner of the journey is not a partner of this workspace"));
}

template <>
Result<EnvoyJourney> RecordStore<EnvoyJourney>::get(qint64 id) const
{
    EnvoyJourney j;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, j));
    row.readAll(j.envoy, j.fromPartnerId, j.toPartnerId, j.firstDay, j.lastDay);
    return j;
}

Result<QList<qint64>> EnvoyJourneyStore::ids() const
{
    return m_ws.database().ids(QStringLiteral(
        "SELECT id FROM envoy_journey ORDER BY first_day DESC, id DESC"));
}

Result<QList<qint64>> EnvoyJourneyStore::ofPartner(qint64 partnerId) const
{
    return m_ws.database().ids(QStringLiteral(
        "SELECT id FROM envoy_journey WHERE from_partner_id = ?1 OR to_partner_id = ?1 ORDER BY first_day DESC, id DESC"),
        partnerId);
}

} // namespace trellis::store
