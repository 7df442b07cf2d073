#include "store/workspacecheck.h"

#include "store/ledgerchain.h"
#include "store/ritualfulfilments.h"
#include "store/schemaaudit.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

namespace trellis::store {
namespace {

/// An invariant: a query that returns the ids breaking it, and how to say so.
struct Invariant {
    const char16_t *sql;
    const char16_t *problem; ///< %1 is the offending id
};

const Invariant kInvariants[] = {
    {u"SELECT r.id FROM ledger_entry r LEFT JOIN ledger_entry o ON o.id = r.reverses_id "
     u"WHERE r.reverses_id IS NOT NULL AND (o.id IS NULL OR o.status <> 'posted' OR r.status <> 'posted' "
     u"OR o.from_partner_id <> r.from_partner_id OR o.to_partner_id <> r.to_partner_id OR o.kind <> r.kind "
     u"OR o.unit <> r.unit OR o.quantity IS NOT -r.quantity OR o.reverses_id IS NOT NULL)",
     u"ledger entry %1 claims to reverse an entry it does not mirror"},
    {u"SELECT id FROM ledger_entry WHERE from_partner_id = to_partner_id",
     u"ledger entry %1 goes from a partner to itself"},
    {u"SELECT id FROM ledger_entry WHERE (unit = '') <> (quantity IS NULL) "
     u"OR (quantity IS NOT NULL AND quantity <= 0 AND reverses_id IS NULL)",
     u"ledger entry %1 has an impossible quantity"},
    {u"SELECT e.id FROM ledger_entry e JOIN bitext t ON t.id = e.narrative_text_id "
     u"WHERE e.status = 'posted' AND t.locked = 0",
     u"the narrative of posted ledger entry %1 is not protected"},
    {u"SELECT a.id FROM funds_approval a JOIN ledger_entry e ON e.id = a.entry_id "
     u"WHERE e.kind <> 'funds' OR a.partner_id NOT IN (e.from_partner_id, e.to_partner_id)",
     u"approval %1 does not belong to a side of a funds entry"},
    {u"SELECT t.id FROM bitext t WHERE (SELECT count(*) FROM bitext_version v "
     u"WHERE v.text_id = t.id AND v.status = 'original' AND v.lang = t.original_lang) <> 1",
     u"text %1 does not have exactly one original"},
    {u"SELECT v.id FROM bitext_version v JOIN bitext t ON t.id = v.text_id "
     u"WHERE v.status = 'original' AND v.lang <> t.original_lang",
     u"text version %1 is marked original in the wrong language"},
    {u"SELECT ifnull((SELECT entries FROM ledger_count WHERE id = 1), 'none') AS kept "
     u"WHERE kept IS NOT (SELECT count(*) FROM ledger_entry) OR (SELECT count(*) FROM ledger_count) <> 1",
     u"the ledger's kept entry count (%1) does not match its entries"},
    {u"SELECT c.id FROM campaign c WHERE c.status IS NOT (SELECT h.to_status FROM campaign_status_change h "
     u"WHERE h.campaign_id = c.id ORDER BY h.id DESC LIMIT 1)",
     u"campaign %1 has a status its history does not record"},
    {u"SELECT c.id FROM campaign c WHERE c.status <> 'proposed' AND NOT EXISTS (SELECT 1 FROM campaign_status_change h "
     u"WHERE h.campaign_id = c.id AND h.from_status IS NULL AND h.to_status = 'proposed')",
     u"campaign %1 did not start as proposed"},
    {u"SELECT e.id FROM goal_paraphrase_event e WHERE e.action = 'sent_back' AND NOT EXISTS "
     u"(SELECT 1 FROM bitext t WHERE t.id = e.note_text_id)",
     u"paraphrase answer %1 sends a paraphrase back without its note"},
    {u"SELECT r.id FROM shared_risk r WHERE (SELECT count(*) FROM shared_risk_part p WHERE p.risk_id = r.id) < 2",
     u"shared risk %1 is borne by fewer than two partners"},
    {u"SELECT c.answer_id FROM retro_answer_shared_risk c JOIN retro_answer a ON a.id = c.answer_id "
     u"WHERE a.question <> 'shared_risk'",
     u"retro answer %1 cites a shared risk but does not answer the third question"},
    {u"SELECT n.id FROM narrative_crossover n JOIN bitext o ON o.id = n.origin_text_id "
     u"JOIN bitext r ON r.id = n.reborn_text_id WHERE o.original_lang = r.original_lang",
     u"crossover %1 is reborn in the language it was born in"},
    // Each text of a crossover in a language of its partner. A partner's languages are a
    // space-separated list of tags; a regional form ("ar-EG" of "ar") counts as the language.
    {u"SELECT n.id || ' was ' || n.side FROM (SELECT id, origin_partner_id AS partner_id, origin_text_id AS text_id, "
     u"'born' AS side FROM narrative_crossover UNION ALL SELECT id, adopting_partner_id, reborn_text_id, 'reborn' "
     u"FROM narrative_crossover) n JOIN partner p ON p.id = n.partner_id JOIN bitext t ON t.id = n.text_id "
     u"WHERE p.languages <> '' AND ' ' || p.languages || ' ' NOT LIKE '% ' || t.original_lang || ' %' "
     u"AND ' ' || p.languages NOT LIKE '% ' || t.original_lang || '-%' AND ' ' || p.languages || ' ' "
     u"NOT LIKE '% ' || substr(t.original_lang, 1, instr(t.original_lang || '-', '-') - 1) || ' %'",
     u"crossover %1 in a language its partner does not work in"},
    {u"SELECT f.ritual_id || ' (' || f.record_kind || ' ' || f.record_id || ')' FROM ritual_fulfilment f "
     u"WHERE NOT EXISTS (SELECT 1 FROM retro WHERE f.record_kind = 'retro' AND id = f.record_id UNION ALL "
     u"SELECT 1 FROM rehearsal WHERE f.record_kind = 'rehearsal' AND id = f.record_id UNION ALL "
     u"SELECT 1 FROM fire_drill WHERE f.record_kind = 'fire-drill' AND id = f.record_id UNION ALL "
     u"SELECT 1 FROM custodian_term WHERE f.record_kind = 'custodian-term' AND id = f.record_id UNION ALL "
     u"SELECT 1 FROM envoy_journey WHERE f.record_kind = 'envoy-journey' AND id = f.record_id UNION ALL "
     u"SELECT 1 FROM cultural_exchange WHERE f.record_kind = 'exchange' AND id = f.record_id)",
     u"ritual %1 is fulfilled by a record that no longer exists"},
    {u"SELECT f.ritual_id || ' (' || f.record_kind || ' ' || f.record_id || ')' FROM ritual_fulfilment f "
     u"JOIN ritual r ON r.id = f.ritual_id WHERE r.kind NOT IN ('congress', 'custom') AND f.record_kind <> "
     u"CASE r.kind WHEN 'quarterly-retro' THEN 'retro' WHEN 'listening-circle' THEN 'retro' "
     u"WHEN 'rupture-rehearsal' THEN 'rehearsal' WHEN 'fire-drill' THEN 'fire-drill' "
     u"WHEN 'custodian-rotation' THEN 'custodian-term' WHEN 'cultural-exchange' THEN 'exchange' END",
     u"ritual %1 is fulfilled by a kind of record that does not fit it"},
    {u"SELECT t.id FROM custodian_term t JOIN ritual r ON r.id = t.ritual_id WHERE r.kind <> 'custodian-rotation'",
     u"archive hand-over %1 names a ritual that is not a custodians' rotation"},
    {u"SELECT d.id FROM fire_drill d WHERE (SELECT count(*) FROM fire_drill_partner p WHERE p.drill_id = d.id) < 2",
     u"fire drill %1 has fewer than two partners"},
};

Result<QStringList> resultLines(Database &db, const QString &sql)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.prepare(sql));
    QStringList out;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        QStringList cells;
        for (int i = 0; i < row.columnCount(); ++i)
            cells << row.text(i);
        out << cells.join(u' ');
    }));
    return out;
}

