// FacilitationStore: the check-in (the previous retro's open actions reviewed, local updates).
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

/// The id in the first row sql finds, if it finds one.
template <typename... Args>
Result<std::optional<qint64>> firstId(Database &db, const QString &sql, const Args &...args)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql, args...));
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    return found ? std::optional<qint64>(select.int64(0)) : std::nullopt;
}

} // namespace

namespace facilitation {

Result<std::optional<qint64>> previousRetro(Database &db, qint64 retroId)
{
    return firstId(db, QStringLiteral(
        "SELECT p.id FROM retro r JOIN retro p ON (p.held_on, p.id) < (r.held_on, r.id) WHERE r.id = ? "
        "ORDER BY p.held_on DESC, p.id DESC LIMIT 1"), retroId);
}

} // namespace facilitation

namespace {

/// The copy of action that retroId carries over, if any.
Result<std::optional<qint64>> carriedCopy(Database &db, qint64 retroId, qint64 actionId)
{
    return firstId(db, QStringLiteral("SELECT id FROM retro_action WHERE retro_id = ? AND carried_from_id = ?"),
                   retroId, actionId);
}

Status carryOver(Database &db, const QString &author, qint64 retroId, qint64 actionId)
{
    TRELLIS_TRY_ASSIGN(Statement source,
                       db.query(QStringLiteral("SELECT partner_id, text_id FROM retro_action WHERE id = ?"), actionId));
    TRELLIS_TRY(source.step());
    TextStore texts(db);
    auto text = texts.load(source.int64(1));
    if (!text)
        return text.error();
    std::optional<qint64> owner = source.optionalInt64(0);
    if (owner) {
        // An owner who does not take part this quarter leaves the action to be given again.
        if (!requireParticipant(db, retroId, *owner, QString()))
            owner.reset();
    }
    const QString uuid = newUuid();
    const QString now = nowUtc();
    auto saved = texts.save({QStringLiteral("retro_action"), uuid, QStringLiteral("text")}, *text, std::nullopt);
    if (!saved)
        return saved.error();
    return db.execute(QStringLiteral(
        "INSERT INTO retro_action(uuid, retro_id, partner_id, text_id, due_on, done, created_at, updated_at, author, "
        "carried_from_id) VALUES (?, ?, ?, ?, NULL, 0, ?, ?, ?, ?)"),
        uuid, retroId, owner, **saved, now, now, author, actionId);
}

} // namespace

Status FacilitationStore::setLocalUpdate(qint64 retroId, qint64 partnerId, const domain::BilingualText &text)
{
    domain::BilingualText t = text;
    TRELLIS_TRY(t.normalise(QStringLiteral("The local update")));
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        TRELLIS_TRY(requireParticipant(db, retroId, partnerId, QStringLiteral("partner giving a local update")));
        TRELLIS_TRY_ASSIGN(Statement existing, db.query(QStringLiteral(
            "SELECT uuid, text_id FROM retro_local_update WHERE retro_id = ? AND partner_id = ?"), retroId, partnerId));
        TRELLIS_TRY_ASSIGN(const bool found, existing.step());
        if (t.original().isEmpty()) {
            if (found) {
                TRELLIS_TRY(db.execute(
                    QStringLiteral("DELETE FROM retro_local_update WHERE retro_id = ? AND partner_id = ?"),
                    retroId, partnerId));
            }
            return {};
        }
        const QString uuid = found ? existing.text(0) : newUuid();
        const std::optional<qint64> textId = found ? std::optional<qint64>(existing.int64(1)) : std::nullopt;
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> saved,
                           TextStore(db).save({QStringLiteral("retro_local_update"), uuid, QStringLiteral("text")}, t,
                                              textId));
        return db.execute(QStringLiteral(
            "INSERT INTO retro_local_update(uuid, retro_id, partner_id, text_id, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(uuid) DO UPDATE SET text_id = excluded.text_id, updated_at = excluded.updated_at"),
            uuid, retroId, partnerId, *saved, nowUtc());
    });
}

Status FacilitationStore::reviewAction(qint64 retroId, qint64 actionId, domain::ActionOutcome outcome,
                                       const domain::BilingualText &note)
{
    domain::BilingualText n = note;
    TRELLIS_TRY(n.normalise(QStringLiteral("The note")));
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        auto previous = previousRetro(db, retroId);
        if (!previous)
            return previous.error();
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> owner,
                           firstId(db, QStringLiteral("SELECT retro_id FROM retro_action WHERE id = ?"), actionId));
        if (!owner || !*previous || *owner != **previous)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Only the actions of the previous retro are reviewed at check-in"));

        TRELLIS_TRY_ASSIGN(Statement existing, db.query(QStringLiteral(
            "SELECT uuid, note_text_id FROM retro_action_review WHERE retro_id = ? AND action_id = ?"), retroId, actionId));
        TRELLIS_TRY_ASSIGN(const bool found, existing.step());
        const QString uuid = found ? existing.text(0) : newUuid();
        const std::optional<qint64> noteId = found ? existing.optionalInt64(1) : std::nullopt;
        TRELLIS_TRY_ASSIGN(const std::optional<qint64> saved,
                           TextStore(db).save({QStringLiteral("retro_action_review"), uuid, QStringLiteral("note")}, n,
                                              noteId));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO retro_action_review(uuid, retro_id, action_id, outcome, note_text_id, reviewed_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET outcome = excluded.outcome, "
            "note_text_id = excluded.note_text_id, reviewed_at = excluded.reviewed_at"),
            uuid, retroId, actionId, domain::actionOutcomeKey(outcome), saved, nowUtc()));

        auto copy = carriedCopy(db, retroId, actionId);
        if (!copy)
            return copy.error();
        if (outcome == domain::ActionOutcome::CarriedOver && !*copy) {
            TRELLIS_TRY(carryOver(db, m_ws.author(), retroId, actionId));
        } else if (outcome != domain::ActionOutcome::CarriedOver && *copy) {
            TRELLIS_TRY(removeRowWithTexts(db, "retro_action", **copy));
        }
        return {};
    }));
    log::get("store")->info("retro {}: action {} reviewed as {}", retroId, actionId,
                            domain::actionOutcomeKey(outcome).toStdString());
    return {};
}

} // namespace trellis::store

namespace trellis::store {

Status FacilitationStore::clearReview(qint64 retroId, qint64 actionId)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(requireOpenRetro(db, retroId));
        auto copy = carriedCopy(db, retroId, actionId);
        if (!copy)
            return copy.error();
        if (*copy)
            TRELLIS_TRY(removeRowWithTexts(db, "retro_action", **copy));
        TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM retro_action_review WHERE retro_id = ? AND action_id = ?"),
                               retroId, actionId));
        return {};
    }));
    log::get("store")->info("retro {}: review of action {} taken back", retroId, actionId);
    return {};
}

} // namespace trellis::store
