#include "store/pausestore.h"

#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::Pause;

namespace {

RecordRow rowOf(Pause &p)
{
    return {QStringLiteral("pause"), QStringLiteral("Pause"),
            {QStringLiteral("partner_a_id"), QStringLiteral("partner_b_id"), QStringLiteral("first_day"),
             QStringLiteral("last_day"), QStringLiteral("consented_a_on"), QStringLiteral("consented_b_on")},
            {{QStringLiteral("reason"), &p.reason}}};
}

} // namespace

template <>
Status RecordStore<Pause>::write(Pause &pause, bool isNew)
{
    return save(pause, "pause", [&](Database &db, Pause &p) {
        return writeRecordRow(db, rowOf(p), isNew, p.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(p.partnerA, p.partnerB, p.firstDay, p.lastDay, p.consentedByA, p.consentedByB);
        }, QStringLiteral("A partner of the pause is not a partner of this workspace"));
    });
}

template <>
Status RecordStore<Pause>::remove(qint64 id)
{
    Pause p;
    return removeRecordRow(m_ws.database(), rowOf(p), id);
}

template <>
Result<Pause> RecordStore<Pause>::get(qint64 id) const
{
    Pause p;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(m_ws.database(), rowOf(p), id, p.stamp));
    p.partnerA = row.int64(0);
    p.partnerB = row.int64(1);
    p.firstDay = row.date(2);
    p.lastDay = row.date(3);
    p.consentedByA = row.date(4);
    p.consentedByB = row.date(5);
    return p;
}

Result<QList<Pause>> PauseStore::byIds(Statement &select) const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, select.int64Column());
    QList<Pause> pauses;
    for (qint64 id : ids) {
        TRELLIS_TRY_ASSIGN(Pause p, get(id));
        pauses << p;
    }
    return pauses;
}

Result<QList<Pause>> PauseStore::all() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM pause ORDER BY first_day, id")));
    return byIds(select);
}

Result<QList<Pause>> PauseStore::ofPartner(qint64 partnerId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM pause WHERE partner_a_id = ?1 OR partner_b_id = ?1 ORDER BY first_day, id"), partnerId));
    return byIds(select);
}

Result<std::optional<Pause>> PauseStore::agreedOn(qint64 a, qint64 b, const QDate &date) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM pause WHERE consented_a_on IS NOT NULL AND consented_b_on IS NOT NULL "
        "AND ((partner_a_id = ?1 AND partner_b_id = ?2) OR (partner_a_id = ?2 AND partner_b_id = ?1)) "
        "AND ?3 BETWEEN first_day AND last_day ORDER BY first_day, id LIMIT 1"), a, b, date.toString(Qt::ISODate)));
    TRELLIS_TRY_ASSIGN(const QList<Pause> found, byIds(select));
    if (found.isEmpty())
        return std::optional<Pause>();
    return std::optional<Pause>(found.first());
}

} // namespace trellis::store
