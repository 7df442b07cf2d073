#include "store/protocolstore.h"

#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using domain::ConflictProtocol;

namespace {

const QString kProtocol = QStringLiteral("protocol");

Error notFound(const QString &what, qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(what).arg(id));
}

std::optional<QString> dateOrNull(const QDate &date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}

Result<QList<qint64>> ids(Database &db, const QString &sql, std::optional<QString> parameter = std::nullopt)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    if (parameter)
        select->bind(1, *parameter);
    return select->int64Column();
}

Status insertAgreement(Database &db, qint64 protocolId, const domain::ProtocolAgreement &a)
{
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO protocol_agreement(protocol_id, partner_id, agreed_on, by_name) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(protocol_id, partner_id) DO UPDATE SET agreed_on = excluded.agreed_on, by_name = excluded.by_name"));
    if (!insert)
        return insert.error();
    insert->bind(1, protocolId).bind(2, a.partnerId).bind(3, a.agreedOn.toString(Qt::ISODate)).bind(4, a.byName);
    if (auto s = insert->run(); !s)
        return s.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::NotFound, QStringLiteral("An agreeing partner is not a partner of this workspace"))
            : s.error();
    return {};
}

} // namespace

Result<qint64> ProtocolStore::add(ConflictProtocol &protocol)
{
    ConflictProtocol p = protocol;
    p.lineageUuid = newUuid();
    p.version = 1;
    auto id = insertProtocol(p);
    if (id)
        protocol = p;
    return id;
}

