#include "store/textstore.h"

#include "i18n/consonantskeleton.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "util/clock.h"

#include <QSet>

namespace trellis::store {

using domain::BilingualText;
using domain::Translation;
using domain::TranslationStatus;

Status TextStore::saveTranslations(const TextOwner &owner, std::optional<qint64> id, const domain::BilingualText &text,
                                   const QString &what)
{
    TRELLIS_TRY_ASSIGN(const domain::BilingualText stored, load(id));
    if (stored.original() != text.original() || stored.originalLanguage() != text.originalLanguage())
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 is not the stored one: only its translations can be saved here").arg(what));
    if (!id)
        return {}; // no text, nothing to translate
    TRELLIS_TRY_ASSIGN(const auto saved, save(owner, text, id));
    Q_UNUSED(saved)
    return {};
}

Status saveStoredTranslations(Database &db, const QString &recordSql, qint64 id, const Error &missing,
                              const TextOwner &owner, const domain::BilingualText &text, const QString &what)
{
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement record, db.query(recordSql, id));
        TRELLIS_TRY(record.requireRow(missing));
        return TextStore(db).saveTranslations({owner.kind, record.text(0), owner.field}, record.optionalInt64(1), text, what);
    });
}

Result<std::optional<qint64>> TextStore::save(const TextOwner &owner, const BilingualText &text,
                                              std::optional<qint64> existingId)
{
    if (text.isEmpty()) {
        if (existingId) {
            TRELLIS_TRY_ASSIGN(StatementLease delLease, m_db.cached(QStringLiteral("DELETE FROM bitext WHERE id = ?")));
            Statement &del = delLease.get();
            del.bind(1, *existingId);
            TRELLIS_TRY(del.run());
        }
        return std::optional<qint64>();
    }
    qint64 id = 0;
    if (existingId) {
        id = *existingId;
        TRELLIS_TRY_ASSIGN(StatementLease updateLease, m_db.cached(QStringLiteral("UPDATE bitext SET original_lang = ? WHERE id = ? AND original_lang <> ?")));
        Statement &update = updateLease.get();
        update.bind(1, text.originalLanguage()).bind(2, id).bind(3, text.originalLanguage());
        TRELLIS_TRY(update.run());
    } else {
        TRELLIS_TRY_ASSIGN(StatementLease insertLease, m_db.cached(QStringLiteral(
            "INSERT INTO bitext(owner_kind, owner_uuid, field, original_lang, sensitive) VALUES (?, ?, ?, ?, ?)")));
        Statement &insert = insertLease.get();
        insert.bind(1, owner.kind).bind(2, owner.uuid).bind(3, owner.field).bind(4, text.originalLanguage())
            .bind(5, owner.sensitive ? 1 : 0);
        TRELLIS_TRY(insert.run());
        id = m_db.lastInsertRowId();
    }

    // Languages the text has now: drop the rest.
    QSet<QString> keep{text.originalLanguage()};
    for (auto it = text.translations().cbegin(); it != text.translations().cend(); ++it)
        keep.insert(it.key());
    TRELLIS_TRY_ASSIGN(StatementLease existingLease, m_db.cached(QStringLiteral("SELECT lang FROM bitext_version WHERE text_id = ?")));
    Statement &existing = existingLease.get();
    existing.bind(1, id);
    QStringList drop;
    TRELLIS_TRY(existing.forEachRow([&](Statement &) {
        if (!keep.contains(existing.text(0)))
            drop << existing.text(0);
    }));
    TRELLIS_TRY_ASSIGN(StatementLease delLease, m_db.cached(QStringLiteral("DELETE FROM bitext_version WHERE text_id = ? AND lang = ?")));
    Statement &del = delLease.get();
    for (const QString &lang : drop) {
        del.reset();
        del.bind(1, id).bind(2, lang);
        TRELLIS_TRY(del.run());
    }

    // Upsert each version; unchanged rows are left alone so the search index is not churned.
    TRELLIS_TRY_ASSIGN(StatementLease upsertLease, m_db.cached(QStringLiteral(
        "INSERT INTO bitext_version(text_id, lang, body, status, translator, translated_at, search_key) "
        "VALUES (:id, :lang, :body, :status, :translator, :at, :key) "
        "ON CONFLICT(text_id, lang) DO UPDATE SET body = excluded.body, status = excluded.status, "
        "translator = excluded.translator, translated_at = excluded.translated_at, search_key = excluded.search_key "
        "WHERE body IS NOT excluded.body OR status IS NOT excluded.status OR translator IS NOT excluded.translator "
        "OR translated_at IS NOT excluded.translated_at")));
    Statement &upsert = upsertLease.get();
    auto write = [&](const QString &lang, const QString &body, TranslationStatus status, const QString &translator,
                     const QDateTime &at) -> Status {
        upsert.reset();
        upsert.bind(":id", id).bind(":lang", lang).bind(":body", body)
            .bind(":status", domain::statusKey(status))
            .bind(":translator", translator)
            .bind(":at", at.isValid() ? std::optional<QString>(toStoredTime(at)) : std::nullopt)
            .bind(":key", i18n::indexedSearchKey(body));
        return upsert.run();
    };
    TRELLIS_TRY(write(text.originalLanguage(), text.original(), TranslationStatus::Original, QString(), QDateTime()));
    for (auto it = text.translations().cbegin(); it != text.translations().cend(); ++it)
        TRELLIS_TRY(write(it.key(), it->text, it->status, it->translator, it->translatedAt));
    return std::optional<qint64>(id);
}

