#include "reports/partnernames.h"

#include "reports/columnformat.h"
#include "store/partnerstore.h"

namespace trellis::reports {

Result<PartnerNames> PartnerNames::load(store::Workspace &workspace)
{
    store::PartnerStore partners(workspace);
    auto list = partners.list();
    if (!list)
        return list.error();
    PartnerNames names;
    for (const store::PartnerSummary &summary : std::as_const(*list)) {
        auto partner = partners.get(summary.id);
        if (!partner)
            return partner.error();
        names.m_names.insert(summary.id, partner->name);
        names.m_latin.insert(summary.id, summary.nameLatin);
    }
    return names;
}

Cell PartnerNames::cell(qint64 id, const QString &language) const
{
    if (!m_names.contains(id))
        return Cell::plain(name(id));
    return nameCell(m_names.value(id), language);
}

Cell PartnerNames::original(qint64 id) const
{
    if (!m_names.contains(id))
        return Cell::plain(name(id));
    const auto &text = m_names[id];
    return nameCell(text, text.originalLanguage());
}

QString PartnerNames::isolated(qint64 id, const QString &language) const
{
    return QChar(0x2068) + cell(id, language).text + QChar(0x2069);
}

QString PartnerNames::name(qint64 id) const
{
    return m_names.contains(id) ? m_names[id].original() : u'#' + QString::number(id);
}

} // namespace trellis::reports
