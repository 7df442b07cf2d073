#include "store/pausestore.h"

#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::Pause;

template <>
RecordRow RecordStore<Pause>::rowOf(Pause &p)
{
    return {QStringLiteral("pause"), QStringLiteral("Pause"),
            {QStringLiteral("partner_a_id"), QStringLiteral("partner_b_id"), QStringLiteral("first_day"),
             QStringLiteral("last_day"), QStringLiteral("consented_a_on"), QStringLiteral("consented_b_on")},
            {{QStringLiteral("reason"), &p.reason}}};
}

template <>
Status RecordStore<Pause>::write(Pause &pause, bool isNew)
{
    return saveRow(pause, isNew, [](Statement &row, const Pause &p) {
        row.bindAll(p.partnerA, p.partnerB, p.firstDay, p.lastDay, p.consentedByA, p.consentedByB);
    }, QStringLiteral("A partner of the pause is not a partner of this workspace"));
}

template <>
Result<Pause> RecordStore<Pause>::get(qint64 id) const
{
    Pause p;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, p));
    row.readAll(p.partnerA, p.partnerB, p.firstDay, p.lastDay, p.consentedByA, p.consentedByB);
    return p;
}

Result<QList<Pause>> PauseStore::all() const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, m_ws.database().ids(QStringLiteral("SELECT id FROM pause ORDER BY first_day, id")));
    return getEach(ids);
}

Result<QList<Pause>> PauseStore::ofPartner(qint64 partnerId) const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, m_ws.database().ids(QStringLiteral(
        "SELECT id FROM pause WHERE partner_a_id = ?1 OR partner_b_id = ?1 ORDER BY first_day, id"), partnerId));
    return getEach(ids);
}

Result<std::optional<Pause>> PauseStore::agreedOn(qint64 a, qint64 b, const QDate &date) const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, m_ws.database().ids(QStringLiteral(
        "SELECT id FROM pause WHERE consented_a_on IS NOT NULL AND consented_b_on IS NOT NULL "
        "AND ((partner_a_id = ?1 AND partner_b_id = ?2) OR (partner_a_id = ?2 AND partner_b_id = ?1)) "
        "AND ?3 BETWEEN first_day AND last_day ORDER BY first_day, id LIMIT 1"), a, b, date.toString(Qt::ISODate)));
    TRELLIS_TRY_ASSIGN(const QList<Pause> found, getEach(ids));
    if (found.isEmpty())
        return std::optional<Pause>();
    return std::optional<Pause>(found.first());
}

} // namespace trellis::store