Result<qint64> ProtocolStore::addVersion(ConflictProtocol &protocol)
{
    auto latest = ids(m_ws.database(), QStringLiteral("SELECT max(version) FROM protocol WHERE lineage_uuid = ?"),
                      protocol.lineageUuid);
    if (!latest)
        return latest.error();
    if (latest->isEmpty() || latest->first() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no protocol to make a new version of"));
    ConflictProtocol p = protocol;
    p.version = int(latest->first()) + 1;
    auto id = insertProtocol(p);
    if (id)
        protocol = p;
    return id;
}

Result<qint64> ProtocolStore::insertProtocol(ConflictProtocol &p)
{
    TRELLIS_TRY(p.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    p.stamp = {0, newUuid(), now, now, m_ws.author()};
    TextStore texts(db);
    auto title = texts.save({kProtocol, p.stamp.uuid, QStringLiteral("title")}, p.title, {});
    auto triggers = texts.save({kProtocol, p.stamp.uuid, QStringLiteral("triggers")}, p.triggers, {});
    auto roles = texts.save({kProtocol, p.stamp.uuid, QStringLiteral("roles")}, p.roles, {});
    if (!title || !triggers || !roles)
        return (!title ? title : !triggers ? triggers : roles).error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO protocol(uuid, lineage_uuid, version, title_text_id, triggers_text_id, roles_text_id, review_due, "
        "created_at, updated_at, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, p.stamp.uuid).bind(2, p.lineageUuid).bind(3, p.version).bind(4, **title).bind(5, *triggers)
        .bind(6, *roles).bind(7, dateOrNull(p.reviewDue)).bind(8, now).bind(9, now).bind(10, p.stamp.author);
    TRELLIS_TRY(insert->run());
    p.stamp.id = db.lastInsertRowId();
    auto step = db.prepare(QStringLiteral("INSERT INTO protocol_step(protocol_id, position, text_id) VALUES (?, ?, ?)"));
    if (!step)
        return step.error();
    for (int i = 0; i < p.steps.size(); ++i) {
        auto text = texts.save({kProtocol, p.stamp.uuid, QStringLiteral("step:%1").arg(i + 1)}, p.steps.at(i), {});
        if (!text)
            return text.error();
        step->reset();
        step->bind(1, p.stamp.id).bind(2, i + 1).bind(3, **text);
        TRELLIS_TRY(step->run());
    }
    for (const auto &agreement : std::as_const(p.agreements))
        TRELLIS_TRY(insertAgreement(db, p.stamp.id, agreement));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("protocol {} version {} saved", p.stamp.id, p.version);
    return p.stamp.id;
}

Status ProtocolStore::agree(qint64 protocolId, const domain::ProtocolAgreement &agreement)
{
    ConflictProtocol check;
    check.title = domain::BilingualText(QStringLiteral("en"), QStringLiteral("check"));
    check.agreements = {agreement};
    TRELLIS_TRY(check.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto exists = ids(db, QStringLiteral("SELECT id FROM protocol WHERE id = ?"), QString::number(protocolId));
    if (!exists)
        return exists.error();
    if (exists->isEmpty())
        return notFound(QStringLiteral("Protocol"), protocolId);
    TRELLIS_TRY(insertAgreement(db, protocolId, check.agreements.first()));
    return tx->commit();
}

Status ProtocolStore::removeAgreement(qint64 protocolId, qint64 partnerId)
{
    auto del = m_ws.database().prepare(QStringLiteral(
        "DELETE FROM protocol_agreement WHERE protocol_id = ? AND partner_id = ?"));
    if (!del)
        return del.error();
    del->bind(1, protocolId).bind(2, partnerId);
    TRELLIS_TRY(del->run());
    if (m_ws.database().changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("Partner %1 has no recorded agreement to protocol %2")
                                                  .arg(partnerId).arg(protocolId));
    log::get("store")->debug("agreement of partner {} to protocol {} removed", partnerId, protocolId);
    return {};
}

Result<ConflictProtocol> ProtocolStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    auto select = db.prepare(QStringLiteral(
        "SELECT uuid, lineage_uuid, version, title_text_id, triggers_text_id, roles_text_id, review_due, created_at, "
        "updated_at, author FROM protocol WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("Protocol"), id);
    ConflictProtocol p;
    p.stamp = {id, select->text(0), select->text(7), select->text(8), select->text(9)};
    p.lineageUuid = select->text(1);
    p.version = int(select->int64(2));
    TextStore texts(db);
    auto title = texts.load(select->int64(3));
    auto triggers = texts.load(select->optionalInt64(4));
    auto roles = texts.load(select->optionalInt64(5));
    if (!title || !triggers || !roles)
        return (!title ? title : !triggers ? triggers : roles).error();
    p.title = *title;
    p.triggers = *triggers;
    p.roles = *roles;
    p.reviewDue = QDate::fromString(select->text(6), Qt::ISODate);

    auto steps = ids(db, QStringLiteral("SELECT text_id FROM protocol_step WHERE protocol_id = ? ORDER BY position"),
                     QString::number(id));
    if (!steps)
        return steps.error();
    for (qint64 textId : std::as_const(*steps)) {
        auto text = texts.load(textId);
        if (!text)
            return text.error();
        p.steps.append(*text);
    }
    auto agreements = db.prepare(QStringLiteral(
        "SELECT partner_id, agreed_on, by_name FROM protocol_agreement WHERE protocol_id = ? ORDER BY agreed_on, partner_id"));
    if (!agreements)
        return agreements.error();
    agreements->bind(1, id);
    while (true) {
        auto next = agreements->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        p.agreements.append({agreements->int64(0), QDate::fromString(agreements->text(1), Qt::ISODate), agreements->text(2)});
    }
    return p;
}

Result<QList<qint64>> ProtocolStore::versions(const QString &lineageUuid) const
{
    return ids(m_ws.database(), QStringLiteral("SELECT id FROM protocol WHERE lineage_uuid = ? ORDER BY version"), lineageUuid);
}

Result<QList<ProtocolSummary>> ProtocolStore::list() const
{
    auto select = m_ws.database().prepare(QStringLiteral(
        "SELECT p.id, p.lineage_uuid, p.version, v.body, v.lang, p.review_due, "
        "(SELECT count(*) FROM protocol_agreement a WHERE a.protocol_id = p.id) "
        "FROM protocol p JOIN bitext_version v ON v.text_id = p.title_text_id AND v.status = 'original' "
        "WHERE p.version = (SELECT max(version) FROM protocol q WHERE q.lineage_uuid = p.lineage_uuid) "
        "ORDER BY p.review_due IS NULL, p.review_due, p.id"));
    if (!select)
        return select.error();
    QList<ProtocolSummary> list;
    while (true) {
        auto next = select->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        list.append({select->int64(0), select->text(1), int(select->int64(2)), select->text(3), select->text(4),
                     QDate::fromString(select->text(5), Qt::ISODate), int(select->int64(6))});
    }
    return list;
}

} // namespace trellis::store
