#include "store/crossoverstore.h"

#include "domain/listeningquorum.h"
#include "i18n/language.h"
#include "store/partnerstore.h"
#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <QLocale>

namespace trellis::store {

using domain::NarrativeCrossover;

namespace {

const QString kOwner = QStringLiteral("narrative_crossover");

Error notFound(qint64 id) { return recordNotFound(QStringLiteral("Crossover"), id); }

std::optional<QString> dateOrNull(const QDate &date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}

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

const LinkTable kCampaigns{QStringLiteral("campaign_crossover"), QStringLiteral("crossover_id"),
                           QStringLiteral("campaign_id"), QStringLiteral("Campaign")};

} // namespace

Result<qint64> CrossoverStore::add(NarrativeCrossover &crossover)
{
    TRELLIS_TRY(write(crossover, true));
    return crossover.stamp.id;
}

Status CrossoverStore::update(NarrativeCrossover &crossover)
{
    return write(crossover, false);
}

Status CrossoverStore::write(NarrativeCrossover &crossover, bool isNew)
{
    NarrativeCrossover n = crossover;
    TRELLIS_TRY(n.normalise());
    PartnerStore partners(m_ws);
    TRELLIS_TRY_ASSIGN(const domain::Partner origin, partners.get(n.originPartnerId));
    TRELLIS_TRY_ASSIGN(const domain::Partner adopting, partners.get(n.adoptingPartnerId));
    TRELLIS_TRY(checkLanguage(origin, n.origin, QStringLiteral("born"), QStringLiteral("origin")));
    TRELLIS_TRY(checkLanguage(adopting, n.reborn, QStringLiteral("reborn"), QStringLiteral("adopting")));
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        const QString now = nowUtc();
        QList<TextField> fields = {{QStringLiteral("origin"), &n.origin, std::nullopt},
                                   {QStringLiteral("reborn"), &n.reborn, std::nullopt},
                                   {QStringLiteral("seen_at"), &n.seenAt, std::nullopt}};
        if (isNew) {
            n.stamp = {0, newUuid(), now, now, m_ws.author()};
        } else {
            TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
                "SELECT uuid, created_at, origin_text_id, reborn_text_id, seen_text_id FROM narrative_crossover "
                "WHERE id = ?"), n.stamp.id));
            TRELLIS_TRY(select.requireRow(notFound(n.stamp.id)));
            n.stamp = {n.stamp.id, select.text(0), select.text(1), now, m_ws.author()};
            for (int i = 0; i < fields.size(); ++i)
                fields[i].existingId = select.optionalInt64(2 + i);
        }
        TRELLIS_TRY_ASSIGN(const auto textIds, TextStore(db).saveFields(kOwner, n.stamp.uuid, fields));
        TRELLIS_TRY_ASSIGN(Statement save, db.prepare(isNew ? QStringLiteral(
            "INSERT INTO narrative_crossover(kind, origin_partner_id, adopting_partner_id, origin_text_id, "
            "reborn_text_id, seen_text_id, born_on, reborn_on, updated_at, author, uuid, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(
            "UPDATE narrative_crossover SET kind = ?, origin_partner_id = ?, adopting_partner_id = ?, origin_text_id = ?, "
            "reborn_text_id = ?, seen_text_id = ?, born_on = ?, reborn_on = ?, updated_at = ?, author = ? WHERE id = ?")));
        save.bindAll(domain::crossoverKindKey(n.kind), n.originPartnerId, n.adoptingPartnerId, textIds.at(0),
                     textIds.at(1), textIds.at(2), dateOrNull(n.bornOn), n.rebornOn.toString(Qt::ISODate), now,
                     n.stamp.author);
        if (isNew)
            save.bind(11, n.stamp.uuid).bind(12, now);
        else
            save.bind(11, n.stamp.id);
        TRELLIS_TRY(save.run());
        if (isNew)
            n.stamp.id = db.lastInsertRowId();
        return replaceLinks(db, kCampaigns, n.stamp.id, n.campaignIds);
    }));
    log::get("store")->debug("crossover {} saved", n.stamp.id);
    crossover = n;
    return {};
}

Status CrossoverStore::remove(qint64 id)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&] {
        return removeRecord(db, kOwner, id, notFound(id),
                            QStringLiteral("Crossover %1 is referred to by other records and cannot be deleted").arg(id));
    }));
    log::get("store")->info("crossover {} removed", id);
    return {};
}

Result<NarrativeCrossover> CrossoverStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, kind, origin_partner_id, adopting_partner_id, origin_text_id, reborn_text_id, seen_text_id, "
        "born_on, reborn_on, created_at, updated_at, author FROM narrative_crossover WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(notFound(id)));
    NarrativeCrossover n;
    n.stamp = {id, select.text(0), select.text(9), select.text(10), select.text(11)};
    n.kind = domain::crossoverKindFromKey(select.text(1)).value_or(domain::CrossoverKind::Other);
    n.originPartnerId = select.int64(2);
    n.adoptingPartnerId = select.int64(3);
    TRELLIS_TRY(TextStore(db).loadFields({{select.int64(4), &n.origin}, {select.int64(5), &n.reborn},
                                          {select.optionalInt64(6), &n.seenAt}}));
    n.bornOn = select.isNull(7) ? QDate() : QDate::fromString(select.text(7), Qt::ISODate);
    n.rebornOn = QDate::fromString(select.text(8), Qt::ISODate);
    TRELLIS_TRY_ASSIGN(n.campaignIds, linksOf(db, kCampaigns, id));
    return n;
}

} // namespace trellis::store