Result<qint64> countOf(Database &db, const QString &sql)
{
    TRELLIS_TRY_ASSIGN(const QStringList values, resultLines(db, sql));
    return values.isEmpty() ? 0 : values.first().toLongLong();
}

} // namespace

Status rebuildSearchIndex(Workspace &workspace)
{
    return workspace.database().exec(QStringLiteral("INSERT INTO text_search(text_search) VALUES ('rebuild'); "
                                                    "INSERT INTO key_search(key_search) VALUES ('rebuild')"));
}

Result<CheckReport> checkWorkspace(Workspace &workspace, const QByteArray &expectedHead)
{
    Database &db = workspace.database();
    CheckReport report;
    auto integrity = resultLines(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    if (*integrity != QStringList{QStringLiteral("ok")}) {
        for (const QString &line : std::as_const(*integrity))
            report.problems << QStringLiteral("SQLite integrity: ") + line;
        return report; // a damaged file makes the finer checks meaningless
    }
    auto audit = auditSchema(db, workspace.schemaVersion());
    if (!audit)
        return audit.error();
    for (const SchemaDifference &difference : std::as_const(*audit))
        report.problems << QStringLiteral("schema: ") + difference.describe();
    if (!audit->isEmpty())
        return report; // the checks below read through that schema, so cannot trust what they see
    auto foreign = resultLines(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreign)
        return foreign.error();
    for (const QString &line : std::as_const(*foreign))
        report.problems << QStringLiteral("broken reference (table, row, target): ") + line;
    for (const Invariant &invariant : kInvariants) {
        auto ids = resultLines(db, QString::fromUtf16(invariant.sql));
        if (!ids)
            return ids.error();
        for (const QString &id : std::as_const(*ids))
            report.problems << QString::fromUtf16(invariant.problem).arg(id);
    }
    auto strays = RitualFulfilments(workspace).strays();
    if (!strays)
        return strays.error();
    for (const StrayFulfilment &stray : std::as_const(*strays))
        report.problems << QStringLiteral("ritual %1 is fulfilled on %2, which is not one of its occurrences (%3 %4)")
                               .arg(stray.ritualId).arg(stray.fulfilment.occurrenceDate.toString(Qt::ISODate),
                                    stray.fulfilment.recordKind).arg(stray.fulfilment.recordId);
    if (!db.exec(QStringLiteral("INSERT INTO text_search(text_search, rank) VALUES ('integrity-check', 1); "
                                "INSERT INTO key_search(key_search, rank) VALUES ('integrity-check', 1)")).ok())
        report.problems << QStringLiteral("the search index does not match the texts (trellis-cli check --repair rebuilds it)");
    auto chain = verifyChain(db, expectedHead);
    if (!chain)
        return chain.error();
    if (!chain->intact)
        report.problems << QStringLiteral("ledger chain: ") + chain->problem;
    report.chainLength = chain->length;
    report.chainHead = chain->head;
    auto partners = countOf(db, QStringLiteral("SELECT count(*) FROM partner"));
    auto entries = countOf(db, QStringLiteral("SELECT count(*) FROM ledger_entry"));
    auto posted = countOf(db, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'posted'"));
    if (!partners || !entries || !posted)
        return (!partners ? partners : !entries ? entries : posted).error();
    report.partners = *partners;
    report.ledgerEntries = *entries;
    report.postedEntries = *posted;
    log::get("store")->info("check: {} problems", report.problems.size());
    return report;
}

} // namespace trellis::store
