#include "io/partnermatch.h"

#include "i18n/searchkey.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>

namespace trellis::io {

Result<PartnerDirectory> PartnerDirectory::load(store::Workspace &workspace)
{
    auto select = workspace.database().prepare(QStringLiteral(
        "SELECT p.id, p.name_latin, v.body, v.status = 'original' FROM partner p "
        "JOIN bitext_version v ON v.text_id = p.name_text_id ORDER BY p.id, v.status <> 'original'"));
    if (!select)
        return select.error();
    PartnerDirectory directory;
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = select->int64(0);
        if (select->int64(3) != 0)
            directory.m_names.insert(id, select->text(2));
        directory.add(id, select->text(1));
        directory.add(id, select->text(2));
    }
    return directory;
}

void PartnerDirectory::add(qint64 id, const QString &name)
{
    if (!m_names.contains(id))
        m_names.insert(id, name);
    m_unindexed.append({id, name});
}

void PartnerDirectory::index() const
{
    // Search keys go through the transliterator, whose first use costs a noticeable moment: only
    // a lookup by name pays it, never a listing of names.
    for (const auto &[id, name] : std::as_const(m_unindexed)) {
        const QString key = i18n::searchKey(name).simplified();
        if (key.isEmpty())
            continue;
        QList<qint64> &ids = m_byKey[key];
        if (!ids.contains(id))
            ids.append(id);
    }
    m_unindexed.clear();
}

Result<qint64> PartnerDirectory::match(const QString &text) const
{
    index();
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no partner named"));
    const QList<qint64> ids = m_byKey.value(i18n::searchKey(wanted).simplified());
    if (ids.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown partner \"%1\"").arg(wanted));
    if (ids.size() > 1) {
        QStringList candidates;
        for (qint64 id : ids)
            candidates << QStringLiteral("%1 (id %2)").arg(m_names.value(id)).arg(id);
        return makeError(ErrorCode::Conflict, QStringLiteral("ambiguous partner \"%1\": it matches %2")
                                                  .arg(wanted, candidates.join(QStringLiteral(", "))));
    }
    return ids.first();
}

Result<qint64> PartnerDirectory::resolve(const QString &text) const
{
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (isNumber && m_names.contains(id))
        return id;
    if (isNumber)
        return makeError(ErrorCode::NotFound, QStringLiteral("partner %1 does not exist").arg(id));
    return match(text);
}

QList<qint64> PartnerDirectory::ids() const
{
    QList<qint64> all = m_names.keys();
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace trellis::io
