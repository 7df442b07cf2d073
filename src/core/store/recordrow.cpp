#include "store/recordrow.h"

#include "store/database.h"
#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "util/clock.h"
#include "util/log.h"

#include <sqlite3.h>

namespace trellis::store {

namespace {

QStringList textColumns(const RecordRow &row)
{
    QStringList columns;
    for (const RecordText &text : row.texts)
        columns << text.columnName();
    return columns;
}

const QString kComma = QStringLiteral(", ");

} // namespace

Status writeRecordRow(Database &db, const RecordRow &row, bool isNew, domain::RecordStamp &stamp, const QString &author,
                      const std::function<void(Statement &)> &bindColumns, const QString &badReference)
{
    const QStringList texts = textColumns(row);
    const QString now = nowUtc();
    domain::RecordStamp s{isNew ? 0 : stamp.id, QString(), now, now, author};
    QList<TextField> fields;
    for (const RecordText &text : row.texts)
        fields.append({text.field, text.text, std::nullopt, text.sensitive});
    if (isNew) {
        s.uuid = newUuid();
    } else {
        TRELLIS_TRY_ASSIGN(Statement stored, db.query(QStringLiteral("SELECT uuid, created_at%1%2 FROM %3 WHERE id = ?")
                                                          .arg(texts.isEmpty() ? QString() : kComma, texts.join(kComma), row.table),
                                                      s.id));
        TRELLIS_TRY(stored.requireRow(recordNotFound(row.noun, s.id)));
        s.uuid = stored.text(0);
        s.createdAt = stored.text(1);
        for (int i = 0; i < fields.size(); ++i)
            fields[i].existingId = stored.optionalInt64(2 + i);
    }
    TRELLIS_TRY_ASSIGN(const auto textIds, TextStore(db).saveFields(row.table, s.uuid, fields));

    const QStringList columns = row.columns + texts + QStringList{QStringLiteral("updated_at"), QStringLiteral("author")};
    QString sql;
    if (isNew) {
        const QStringList all = columns + QStringList{QStringLiteral("uuid"), QStringLiteral("created_at")};
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(row.table, all.join(kComma), QStringList(all.size(), QStringLiteral("?")).join(kComma));
    } else {
        sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(row.table, columns.join(QStringLiteral(" = ?, ")));
    }
    TRELLIS_TRY_ASSIGN(Statement save, db.prepare(sql));
    bindColumns(save);
    int index = int(row.columns.size());
    for (const auto &id : textIds)
        save.bind(++index, id);
    save.bind(index + 1, now).bind(index + 2, author);
    if (isNew)
        save.bind(index + 3, s.uuid).bind(index + 4, now);
    else
        save.bind(index + 3, s.id);
    // Only a missing record the row refers to is badReference; a failed CHECK says its own words.
    if (Status saved = save.run(); !saved)
        return saved.error().sqliteCode == SQLITE_CONSTRAINT_FOREIGNKEY && !badReference.isEmpty()
            ? makeError(ErrorCode::NotFound, badReference) : saved.error();
    if (isNew)
        s.id = db.lastInsertRowId();
    for (const RecordLinks &links : row.links)
        TRELLIS_TRY(replaceLinks(db, links.table, s.id, *links.ids, links.missing));
    stamp = s;
    return {};
}

Result<Statement> readRecordRow(Database &db, const RecordRow &row, qint64 id, domain::RecordStamp &stamp)
{
    const QStringList columns = row.columns + row.readOnly + textColumns(row) +
        QStringList{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("author")};
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                                      .arg(columns.join(kComma), row.table), id));
    TRELLIS_TRY(select.requireRow(recordNotFound(row.noun, id)));
    const int texts = int(row.columns.size() + row.readOnly.size());
    const int stampAt = texts + int(row.texts.size());
    stamp = {id, select.text(stampAt), select.text(stampAt + 1), select.text(stampAt + 2), select.text(stampAt + 3)};
    TextStore store(db);
    for (int i = 0; i < row.texts.size(); ++i) {
        TRELLIS_TRY_ASSIGN(*row.texts.at(i).text, store.load(select.optionalInt64(texts + i)));
    }
    for (const RecordLinks &links : row.links) {
        TRELLIS_TRY_ASSIGN(*links.ids, linksOf(db, links.table, id));
    }
    return select;
}

Status removeRecordRow(Database &db, const RecordRow &row, qint64 id, const QString &referredTo)
{
    TRELLIS_TRY(Transaction::run(db, [&] {
        return removeRecord(db, row.table, id, recordNotFound(row.noun, id), referredTo.isEmpty()
            ? QStringLiteral("%1 %2 is referred to by other records and cannot be deleted").arg(row.noun).arg(id)
            : referredTo);
    }));
    log::get("store")->info("{} {} removed", row.table.toStdString(), id);
    return {};
}

} // namespace trellis::store
