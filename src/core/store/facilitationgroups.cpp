// FacilitationStore: themes (Group), discussion notes (Discuss) and actions (Actions).
#include "store/facilitationstore.h"

#include "store/facilitationsql.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using namespace facilitation;

namespace {

/// Tags as stored: trimmed, NFC, no commas, no duplicates, in the order given.
Result<QString> storedTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.normalized(QString::NormalizationForm_C).trimmed();
        if (t.contains(u','))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A tag cannot contain a comma"));
        if (!t.isEmpty() && !clean.contains(t))
            clean.append(t);
    }
    return clean.join(u',');
}

/// Saves (or, empty, removes) the note of one theme or answer; column is theme_id or answer_id.
Status saveNote(Database &db, qint64 retroId, const char *column, qint64 subjectId, const domain::BilingualText &note)
{
    const QString col = QLatin1String(column);
    TRELLIS_TRY_ASSIGN(Statement existing,
                       db.query(QStringLiteral("SELECT uuid, text_id FROM retro_note WHERE %1 = ?").arg(col), subjectId));
    TRELLIS_TRY_ASSIGN(const bool found, existing.step());
    if (note.isEmpty() || note.original().isEmpty()) {
        if (found) {
            TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM retro_note WHERE %1 = ?").arg(col), subjectId));
        }
        return {};
    }
    const QString uuid = found ? existing.text(0) : newUuid();
    const std::optional<qint64> textId = found ? std::optional<qint64>(existing.int64(1)) : std::nullopt;
    TRELLIS_TRY_ASSIGN(const std::optional<qint64> text,
                       TextStore(db).save({QStringLiteral("retro_note"), uuid, QStringLiteral("text")}, note, textId));
    return db.execute(QStringLiteral(
        "INSERT INTO retro_note(uuid, retro_id, %1, text_id, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(uuid) DO UPDATE SET text_id = excluded.text_id, updated_at = excluded.updated_at").arg(col),
        uuid, retroId, subjectId, *text, nowUtc());
}

Status saveNoteOf(Database &db, const char *table, const char *column, qint64 subjectId, domain::BilingualText note)
{
    TRELLIS_TRY(note.normalise(QStringLiteral("The note")));
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(const qint64 retroId, openRetroOf(db, table, subjectId));
        return saveNote(db, retroId, column, subjectId, note);
    });
}

} // namespace

Result<qint64> FacilitationStore::addTheme(qint64 retroId, const domain::BilingualText &title, const QStringList &tags)
{
    domain::BilingualText t = title;
    TRELLIS_TRY(t.normalise(QStringLiteral("The theme's title")));
    auto stored = storedTags(tags);
    if (!stored)
        return stored.error();
    Database &db = m_ws.database();
    qint64 id = 0;
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        const QString uuid = newUuid();
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> text,
                           TextStore(db).save({QStringLiteral("retro_theme"), uuid, QStringLiteral("title")}, t,
                                              std::nullopt));
        const QString now = nowUtc();
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO retro_theme(uuid, retro_id, title_text_id, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            uuid, retroId, text, *stored, now, now));
        id = db.lastInsertRowId();
        return {};
    }));
    log::get("store")->info("retro {}: theme {} added", retroId, id);
    return id;
}

Status FacilitationStore::setThemeTags(qint64 themeId, const QStringList &tags)
{
    auto stored = storedTags(tags);
    if (!stored)
        return stored.error();
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(openRetroOf(db, "retro_theme", themeId));
        TRELLIS_TRY(db.execute(QStringLiteral("UPDATE retro_theme SET tags = ?, updated_at = ? WHERE id = ?"),
                               *stored, nowUtc(), themeId));
        return {};
    });
}

Status FacilitationStore::setThemeTitle(qint64 themeId, const domain::BilingualText &title)
{
    domain::BilingualText t = title;
    TRELLIS_TRY(t.normalise(QStringLiteral("The theme's title")));
    Database &db = m_ws.database();
    return Transaction::run(db, [&] { return saveRowText(db, "retro_theme", "title_text_id", QStringLiteral("title"), themeId, t); });
}

Status FacilitationStore::removeTheme(qint64 themeId)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(openRetroOf(db, "retro_theme", themeId));
        return db.execute(QStringLiteral("DELETE FROM retro_theme WHERE id = ?"), themeId);
    });
}

Status FacilitationStore::setAnswerTheme(qint64 answerId, std::optional<qint64> themeId)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(const qint64 retroId, openRetroOf(db, "retro_answer", answerId));
        if (themeId) {
            TRELLIS_TRY_ASSIGN(Statement theme, db.query(
                QStringLiteral("SELECT 1 FROM retro_theme WHERE id = ? AND retro_id = ?"), *themeId, retroId));
            TRELLIS_TRY(theme.requireRow(
                makeError(ErrorCode::NotFound, QStringLiteral("This theme is not part of the answer's retro"))));
        }
        TRELLIS_TRY(db.execute(QStringLiteral("UPDATE retro_answer SET theme_id = ?, updated_at = ? WHERE id = ?"),
                               themeId, nowUtc(), answerId));
        return {};
    });
}

Status FacilitationStore::setThemeNote(qint64 themeId, const domain::BilingualText &note)
{
    return saveNoteOf(m_ws.database(), "retro_theme", "theme_id", themeId, note);
}

Status FacilitationStore::setAnswerNote(qint64 answerId, const domain::BilingualText &note)
{
    return saveNoteOf(m_ws.database(), "retro_answer", "answer_id", answerId, note);
}

Result<qint64> FacilitationStore::addAction(qint64 retroId, domain::RetroAction &action)
{
    domain::RetroAction a = action;
    TRELLIS_TRY(a.text.normalise(QStringLiteral("The action")));
    if (a.text.original().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The action has no text"));
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        if (a.partnerId)
            TRELLIS_TRY(requireParticipant(db, retroId, *a.partnerId, QStringLiteral("owner of an action")));
        const QString now = nowUtc();
        a.stamp = {0, newUuid(), now, now, m_ws.author()};
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> text,
                           TextStore(db).save({QStringLiteral("retro_action"), a.stamp.uuid, QStringLiteral("text")},
                                              a.text, std::nullopt));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO retro_action(uuid, retro_id, partner_id, text_id, due_on, done, created_at, updated_at, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            a.stamp.uuid, retroId, a.partnerId, *text, a.dueOn, a.done ? 1 : 0, now, now, a.stamp.author));
        a.stamp.id = db.lastInsertRowId();
        return {};
    }));
    log::get("store")->info("retro {}: action {} added", retroId, a.stamp.id);
    action = a;
    return a.stamp.id;
}

Status FacilitationStore::removeAction(qint64 actionId)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(openRetroOf(db, "retro_action", actionId));
        return removeRowWithTexts(db, "retro_action", actionId);
    });
}

} // namespace trellis::store
