#include "store/partnerquery.h"

#include "i18n/collation.h"
#include "i18n/language.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::store {
namespace {

/// The name in the asked language when there is one, else the original.
const QString kNameSelect = QStringLiteral(
    "SELECT p.id, coalesce(t.body, o.body), coalesce(t.lang, o.lang), coalesce(t.status, 'missing'), "
    "p.name_latin, p.kind, p.country, p.locale FROM partner p "
    "JOIN bitext_version o ON o.text_id = p.name_text_id AND o.status = 'original' "
    "LEFT JOIN bitext_version t ON t.text_id = p.name_text_id AND t.lang = :lang ");

} // namespace

PartnerQuery::PartnerQuery(Workspace &workspace, QString language, std::optional<domain::PartnerKind> kind,
                           bool descending)
    : m_ws(workspace), m_language(std::move(language)), m_kind(kind), m_descending(descending)
{
}

Result<QList<PartnerRow>> PartnerQuery::next(int limit)
{
    QList<PartnerRow> rows;
    if (m_atEnd)
        return rows;
    // The collation name is derived from a canonical tag (never from user text) and registered first.
    auto tag = i18n::canonicalLanguageTag(m_language);
    QString collation = QStringLiteral("trellis_root");
    if (tag && m_ws.ensureCollation(*tag).ok())
        collation = i18n::collationName(*tag);
    const QString dir = m_descending ? QStringLiteral(" DESC") : QString();
    auto select = m_ws.database().prepare(kNameSelect
        + (m_kind ? QStringLiteral("WHERE p.kind = :kind ") : QString())
        + QStringLiteral("ORDER BY coalesce(t.body, o.body) COLLATE %1%2, p.id%2 LIMIT :limit OFFSET :offset")
              .arg(collation, dir));
    if (!select)
        return select.error();
    select->bind(":lang", tag ? *tag : m_language).bind(":limit", limit).bind(":offset", m_offset);
    if (m_kind)
        select->bind(":kind", domain::partnerKindKey(*m_kind));
    TRELLIS_TRY(select->forEachRow([&](Statement &) {
        PartnerRow r;
        r.id = select->int64(0);
        r.name = select->text(1);
        r.nameLanguage = select->text(2);
        const QString status = select->text(3);
        r.nameStatus = r.nameLanguage == m_language && status == QLatin1String("missing")
                           ? domain::TranslationStatus::Original
                           : domain::statusFromKey(status).value_or(domain::TranslationStatus::Missing);
        r.nameLatin = select->text(4);
        r.kind = domain::partnerKindFromKey(select->text(5)).value_or(domain::PartnerKind::Other);
        r.country = select->text(6);
        r.locale = select->text(7);
        rows.append(r);
    }));
    m_offset += int(rows.size());
    if (rows.size() < limit)
        m_atEnd = true;
    return rows;
}

Result<QHash<qint64, QString>> PartnerQuery::names(Workspace &workspace, const QString &language,
                                                 const QString &fallback)
{
    // The best version a reader of the pair has: its first language, then its second, then the original.
    auto select = workspace.database().prepare(QStringLiteral(
        "SELECT p.id, coalesce(t.body, f.body, o.body) FROM partner p "
        "JOIN bitext_version o ON o.text_id = p.name_text_id AND o.status = 'original' "
        "LEFT JOIN bitext_version t ON t.text_id = p.name_text_id AND t.lang = :lang "
        "LEFT JOIN bitext_version f ON f.text_id = p.name_text_id AND f.lang = :fallback"));
    if (!select)
        return select.error();
    select->bind(":lang", language).bind(":fallback", fallback.isEmpty() ? language : fallback);
    QHash<qint64, QString> names;
    TRELLIS_TRY(select->forEachRow([&](Statement &) {
        names.insert(select->int64(0), select->text(1));
    }));
    return names;
}

} // namespace trellis::store
