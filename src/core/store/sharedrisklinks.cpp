// SharedRiskStore's links: to campaigns, ledger entries and incidents, the risks of a quarter,
// and the answers to the retro's third question that cite them.
#include "store/sharedrisksql.h"

#include "store/period.h"
#include "store/recordkit.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QRegularExpression>

#include <array>

namespace trellis::store {
namespace {

Error riskNotFound(qint64 id) { return recordNotFound(QStringLiteral("Shared risk"), id); }

Status requireRisk(const Database &db, qint64 riskId)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT 1 FROM shared_risk WHERE id = ?"), riskId));
    return select.requireRow(riskNotFound(riskId));
}

/// Refuses to change what a published retro's answer cites: the retro stays as it was published.
Status requireUnpublishedAnswer(const Database &db, qint64 answerId)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT r.published_at IS NOT NULL FROM retro_answer a JOIN retro r ON r.id = a.retro_id WHERE a.id = ?"), answerId));
    TRELLIS_TRY(select.requireRow(recordNotFound(QStringLiteral("Retro answer"), answerId)));
    if (select.int64(0) != 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This retro is published: the shared risks its answers cite cannot change"));
    return {};
}

} // namespace

const RiskLinkTable &riskLinkTable(RiskLink kind)
{
    static const std::array<RiskLinkTable, 3> tables = {{
        {QStringLiteral("campaign_shared_risk"), QStringLiteral("campaign_id"), QStringLiteral("campaign"),
         QStringLiteral("Campaign")},
        {QStringLiteral("shared_risk_ledger_entry"), QStringLiteral("entry_id"), QStringLiteral("ledger_entry"),
         QStringLiteral("Ledger entry")},
        {QStringLiteral("shared_risk_incident"), QStringLiteral("incident_id"), QStringLiteral("incident"),
         QStringLiteral("Incident")},
    }};
    return tables.at(static_cast<std::size_t>(kind));
}

Status insertRiskLink(Database &db, qint64 riskId, RiskLink kind, qint64 otherId)
{
    const RiskLinkTable &t = riskLinkTable(kind);
    Status inserted = db.execute(QStringLiteral("INSERT OR IGNORE INTO %1(risk_id, %2) VALUES (?, ?)").arg(t.table, t.column),
                                 riskId, otherId);
    if (!inserted)
        return inserted.error().code == ErrorCode::Conflict ? recordNotFound(t.what, otherId) : inserted.error();
    return {};
}

LinkTable linkTableOf(RiskLink kind)
{
    const RiskLinkTable &t = riskLinkTable(kind);
    return {t.table, QStringLiteral("risk_id"), t.column, t.what};
}

QString riskSummarySql(const QString &where)
{
    return QStringLiteral(
        "SELECT r.id, r.uuid, r.taken_on, v.body, v.lang, "
        "(SELECT group_concat(partner_id, ' ') FROM (SELECT partner_id FROM shared_risk_part p "
        "WHERE p.risk_id = r.id ORDER BY partner_id)) "
        "FROM shared_risk r JOIN bitext_version v ON v.text_id = r.what_text_id AND v.status = 'original' %1 "
        "ORDER BY r.taken_on, r.id").arg(where);
}

Result<QList<SharedRiskSummary>> readRiskSummaries(Statement &select)
{
    return select.collect([](const Statement &row) {
        SharedRiskSummary s;
        row.readAll(s.id, s.uuid, s.takenOn, s.what, s.whatLanguage);
        for (const QString &id : row.text(5).split(u' ', Qt::SkipEmptyParts))
            s.partnerIds << id.toLongLong();
        return s;
    });
}

Status SharedRiskStore::link(qint64 riskId, RiskLink kind, qint64 otherId)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireRisk(db, riskId));
        return insertRiskLink(db, riskId, kind, otherId);
    }));
    log::get("store")->debug("shared risk {} linked to {} {}", riskId, riskLinkTable(kind).target.toStdString(), otherId);
    return {};
}

Status SharedRiskStore::unlink(qint64 riskId, RiskLink kind, qint64 otherId)
{
    Database &db = m_ws.database();
    const RiskLinkTable &t = riskLinkTable(kind);
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM %1 WHERE risk_id = ? AND %2 = ?").arg(t.table, t.column),
                           riskId, otherId));
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("Shared risk %1 is not linked to %2 %3")
                                                  .arg(riskId).arg(t.what.toLower()).arg(otherId));
    log::get("store")->debug("shared risk {} unlinked from {} {}", riskId, t.target.toStdString(), otherId);
    return {};
}

Result<QList<SharedRiskSummary>> SharedRiskStore::risksOfQuarter(const QString &quarter) const
{
    static const QRegularExpression quarterPattern(QStringLiteral("^[0-9]{4}-Q[1-4]$"));
    if (!quarterPattern.match(quarter).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A quarter is written as a year and its quarter, like 2026-Q3, not \"%1\"").arg(quarter));
    TRELLIS_TRY_ASSIGN(const Period period, Period::parse(quarter));
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(
        riskSummarySql(QStringLiteral("WHERE r.taken_on BETWEEN ? AND ?")),
        period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)));
    return readRiskSummaries(select);
}

Status SharedRiskStore::citeInAnswer(qint64 answerId, qint64 riskId)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement answer, db.query(QStringLiteral("SELECT question FROM retro_answer WHERE id = ?"),
                                                      answerId));
        TRELLIS_TRY(answer.requireRow(recordNotFound(QStringLiteral("Retro answer"), answerId)));
        TRELLIS_TRY(requireUnpublishedAnswer(db, answerId));
        if (answer.text(0) != QLatin1String("shared_risk"))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Only an answer to the retro's third question (which shared risk proved our "
                                            "alliance?) can cite a shared risk"));
        TRELLIS_TRY(requireRisk(db, riskId));
        return db.execute(QStringLiteral("INSERT OR IGNORE INTO retro_answer_shared_risk(answer_id, risk_id) VALUES (?, ?)"),
                          answerId, riskId);
    }));
    log::get("store")->debug("retro answer {} cites shared risk {}", answerId, riskId);
    return {};
}

Status SharedRiskStore::uncite(qint64 answerId, qint64 riskId)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireUnpublishedAnswer(db, answerId));
        TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM retro_answer_shared_risk WHERE answer_id = ? AND risk_id = ?"),
                               answerId, riskId));
        if (db.changes() == 0)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("Retro answer %1 does not cite shared risk %2").arg(answerId).arg(riskId));
        return {};
    });
}

Result<QList<SharedRiskSummary>> SharedRiskStore::citedIn(qint64 answerId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(riskSummarySql(QStringLiteral(
        "WHERE r.id IN (SELECT risk_id FROM retro_answer_shared_risk WHERE answer_id = ?)")), answerId));
    return readRiskSummaries(select);
}

Result<QList<qint64>> SharedRiskStore::answersCiting(qint64 riskId) const
{
    return m_ws.database().ids(QStringLiteral(
        "SELECT answer_id FROM retro_answer_shared_risk WHERE risk_id = ? ORDER BY answer_id"), riskId);
}

} // namespace trellis::store
