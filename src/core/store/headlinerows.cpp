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
    return select.collect([](const Statement &row) {
        HeadlineRow r;
        r.id = row.int64(0);
        r.date = row.date(1);
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
        return r;
    });
}

/// Where one kind's headlines come from: its table (aliased x), the date column its rows sort by,
/// the text column that heads them, and the columns after the headline's status (a count, then
/// optionally kind, state and two partner ids; see readHeadlines).
struct HeadlineSource {
    const char16_t *table;
    const char16_t *dateColumn;
    const char16_t *textColumn;
    const char16_t *more;
    bool newestFirst = true;
};

/// The headlines of one kind: each row's text in :lang, or its original (o) where :lang has none (t).
Result<QList<HeadlineRow>> headlinesOf(Workspace &workspace, const HeadlineSource &source, const QString &language)
{
    const QString order = source.newestFirst ? QStringLiteral(" DESC") : QString();
    return readHeadlines(workspace, QStringLiteral(
        "SELECT x.id, x.%2, coalesce(t.body, o.body, ''), coalesce(t.lang, o.lang), t.status, %4 FROM %1 x "
        "LEFT JOIN bitext_version o ON o.text_id = x.%3 AND o.status = 'original' "
        "LEFT JOIN bitext_version t ON t.text_id = x.%3 AND t.lang = :lang "
        "ORDER BY x.%2%5, x.id%5")
        .arg(QString::fromUtf16(source.table), QString::fromUtf16(source.dateColumn), QString::fromUtf16(source.textColumn),
             QString::fromUtf16(source.more), order), language);
}

} // namespace

Result<QList<HeadlineRow>> incidentRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"incident", u"occurred_on", u"summary_text_id", u"ifnull(x.protocol_id, 0)"}, language);
}

Result<QList<HeadlineRow>> rehearsalRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"rehearsal", u"held_on", u"scenario_text_id",
                                   u"(SELECT count(*) FROM rehearsal_participant p WHERE p.rehearsal_id = x.id)"}, language);
}

Result<QList<HeadlineRow>> exchangeRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"cultural_exchange", u"held_on", u"exchanged_text_id",
                                   u"(SELECT count(*) FROM exchange_partner p WHERE p.exchange_id = x.id), x.kind, x.status"},
                       language);
}

Result<QList<HeadlineRow>> sharedRiskRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"shared_risk", u"taken_on", u"what_text_id",
                                   u"(SELECT count(*) FROM shared_risk_part p WHERE p.risk_id = x.id)"}, language);
}

Result<QList<HeadlineRow>> crossoverRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"narrative_crossover", u"reborn_on", u"reborn_text_id",
                                   u"0, x.kind, '', x.origin_partner_id, x.adopting_partner_id"}, language);
}

Result<QList<HeadlineRow>> pauseRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"pause", u"first_day", u"reason_text_id",
                                   u"x.consented_a_on IS NOT NULL AND x.consented_b_on IS NOT NULL, '', x.last_day, "
                                   u"x.partner_a_id, x.partner_b_id"}, language);
}

Result<QList<HeadlineRow>> ritualRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"ritual", u"first_date", u"title_text_id",
                                   u"(SELECT count(*) FROM ritual_partner p WHERE p.ritual_id = x.id), x.kind, x.rrule",
                                   false}, language);
}

Result<QList<HeadlineRow>> fireDrillRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"fire_drill", u"first_day", u"what_held_text_id",
                                   u"(SELECT count(*) FROM fire_drill_partner p WHERE p.drill_id = x.id), x.kind, x.last_day"},
                       language);
}

Result<QList<HeadlineRow>> envoyJourneyRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"envoy_journey", u"first_day", u"questions_text_id",
                                   u"0, '', x.envoy, x.from_partner_id, x.to_partner_id"}, language);
}

Result<QList<HeadlineRow>> custodianTermRows(Workspace &workspace, const QString &language)
{
    return headlinesOf(workspace, {u"custodian_term", u"handed_over_on", u"notes_text_id", u"0, '', '', x.partner_id, 0"},
                       language);
}

} // namespace trellis::store
