#include "store/ledgerlisting.h"

#include "store/consentsql.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::store {

Status listLedger(Workspace &workspace, bool includeDrafts, const std::function<Status(const ListedEntry &)> &visit)
{
    TRELLIS_TRY_ASSIGN(Statement select, workspace.database().prepare(QStringLiteral(
        "SELECT e.id, e.uuid, e.occurred_on, e.from_partner_id, e.to_partner_id, fv.body, tv.body, f.name_latin, "
        "t.name_latin, e.kind, e.quantity, e.unit, ifnull(v.body, ''), ifnull(b.original_lang, ''), e.status, "
        "ifnull(r.uuid, ''), e.kind = 'funds' AND %1 "
        "FROM ledger_entry e "
        "JOIN partner f ON f.id = e.from_partner_id "
        "JOIN bitext_version fv ON fv.text_id = f.name_text_id AND fv.status = 'original' "
        "JOIN partner t ON t.id = e.to_partner_id "
        "JOIN bitext_version tv ON tv.text_id = t.name_text_id AND tv.status = 'original' "
        "LEFT JOIN ledger_entry r ON r.id = e.reverses_id "
        "LEFT JOIN bitext b ON b.id = e.narrative_text_id "
        "LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
        "WHERE (:drafts OR e.status = 'posted') ORDER BY e.occurred_on, e.id").arg(fundsDisbursedSql())));
    select.bind(":drafts", includeDrafts ? 1 : 0);
    QHash<QString, domain::Unit> units; // parsed once per unit key
    return select.forEachRow([&](const Statement &row) -> Status {
        ListedEntry e;
        row.readAll(e.id, e.uuid, e.date, e.fromPartnerId, e.toPartnerId, e.fromName, e.toName, e.fromLatin, e.toLatin);
        e.kind = domain::contributionKindFromText(row.text(9)).value_or(domain::ContributionKind::Other);
        if (!row.isNull(10)) {
            const QString key = row.text(11);
            auto unit = units.constFind(key);
            if (unit == units.cend()) {
                auto parsed = domain::Unit::parse(key);
                if (!parsed)
                    return makeError(ErrorCode::Corrupt, QStringLiteral("Ledger entry %1 has an unknown unit").arg(e.id));
                unit = units.insert(key, *parsed);
            }
            e.quantity = domain::Quantity{row.int64(10), *unit};
        }
        row.readFrom(12, e.narrative, e.language);
        e.posted = row.text(14) == QLatin1String("posted");
        e.reversesUuid = row.text(15);
        e.fundsDisbursed = row.int64(16) != 0;
        return visit(e);
    });
}

} // namespace trellis::store
