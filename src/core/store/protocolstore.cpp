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

std::optional<QString> dateOrNull(const QDate &date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}

Result<QList<qint64>> ids(Database &db, const QString &sql, std::optional<QString> parameter = std::nullopt)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql));
    if (parameter)
        select.bind(1, *parameter);
    return select.int64Column();
}

Status insertAgreement(Database &db, qint64 protocolId, const domain::ProtocolAgreement &a)
{
    if (auto s = db.execute(QStringLiteral(
            "INSERT INTO protocol_agreement(protocol_id, partner_id, agreed_on, by_name) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(protocol_id, partner_id) DO UPDATE SET agreed_on = excluded.agreed_on, by_name = excluded.by_name"),
            protocolId, a.partnerId, a.agreedOn.toString(Qt::ISODate), a.byName);
        !s)
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
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        const QString now = nowUtc();
        p.stamp = {0, newUuid(), now, now, m_ws.author()};
        TextStore texts(db);
        TRELLIS_TRY_ASSIGN(const auto ids, texts.saveFields(kProtocol, p.stamp.uuid, {
            {QStringLiteral("title"), &p.title, {}}, {QStringLiteral("triggers"), &p.triggers, {}},
            {QStringLiteral("roles"), &p.roles, {}}}));
        TRELLIS_TRY(db.execute(QStringLiteral(
            "INSERT INTO protocol(uuid, lineage_uuid, version, title_text_id, triggers_text_id, roles_text_id, review_due, "
            "created_at, updated_at, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            p.stamp.uuid, p.lineageUuid, p.version, ids.at(0), ids.at(1), ids.at(2), dateOrNull(p.reviewDue), now, now,
            p.stamp.author));
        p.stamp.id = db.lastInsertRowId();
        TRELLIS_TRY_ASSIGN(Statement step, db.prepare(QStringLiteral(
            "INSERT INTO protocol_step(protocol_id, position, text_id) VALUES (?, ?, ?)")));
        for (int i = 0; i < p.steps.size(); ++i) {
            TRELLIS_TRY_ASSIGN(const auto text, texts.save({kProtocol, p.stamp.uuid, QStringLiteral("step:%1").arg(i + 1)},
                                                           p.steps.at(i), {}));
            step.reset();
            step.bindAll(p.stamp.id, i + 1, text);
            TRELLIS_TRY(step.run());
        }
        for (const auto &agreement : std::as_const(p.agreements))
            TRELLIS_TRY(insertAgreement(db, p.stamp.id, agreement));
        return {};
    }));
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
    return Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement exists, db.query(QStringLiteral("SELECT id FROM protocol WHERE id = ?"), protocolId));
        TRELLIS_TRY(exists.requireRow(recordNotFound(QStringLiteral("Protocol"), protocolId)));
        return insertAgreement(db, protocolId, check.agreements.first());
    });
}

Status ProtocolStore::removeAgreement(qint64 protocolId, qint64 partnerId)
{
    TRELLIS_TRY(m_ws.database().execute(QStringLiteral(
        "DELETE FROM protocol_agreement WHERE protocol_id = ? AND partner_id = ?"), protocolId, partnerId));
    if (m_ws.database().changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("Partner %1 has no recorded agreement to protocol %2")
                                                  .arg(partnerId).arg(protocolId));
    log::get("store")->debug("agreement of partner {} to protocol {} removed", partnerId, protocolId);
    return {};
}

Result<ConflictProtocol> ProtocolStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, lineage_uuid, version, title_text_id, triggers_text_id, roles_text_id, review_due, created_at, "
        "updated_at, author FROM protocol WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(recordNotFound(QStringLiteral("Protocol"), id)));
    ConflictProtocol p;
    p.stamp = {id, select.text(0), select.text(7), select.text(8), select.text(9)};
    p.lineageUuid = select.text(1);
    p.version = int(select.int64(2));
    TextStore texts(db);
    TRELLIS_TRY(texts.loadFields({{select.int64(3), &p.title}, {select.optionalInt64(4), &p.triggers},
                                  {select.optionalInt64(5), &p.roles}}));
    p.reviewDue = QDate::fromString(select.text(6), Qt::ISODate);

    TRELLIS_TRY_ASSIGN(const auto steps, ids(db, QStringLiteral(
        "SELECT text_id FROM protocol_step WHERE protocol_id = ? ORDER BY position"), QString::number(id)));
    for (qint64 textId : steps) {
        TRELLIS_TRY_ASSIGN(const auto text, texts.load(textId));
        p.steps.append(text);
    }
    TRELLIS_TRY_ASSIGN(Statement agreements, db.query(QStringLiteral(
        "SELECT partner_id, agreed_on, by_name FROM protocol_agreement WHERE protocol_id = ? ORDER BY agreed_on, partner_id"),
        id));
    TRELLIS_TRY_ASSIGN(p.agreements, agreements.collect([](const Statement &row) {
        return domain::ProtocolAgreement{row.int64(0), row.date(1), row.text(2)};
    }));
    return p;
}

Result<QList<qint64>> ProtocolStore::versions(const QString &lineageUuid) const
{
    return ids(m_ws.database(), QStringLiteral("SELECT id FROM protocol WHERE lineage_uuid = ? ORDER BY version"), lineageUuid);
}

Result<QList<ProtocolSummary>> ProtocolStore::list() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT p.id, p.lineage_uuid, p.version, v.body, v.lang, p.review_due, "
        "(SELECT count(*) FROM protocol_agreement a WHERE a.protocol_id = p.id) "
        "FROM protocol p JOIN bitext_version v ON v.text_id = p.title_text_id AND v.status = 'original' "
        "WHERE p.version = (SELECT max(version) FROM protocol q WHERE q.lineage_uuid = p.lineage_uuid) "
        "ORDER BY p.review_due IS NULL, p.review_due, p.id")));
    return select.collect([](const Statement &row) {
        return ProtocolSummary{row.int64(0), row.text(1), int(row.int64(2)), row.text(3), row.text(4), row.date(5),
                               int(row.int64(6))};
    });
}

} // namespace trellis::store