Result<QList<std::optional<qint64>>> TextStore::saveFields(const QString &kind, const QString &uuid,
                                                           const QList<TextField> &fields)
{
    QList<std::optional<qint64>> ids;
    ids.reserve(fields.size());
    for (const TextField &field : fields) {
        TRELLIS_TRY_ASSIGN(const auto id, save({kind, uuid, field.name, field.sensitive}, *field.text, field.existingId));
        ids.append(id);
    }
    return ids;
}

Status TextStore::loadFields(std::initializer_list<TextTarget> targets) const
{
    for (const auto &[id, text] : targets) {
        TRELLIS_TRY_ASSIGN(*text, load(id));
    }
    return {};
}

Result<BilingualText> TextStore::load(std::optional<qint64> id) const
{
    BilingualText text;
    if (!id)
        return text;
    auto select = m_db.prepare(QStringLiteral(
        "SELECT lang, body, status, translator, translated_at FROM bitext_version WHERE text_id = ?"));
    if (!select)
        return select.error();
    select->bind(1, *id);
    TRELLIS_TRY(select->forEachRow([&](Statement &) -> Status {
        const auto status = domain::statusFromKey(select->text(2));
        if (!status)
            return makeError(ErrorCode::Corrupt, QStringLiteral("A text has an unknown translation status"));
        if (*status == TranslationStatus::Original) {
            text.setOriginal(select->text(0), select->text(1));
        } else {
            Translation t;
            t.text = select->text(1);
            t.status = *status;
            t.translator = select->text(3);
            if (!select->isNull(4))
                t.translatedAt = fromStoredTime(select->text(4));
            text.setTranslation(select->text(0), t);
        }
        return {};
    }));
    return text;
}

Result<std::optional<qint64>> TextStore::find(const QString &ownerUuid, const QString &field) const
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, m_db.cached(QStringLiteral("SELECT id FROM bitext WHERE owner_uuid = ? AND field = ?")));
    Statement &select = lease.get();
    select.bind(1, ownerUuid).bind(2, field);
    auto row = select.step();
    if (!row)
        return row.error();
    return *row ? std::optional<qint64>(select.int64(0)) : std::nullopt;
}

Result<QList<TranslationEvent>> TextStore::history(qint64 id, const QString &language) const
{
    auto select = m_db.prepare(QStringLiteral(
        "SELECT status, body, by_name, at FROM bitext_history WHERE text_id = ? AND lang = ? ORDER BY id"));
    if (!select)
        return select.error();
    select->bind(1, id).bind(2, language);
    return select->collect([](const Statement &row) -> Result<TranslationEvent> {
        const auto status = domain::statusFromKey(row.text(0));
        if (!status)
            return makeError(ErrorCode::Corrupt, QStringLiteral("A translation's history has an unknown status"));
        return TranslationEvent{*status, row.text(1), row.text(2), fromStoredTime(row.text(3))};
    });
}

Result<QStringList> TextStore::unknownWords(qint64 id, const QString &language) const
{
    auto select = m_db.prepare(QStringLiteral(
        "SELECT word FROM machine_unknown_word WHERE text_id = ? AND lang = ? ORDER BY word"));
    if (!select)
        return select.error();
    select->bind(1, id).bind(2, language);
    return select->collect([](const Statement &row) { return row.text(0); });
}

Status TextStore::setUnknownWords(qint64 id, const QString &language, const QStringList &words)
{
    auto del = m_db.prepare(QStringLiteral("DELETE FROM machine_unknown_word WHERE text_id = ? AND lang = ?"));
    if (!del)
        return del.error();
    del->bind(1, id).bind(2, language);
    TRELLIS_TRY(del->run());
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO machine_unknown_word(text_id, lang, word) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const QString &word : words) {
        insert->reset();
        insert->bind(1, id).bind(2, language).bind(3, word);
        TRELLIS_TRY(insert->run());
    }
    return {};
}

Status TextStore::lock(qint64 id)
{
    TRELLIS_TRY_ASSIGN(StatementLease updateLease, m_db.cached(QStringLiteral("UPDATE bitext SET locked = 1 WHERE id = ?")));
    Statement &update = updateLease.get();
    update.bind(1, id);
    return update.run();
}

Status TextStore::removeOwner(const QString &uuid)
{
    auto del = m_db.prepare(QStringLiteral("DELETE FROM bitext WHERE owner_uuid = ?"));
    if (!del)
        return del.error();
    del->bind(1, uuid);
    return del->run();
}

} // namespace trellis::store
