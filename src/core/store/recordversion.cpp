#include "store/recordversion.h"

#include "store/database.h"
#include "store/statement.h"

#include <QStringList>

#include <sqlite3.h>

namespace trellis::store {

namespace {

/// A table a record owns rows in, and the column that points at the record.
struct OwnedRows {
    const char16_t *table;
    const char16_t *key;
    bool ownsTexts = false; ///< its rows have a uuid that owns bilingual texts (an answer's text)
};

struct KindTables {
    const char16_t *table;
    const char16_t *noun; ///< for the conflict message
    QList<OwnedRows> owned;
};

KindTables tablesOf(EditedKind kind)
{
    // Only these fixed names reach the SQL below; the id is always a bound parameter.
    switch (kind) {
    case EditedKind::Partner: return {u"partner", u"partner", {{u"goal_paraphrase", u"partner_id", true}}};
    case EditedKind::LedgerEntry: return {u"ledger_entry", u"ledger entry", {}};
    case EditedKind::Retro:
        return {u"retro", u"retro", {{u"retro_answer", u"retro_id", true}, {u"retro_action", u"retro_id", true}}};
    case EditedKind::Protocol: return {u"protocol", u"protocol", {{u"protocol_step", u"protocol_id"}}};
    case EditedKind::Incident: return {u"incident", u"incident", {}};
    case EditedKind::Rehearsal:
        return {u"rehearsal", u"rehearsal", {{u"rehearsal_participant", u"rehearsal_id"}}};
    case EditedKind::Campaign: return {u"campaign", u"campaign", {{u"campaign_partner", u"campaign_id"}}};
    case EditedKind::Exchange:
        return {u"cultural_exchange", u"cultural exchange",
                {{u"exchange_partner", u"exchange_id"}, {u"campaign_exchange", u"exchange_id"}}};
    case EditedKind::SharedRisk:
        return {u"shared_risk", u"shared risk",
                {{u"shared_risk_part", u"risk_id", true}, {u"campaign_shared_risk", u"risk_id"},
                 {u"shared_risk_ledger_entry", u"risk_id"}, {u"shared_risk_incident", u"risk_id"}}};
    case EditedKind::Crossover:
        return {u"narrative_crossover", u"crossover", {{u"campaign_crossover", u"crossover_id"}}};
    case EditedKind::Pause: return {u"pause", u"pause", {}};
    case EditedKind::CustodianTerm: return {u"custodian_term", u"hand-over", {}};
    case EditedKind::FireDrill:
        return {u"fire_drill", u"fire drill", {{u"fire_drill_partner", u"drill_id"}, {u"fire_drill_protocol", u"drill_id"}}};
    case EditedKind::EnvoyJourney:
        return {u"envoy_journey", u"envoy journey",
                {{u"envoy_journey_ledger_entry", u"journey_id"}, {u"envoy_journey_crossover", u"journey_id"}}};
    case EditedKind::Ritual: return {u"ritual", u"ritual", {{u"ritual_partner", u"ritual_id"}}};
    }
    return {u"partner", u"record", {}};
}

/// Every column of every row the statement returns, NULL told apart from empty text.
Status appendRows(Statement &rows, QString *out)
{
    return rows.forEachRow([&](const Statement &row) {
        for (int c = 0; c < row.columnCount(); ++c) {
            out->append(row.isNull(c) ? QStringLiteral("\x1e") : row.text(c));
            out->append(u'\x1f');
        }
        out->append(u'\x1d');
    });
}

/// Every version of every text the owner (a record's uuid) has: a translation saved by another
/// process changes the record even when its row does not.
Status appendTexts(Database &db, const QString &ownerUuid, QString *out)
{
    TRELLIS_TRY_ASSIGN(Statement texts, db.query(QStringLiteral(
        "SELECT t.id, t.field, t.original_lang, t.sensitive, t.locked, v.* FROM bitext t "
        "LEFT JOIN bitext_version v ON v.text_id = t.id WHERE t.owner_uuid = ? ORDER BY t.id, v.id"), ownerUuid));
    out->append(u'\x1c');
    return appendRows(texts, out);
}

} // namespace

Result<QString> recordVersion(Database &db, EditedKind kind, qint64 id)
{
    const KindTables tables = tablesOf(kind);
    const QString table = QString::fromUtf16(tables.table);
    TRELLIS_TRY_ASSIGN(Statement row, db.query(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), id));
    QString version;
    TRELLIS_TRY(appendRows(row, &version));
    if (version.isEmpty())
        return QString(); // gone
    TRELLIS_TRY_ASSIGN(Statement uuid, db.query(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), id));
    TRELLIS_TRY_ASSIGN(const bool found, uuid.step());
    if (found)
        TRELLIS_TRY(appendTexts(db, uuid.text(0), &version));
    for (const OwnedRows &owned : tables.owned) {
        // Ordered by the whole row, so the fingerprint does not depend on how SQLite reads them.
        TRELLIS_TRY_ASSIGN(Statement rows, db.query(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY 1, 2")
                                                        .arg(QString::fromUtf16(owned.table), QString::fromUtf16(owned.key)), id));
        version.append(u'\x1c');
        TRELLIS_TRY(appendRows(rows, &version));
        if (!owned.ownsTexts)
            continue;
        TRELLIS_TRY_ASSIGN(Statement owners, db.query(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? ORDER BY id")
                                                          .arg(QString::fromUtf16(owned.table), QString::fromUtf16(owned.key)), id));
        TRELLIS_TRY(owners.forEachRow([&](const Statement &owner) { return appendTexts(db, owner.text(0), &version); }));
    }
    return version;
}

Status expectUnchanged(Database &db, EditedKind kind, qint64 id, const QString &loaded)
{
    auto now = recordVersion(db, kind, id);
    if (!now)
        return now.error();
    if (*now == loaded)
        return {};
    const QString noun = QString::fromUtf16(tablesOf(kind).noun);
    if (now->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This %1 was deleted by someone else (another Trellis window or the command "
                                        "line) after you opened it. Your changes were not saved.").arg(noun));
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Someone else saved this %1 (another Trellis window or the command line) after you "
                                    "opened it. Your changes were not saved, so that theirs are not lost: reload to "
                                    "see the %1 as it is now, then make your changes again.").arg(noun));
}

bool isReadOnly(const Database &db)
{
    return db.isOpen() && sqlite3_db_readonly(db.handle(), "main") == 1;
}

Result<qint64> dataVersion(Database &db)
{
    auto pragma = db.cached(QStringLiteral("PRAGMA data_version"));
    if (!pragma)
        return pragma.error();
    auto step = pragma->get().step();
    if (!step)
        return step.error();
    if (!*step)
        return makeError(ErrorCode::Storage, QStringLiteral("The workspace did not report its change counter"));
    return pragma->get().int64(0);
}

} // namespace trellis::store
