#include "store/workspacequery.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/textowners.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::store {
namespace {
// Texts counted in parity, of bitext t.
constexpr auto kCountedText = u"t.sensitive = 0 AND NOT (t.owner_kind = 'partner' AND t.field = 'latin')";
} // namespace

Result<QList<LanguageParity>> comprehensionParity(Database &db, const QStringList &languages)
{
    // A partner's Latin name is an automatic transliteration kept for search: nobody translates it
    // (the queue never lists it), so it is not a text a language could be missing.
    auto total = db.prepare(QStringLiteral("SELECT count(*) FROM bitext t WHERE ") + QStringView(kCountedText));
    if (!total)
        return total.error();
    auto row = total->step();
    if (!row)
        return row.error();
    const qint64 texts = total->int64(0);
    // UNIQUE (text_id, lang): one row per text readable in a language.
    auto perLanguage = db.prepare(QStringLiteral(
        "SELECT v.lang, count(*) FILTER (WHERE v.status <> 'machine'), count(*) FILTER (WHERE v.status = 'machine') "
        "FROM bitext_version v JOIN bitext t ON t.id = v.text_id WHERE ") + QStringView(kCountedText)
        + QStringLiteral(" GROUP BY v.lang"));
    if (!perLanguage)
        return perLanguage.error();
    QHash<QString, qint64> readable;
    QHash<QString, qint64> machine;
    TRELLIS_TRY(perLanguage->forEachRow([&](Statement &) {
        readable.insert(perLanguage->text(0), perLanguage->int64(1));
        machine.insert(perLanguage->text(0), perLanguage->int64(2));
    }));
    QList<LanguageParity> parity;
    for (const QString &language : languages)
        parity.append({language, readable.value(language), machine.value(language), texts});
    return parity;
}

Result<RecordRef> owningRecord(Workspace &workspace, const QString &hitKind, qint64 hitId)
{
    // A text owned by a part of a record opens the record it is part of; a paraphrase's note, the
    // partner whose goals were paraphrased.
    RecordRef ref{hitKind, hitId};
    for (const TextOwnerKind *owner = textOwnerKind(hitKind); owner && !owner->opensKind.isEmpty();
         owner = textOwnerKind(owner->opensKind)) {
        // The table and column come from the fixed list of textOwnerKinds(), never from the hit.
        TRELLIS_TRY_ASSIGN(Statement select, workspace.database().query(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(owner->partOf, owner->table), ref.id));
        TRELLIS_TRY(select.requireRow(
            makeError(ErrorCode::NotFound, QStringLiteral("The record of this search result no longer exists"))));
        ref = {owner->opensKind, select.int64(0)};
    }
    return ref;
}

} // namespace trellis::store
