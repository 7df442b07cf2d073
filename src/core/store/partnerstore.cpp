#include "store/partnerstore.h"

#include "domain/listeningquorum.h"
#include "i18n/collation.h"
#include "i18n/namecheck.h"
#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <QLocale>

namespace trellis::store {

using domain::Partner;

template <>
RecordRow RecordStore<Partner>::rowOf(Partner &p)
{
    return {QStringLiteral("partner"), QStringLiteral("Partner"),
            {QStringLiteral("name_latin"), QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("languages"),
             QStringLiteral("locale"), QStringLiteral("time_zone")},
            {{QStringLiteral("name"), &p.name}, {QStringLiteral("goals"), &p.goals},
             {QStringLiteral("contact"), &p.contactNotes, true}}};
}

template <>
Status RecordStore<Partner>::write(Partner &partner, bool isNew)
{
    return save(partner, [&](Database &db, Partner &p) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(p), isNew, p.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(p.nameLatin, domain::partnerKindKey(p.kind), p.country, p.languages.join(u' '), p.locale,
                        p.timeZone);
        }));
        // The Latin name is searchable too, so "tehran" finds a name written without vowels.
        TextStore texts(db);
        TRELLIS_TRY_ASSIGN(const auto latinId, texts.find(p.stamp.uuid, QStringLiteral("latin")));
        const bool latinDiffers = !p.nameLatin.isEmpty() && p.nameLatin != p.name.original();
        const domain::BilingualText latin = latinDiffers ? domain::BilingualText(QStringLiteral("und-Latn"), p.nameLatin)
                                                         : domain::BilingualText();
        TRELLIS_TRY(texts.save({rowOf(p).table, p.stamp.uuid, QStringLiteral("latin")}, latin, latinId));
        return {};
    });
}

template <>
Status RecordStore<Partner>::remove(qint64 id)
{
    Partner p;
    return removeRecordRow(m_ws.database(), rowOf(p), id,
                           QStringLiteral("This partner appears in ledger entries, retros or protocols and cannot be removed"));
}

template <>
Result<Partner> RecordStore<Partner>::get(qint64 id) const
{
    Partner p;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, p));
    p.nameLatin = row.text(0);
    p.kind = domain::partnerKindFromKey(row.text(1)).value_or(domain::PartnerKind::Other);
    p.country = row.text(2);
    p.languages = row.text(3).split(u' ', Qt::SkipEmptyParts);
    p.locale = row.text(4);
    p.timeZone = row.text(5);
    return p;
}

Result<QList<PartnerSummary>> PartnerStore::list(const QString &sortLanguage) const
{
    if (!sortLanguage.isEmpty())
        TRELLIS_TRY(m_ws.ensureCollation(sortLanguage));
    const QString collation = sortLanguage.isEmpty() ? QStringLiteral("trellis_root") : i18n::collationName(sortLanguage);
    // The collation name comes from a canonical language tag, never from user text.
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT p.id, p.uuid, v.body, v.lang, p.name_latin, p.kind, p.country FROM partner p "
        "JOIN bitext_version v ON v.text_id = p.name_text_id AND v.status = 'original' "
        "ORDER BY v.body COLLATE %1, p.id").arg(collation)));
    return select.collect([](const Statement &row) {
        return PartnerSummary{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4),
                              domain::partnerKindFromKey(row.text(5)).value_or(domain::PartnerKind::Other), row.text(6)};
    });
}

Result<qint64> PartnerStore::count() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral("SELECT count(*) FROM partner")));
    TRELLIS_TRY(select.step());
    return select.int64(0);
}

Result<QStringList> PartnerStore::nameWarnings(const Partner &partner) const
{
    QStringList warnings = i18n::checkName(partner.name.original()).descriptions();
    auto others = list();
    if (!others)
        return others.error();
    for (const PartnerSummary &other : std::as_const(*others)) {
        if (other.id != partner.stamp.id && i18n::areConfusable(other.name, partner.name.original()))
            warnings << QStringLiteral("The name looks like the name of partner %1").arg(other.id);
    }
    return warnings;
}

Result<qint64> PartnerStore::addParaphrase(domain::GoalParaphrase &paraphrase)
{
    domain::GoalParaphrase p = paraphrase;
    if (p.partnerId == p.byPartnerId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A partner paraphrases another partner's goals, not its own"));
    if (p.text.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A paraphrase needs its text"));
    TRELLIS_TRY(p.text.normalise(QStringLiteral("Paraphrase")));
    // The listening quorum: a partner paraphrases in its own language.
    auto by = get(p.byPartnerId);
    if (!by) {
        if (by.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, QStringLiteral("Both partners of a paraphrase must exist"));
        return by.error();
    }
    TRELLIS_TRY(domain::checkParaphraseLanguage(domain::ownLanguages(*by), p.text.originalLanguage(),
                                                by->name.original(), QLocale().bcp47Name()));
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        const QString now = nowUtc();
        p.stamp = {0, newUuid(), now, now, m_ws.author()};
        TRELLIS_TRY_ASSIGN(const auto text, TextStore(db).save({QStringLiteral("paraphrase"), p.stamp.uuid,
                                                                  QStringLiteral("text")}, p.text, {}));
        if (auto s = db.execute(QStringLiteral(
                "INSERT INTO goal_paraphrase(uuid, partner_id, by_partner_id, text_id, created_at, updated_at, author) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"), p.stamp.uuid, p.partnerId, p.byPartnerId, text, now, now, p.stamp.author);
            !s) {
            if (s.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::NotFound, QStringLiteral("Both partners of a paraphrase must exist"));
            return s.error();
        }
        p.stamp.id = db.lastInsertRowId();
        return {};
    }));
    paraphrase = p;
    return p.stamp.id;
}

Result<QList<domain::GoalParaphrase>> PartnerStore::paraphrasesOf(qint64 partnerId) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT id, uuid, by_partner_id, text_id, created_at, updated_at, author FROM goal_paraphrase "
        "WHERE partner_id = ? ORDER BY id"), partnerId));
    TextStore texts(db);
    return select.collect([&](const Statement &row) -> Result<domain::GoalParaphrase> {
        domain::GoalParaphrase p;
        p.stamp = {row.int64(0), row.text(1), row.text(4), row.text(5), row.text(6)};
        p.partnerId = partnerId;
        p.byPartnerId = row.int64(2);
        TRELLIS_TRY(texts.loadFields({{row.int64(3), &p.text}}));
        return p;
    });
}

Status PartnerStore::saveParaphraseTranslations(qint64 paraphraseId, const domain::BilingualText &text)
{
    domain::BilingualText t = text;
    TRELLIS_TRY(t.normalise(QStringLiteral("Paraphrase")));
    TRELLIS_TRY(saveStoredTranslations(m_ws.database(), QStringLiteral("SELECT uuid, text_id FROM goal_paraphrase WHERE id = ?"),
                                       paraphraseId, recordNotFound(QStringLiteral("Paraphrase"), paraphraseId),
                                       {QStringLiteral("paraphrase"), {}, QStringLiteral("text")}, t,
                                       QStringLiteral("Paraphrase %1").arg(paraphraseId)));
    log::get("store")->debug("paraphrase {}: translations saved", paraphraseId);
    return {};
}

} // namespace trellis::store
