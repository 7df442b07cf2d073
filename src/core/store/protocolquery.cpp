#include "store/protocolquery.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace trellis::store {
namespace {

Result<QList<ProtocolEventRow>> rows(Workspace &workspace, const QString &sql, const QString &language)
{
    auto select = workspace.database().prepare(sql);
    if (!select)
        return select.error();
    select->bind(":lang", language);
    QList<ProtocolEventRow> list;
    TRELLIS_TRY(select->forEachRow([&](Statement &) {
        ProtocolEventRow r;
        r.id = select->int64(0);
        r.date = QDate::fromString(select->text(1), Qt::ISODate);
        r.headline = select->text(2);
        r.headlineLanguage = select->text(3);
        r.status = select->isNull(4) ? domain::TranslationStatus::Missing
                                     : domain::statusFromKey(select->text(4)).value_or(domain::TranslationStatus::Missing);
        r.count = int(select->int64(5));
        list.append(r);
    }));
    return list;
}

} // namespace

Result<QList<ProtocolEventRow>> incidentRows(Workspace &workspace, const QString &language)
{
    return rows(workspace, QStringLiteral(
        "SELECT i.id, i.occurred_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "ifnull(i.protocol_id, 0) FROM incident i "
        "JOIN bitext_version o ON o.text_id = i.summary_text_id AND o.status = 'original' "
        "LEFT JOIN bitext_version t ON t.text_id = i.summary_text_id AND t.lang = :lang "
        "ORDER BY i.occurred_on DESC, i.id DESC"), language);
}

Result<QList<ProtocolEventRow>> rehearsalRows(Workspace &workspace, const QString &language)
{
    return rows(workspace, QStringLiteral(
        "SELECT r.id, r.held_on, coalesce(t.body, o.body), coalesce(t.lang, o.lang), t.status, "
        "(SELECT count(*) FROM rehearsal_participant p WHERE p.rehearsal_id = r.id) FROM rehearsal r "
        "JOIN bitext_version o ON o.text_id = r.scenario_text_id AND o.status = 'original' "
        "LEFT JOIN bitext_version t ON t.text_id = r.scenario_text_id AND t.lang = :lang "
        "ORDER BY r.held_on DESC, r.id DESC"), language);
}

} // namespace trellis::store
