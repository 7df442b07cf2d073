#include "store/headlinerows.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace trellis::store {
namespace {

/// Runs a query whose columns are id, date, headline, its language, its status in :lang and a
/// count, then optionally kind, state and two partner ids.
Result<QList<HeadlineRow>> readHeadlines(Workspace &workspace, const QString &sql, const QString &language)
{
    TRELLIS_TRY_ASSIGN(Statement select, workspace.database().prepare(sql));
    select.bind(":lang", language);
    QList<HeadlineRow> list;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        HeadlineRow r;
        r.id = row.int64(0);
        r.date = QDate::fromString(row.text(1), Qt::ISODate);
        r.headline = row.text(2);
        r.headlineLanguage = row.text(3);
        const bool neverWritten = row.isNull(3);
        r.status = row.isNull(4) ? (neverWritten ? domain::TranslationStatus::Original : domain::TranslationStatus::Missing)
                                 : domain::statusFromKey(row.text(4)).value_or(domain::TranslationStatus::Missing);
        r.count = int(row.int64(5));
        if (row.columnCount() > 6) {
            r.kind = row.text(6);
            r.state = row.text(7);
        }
        if (row.columnCount() > 8)
            r.partnerIds = {row.int64(8), row.int64(9)};
        list.append(r);
    }));
    return list;
}

/// Joins the versions of a text column: o, its original, and t, its version in :lang.
QString headlineJoin(const QString &textColumn)
{
    return QStringLiteral("LEFT JOIN bitext_version o ON o.text_id = %1 AND o.status = 'original' "
                          "LEFT JOIN bitext_version t ON t.text_id = %1 AND t.lang = :lang ").arg(textColumn);
}

} // namespace

Result<QList<HeadlineRow>> incidentRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT i.id, i.occurred_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "ifnull(i.protocol_id, 0) FROM incident i ") + headlineJoin(QStringLiteral("i.summary_text_id")) +
        QStringLiteral("ORDER BY i.occurred_on DESC, i.id DESC"), language);
}

Result<QList<HeadlineRow>> rehearsalRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT r.id, r.held_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM rehearsal_participant p WHERE p.rehearsal_id = r.id) FROM rehearsal r ") +
        headlineJoin(QStringLiteral("r.scenario_text_id")) + QStringLiteral("ORDER BY r.held_on DESC, r.id DESC"), language);
}

Result<QList<HeadlineRow>> exchangeRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT x.id, x.held_on, coalesce(t.body, o.body, ''), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM exchange_partner p WHERE p.exchange_id = x.id), x.kind, x.status "
        "FROM cultural_exchange x ") + headlineJoin(QStringLiteral("x.exchanged_text_id")) +
        QStringLiteral("ORDER BY x.held_on DESC, x.id DESC"), language);
}

Result<QList<HeadlineRow>> sharedRiskRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT r.id, r.taken_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM shared_risk_part p WHERE p.risk_id = r.id) FROM shared_risk r ") +
        headlineJoin(QStringLiteral("r.what_text_id")) + QStringLiteral("ORDER BY r.taken_on DESC, r.id DESC"), language);
}

Result<QList<HeadlineRow>> crossoverRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT n.id, n.reborn_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, 0, n.kind, '', "
        "n.origin_partner_id, n.adopting_partner_id FROM narrative_crossover n ") +
        headlineJoin(QStringLiteral("n.reborn_text_id")) + QStringLiteral("ORDER BY n.reborn_on DESC, n.id DESC"), language);
}

Result<QList<HeadlineRow>> pauseRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT p.id, p.first_day, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "p.consented_a_on IS NOT NULL AND p.consented_b_on IS NOT NULL, '', p.last_day, p.partner_a_id, p.partner_b_id "
        "FROM pause p ") + headlineJoin(QStringLiteral("p.reason_text_id")) +
        QStringLiteral("ORDER BY p.first_day DESC, p.id DESC"), language);
}

Result<QList<HeadlineRow>> ritualRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT r.id, r.first_date, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM ritual_partner p WHERE p.ritual_id = r.id), r.kind, r.rrule FROM ritual r ") +
        headlineJoin(QStringLiteral("r.title_text_id")) + QStringLiteral("ORDER BY r.first_date, r.id"), language);
}

Result<QList<HeadlineRow>> fireDrillRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT d.id, d.first_day, coalesce(t.body, o.body, ''), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM fire_drill_partner p WHERE p.drill_id = d.id), d.kind, d.last_day FROM fire_drill d ") +
        headlineJoin(QStringLiteral("d.what_held_text_id")) + QStringLiteral("ORDER BY d.first_day DESC, d.id DESC"), language);
}

Result<QList<HeadlineRow>> envoyJourneyRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT j.id, j.first_day, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, 0, '', j.envoy, "
        "j.from_partner_id, j.to_partner_id FROM envoy_journey j ") +
        headlineJoin(QStringLiteral("j.questions_text_id")) + QStringLiteral("ORDER BY j.first_day DESC, j.id DESC"), language);
}

Result<QList<HeadlineRow>> custodianTermRows(Workspace &workspace, const QString &language)
{
    return readHeadlines(workspace, QStringLiteral(
        "SELECT c.id, c.handed_over_on, coalesce(t.body, o.body, ''), coalesce(t.lang, o.lang), t.status, 0, '', '', "
        "c.partner_id, 0 FROM custodian_term c ") +
        headlineJoin(QStringLiteral("c.notes_text_id")) + QStringLiteral("ORDER BY c.handed_over_on DESC, c.id DESC"), language);
}

} // namespace trellis::store
