#include "store/custodiantermstore.h"

#include "store/recordrow.h"
#include "store/ritualstore.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::CustodianHandOver;

template <>
RecordRow RecordStore<CustodianHandOver>::rowOf(CustodianHandOver &t)
{
    return {QStringLiteral("custodian_term"), QStringLiteral("Custodian term"),
            {QStringLiteral("partner_id"), QStringLiteral("handed_over_on"), QStringLiteral("ritual_id")},
            {{QStringLiteral("notes"), &t.notes}}};
}

namespace {

/// The next occurrence of a schedule on or after today, looked for over ten years.
Result<QDate> nextOccurrence(const rhythm::Schedule &schedule, const QDate &today)
{
    TRELLIS_TRY_ASSIGN(const QList<rhythm::Occurrence> ahead, schedule.occurrences(today, today.addYears(10)));
    return ahead.isEmpty() ? QDate() : ahead.first().date;
}

} // namespace

template <>
Status RecordStore<CustodianHandOver>::write(CustodianHandOver &term, bool isNew)
{
    return save(term, [&](Database &db, CustodianHandOver &t) -> Status {
        if (t.ritualId) {
            TRELLIS_TRY_ASSIGN(const rhythm::Ritual ritual, RitualStore(m_ws).get(*t.ritualId));
            if (ritual.kind != rhythm::RitualKind::CustodianRotation)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("The ritual \u201c%1\u201d is not a custodians' rotation")
                                                              .arg(ritual.title.original()));
        }
        TRELLIS_TRY_ASSIGN(Statement same, db.query(QStringLiteral(
            "SELECT id FROM custodian_term WHERE handed_over_on = ? AND id <> ?"), t.handedOverOn, t.stamp.id));
        TRELLIS_TRY_ASSIGN(const bool taken, same.step());
        if (taken)
            return makeError(ErrorCode::Conflict, QStringLiteral("The archive was already handed over on %1: one hand-over a day")
                                                      .arg(t.handedOverOn.toString(Qt::ISODate)));
        return writeRecordRow(db, rowOf(t), isNew, t.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(t.custodianId, t.handedOverOn, t.ritualId);
        }, QStringLiteral("The custodian is not a partner of this workspace"));
    });
}

template <>
Result<CustodianHandOver> RecordStore<CustodianHandOver>::get(qint64 id) const
{
    CustodianHandOver t;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, t));
    row.readAll(t.custodianId, t.handedOverOn, t.ritualId);
    return t;
}

Result<QList<CustodianHandOver>> CustodianTermStore::all() const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, m_ws.database().ids(QStringLiteral(
        "SELECT id FROM custodian_term ORDER BY handed_over_on")));
    return getEach(ids);
}

Result<std::optional<qint64>> CustodianTermStore::rotationRitual() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM (SELECT ritual_id AS id, 0 AS rank, handed_over_on AS day FROM custodian_term "
        "WHERE ritual_id IS NOT NULL UNION ALL SELECT id, 1, '' FROM ritual WHERE kind = 'custodian-rotation') "
        "ORDER BY rank, day DESC, id LIMIT 1")));
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    return found ? std::optional<qint64>(select.int64(0)) : std::nullopt;
}

Result<QList<qint64>> CustodianTermStore::rotation() const
{
    TRELLIS_TRY_ASSIGN(const auto ritualId, rotationRitual());
    if (ritualId) {
        TRELLIS_TRY_ASSIGN(const rhythm::Ritual ritual, RitualStore(m_ws).get(*ritualId));
        if (!ritual.partnerIds.isEmpty())
            return ritual.partnerIds;
    }
    return m_ws.database().ids(QStringLiteral(
        "SELECT partner_id FROM custodian_term GROUP BY partner_id ORDER BY min(handed_over_on)"));
}

Result<std::optional<NextHandOver>> CustodianTermStore::nextHandOver(const QDate &today) const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> order, rotation());
    TRELLIS_TRY_ASSIGN(const QList<CustodianHandOver> terms, all());
    rhythm::CustodianRotation rule;
    for (qint64 id : order)
        rule.order << QString::number(id);
    for (const CustodianHandOver &t : terms)
        rule.terms << t.term();
    const auto next = rule.nextCustodian();
    if (!next)
        return std::optional<NextHandOver>();
    NextHandOver out;
    out.custodianId = next->toLongLong();
    TRELLIS_TRY_ASSIGN(out.ritualId, rotationRitual());
    if (out.ritualId) {
        TRELLIS_TRY_ASSIGN(const rhythm::Ritual ritual, RitualStore(m_ws).get(*out.ritualId));
        TRELLIS_TRY_ASSIGN(out.on, nextOccurrence(ritual.schedule, today));
    }
    CustodianHandOver proposed;
    proposed.custodianId = out.custodianId;
    proposed.handedOverOn = out.on.isValid() ? out.on : std::max(today, terms.isEmpty() ? today : terms.last().handedOverOn.addDays(1));
    out.repeat = rhythm::repeatedCustodian(terms, proposed);
    return std::optional<NextHandOver>(out);
}

Result<std::optional<rhythm::CustodianRepeat>> CustodianTermStore::repeatWarning(const CustodianHandOver &proposed) const
{
    TRELLIS_TRY_ASSIGN(const QList<CustodianHandOver> terms, all());
    return rhythm::repeatedCustodian(terms, proposed);
}

} // namespace trellis::store
