#include "store/ledgerlisting.h"

#include "store/consentsql.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::store {

Status listLedger(Workspace &workspace, bool includeDrafts, const std::function<Status(const ListedEntry &)> &visit)
{
    auto select = workspace.database().prepare(QStringLiteral(
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
        "WHERE (:drafts OR e.status = 'posted') ORDER BY e.occurred_on, e.id").arg(fundsDisbursedSql()));
    if (!select)
        return select.error();
    select->bind(":drafts", includeDrafts ? 1 : 0);
    QHash<QString, domain::Unit> units; // parsed once per unit key
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        ListedEntry e;
        e.id = select->int64(0);
        e.uuid = select->text(1);
        e.date = QDate::fromString(select->text(2), Qt::ISODate);
        e.fromPartnerId = select->int64(3);
        e.toPartnerId = select->int64(4);
        e.fromName = select->text(5);
        e.toName = select->text(6);
        e.fromLatin = select->text(7);
        e.toLatin = select->text(8);
        e.kind = domain::contributionKindFromText(select->text(9)).value_or(domain::ContributionKind::Other);
        if (!select->isNull(10)) {
            const QString key = select->text(11);
            auto unit = units.constFind(key);
            if (unit == units.cend()) {
                auto parsed = domain::Unit::parse(key);
                if (!parsed)
                    return makeError(ErrorCode::Corrupt, QStringLiteral("Ledger entry %1 has an unknown unit").arg(e.id));
                unit = units.insert(key, *parsed);
            }
            e.quantity = domain::Quantity{select->int64(10), *unit};
        }
        e.narrative = select->text(12);
        e.language = select->text(13);
        e.posted = select->text(14) == QLatin1String("posted");
        e.reversesUuid = select->text(15);
        e.fundsDisbursed = select->int64(16) != 0;
        TRELLIS_TRY(visit(e));
    }
}

} // namespace trellis::store
