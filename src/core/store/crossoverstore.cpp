#include "store/crossoverstore.h"

#include "domain/listeningquorum.h"
#include "i18n/language.h"
#include "store/partnerstore.h"
#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QLocale>

namespace trellis::store {

using domain::NarrativeCrossover;

namespace {

/// Refuses a text whose original is not in one of the partner's own languages; `as` is "born" or "reborn".
Status checkLanguage(const domain::Partner &partner, const domain::BilingualText &text, const QString &as,
                     const QString &role)
{
    const QStringList languages = domain::ownLanguages(partner);
    if (languages.isEmpty() || domain::speaksLanguage(languages, text.originalLanguage()))
        return {};
    const QString display = QLocale().bcp47Name();
    QStringList names;
    for (const QString &tag : languages)
        names << i18n::languageDisplayName(tag, display);
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("A crossover as %1 is written in the %2 partner's language: %3 works in %4, not in %5")
                         .arg(as, role, partner.name.original(), names.join(QStringLiteral(", ")),
                              i18n::languageDisplayName(text.originalLanguage(), display)));
}

const LinkTable kCrossoverCampaigns{QStringLiteral("campaign_crossover"), QStringLiteral("crossover_id"),
                           QStringLiteral("campaign_id"), QStringLiteral("Campaign")};

} // namespace

template <>
RecordRow RecordStore<NarrativeCrossover>::rowOf(NarrativeCrossover &n)
{
    return {QStringLiteral("narrative_crossover"), QStringLiteral("Crossover"),
            {QStringLiteral("kind"), QStringLiteral("origin_partner_id"), QStringLiteral("adopting_partner_id"),
             QStringLiteral("born_on"), QStringLiteral("reborn_on")},
            {{QStringLiteral("origin"), &n.origin}, {QStringLiteral("reborn"), &n.reborn},
             {QStringLiteral("seen_at"), &n.seenAt, false, QStringLiteral("seen_text_id")}},
            {{kCrossoverCampaigns, &n.campaignIds}}};
}

template <>
Status RecordStore<NarrativeCrossover>::write(NarrativeCrossover &crossover, bool isNew)
{
    return save(crossover, [&](Database &db, NarrativeCrossover &n) -> Status {
        PartnerStore partners(m_ws);
        TRELLIS_TRY_ASSIGN(const domain::Partner origin, partners.get(n.originPartnerId));
        TRELLIS_TRY_ASSIGN(const domain::Partner adopting, partners.get(n.adoptingPartnerId));
        TRELLIS_TRY(checkLanguage(origin, n.origin, QStringLiteral("born"), QStringLiteral("origin")));
        TRELLIS_TRY(checkLanguage(adopting, n.reborn, QStringLiteral("reborn"), QStringLiteral("adopting")));
        return writeRecordRow(db, rowOf(n), isNew, n.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(domain::crossoverKindKey(n.kind), n.originPartnerId, n.adoptingPartnerId, n.bornOn, n.rebornOn);
        });
    });
}

template <>
Result<NarrativeCrossover> RecordStore<NarrativeCrossover>::get(qint64 id) const
{
    NarrativeCrossover n;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, n));
    n.kind = domain::crossoverKindFromKey(row.text(0)).value_or(domain::CrossoverKind::Other);
    row.readFrom(1, n.originPartnerId, n.adoptingPartnerId, n.bornOn, n.rebornOn);
    return n;
}

} // namespace trellis::store
