#pragma once
// The add, update, remove and get every record kind's store offers, declared once. Each kind's
// store derives from RecordStore<Record> and defines rowOf, write and get for its record in its
// own .cpp (and remove, where removing is more than deleting its row and texts), declaring those
// specializations under its class.

#include "store/recordrow.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"
#include "util/result.h"

namespace trellis::store {

/// A record's id wherever its kind keeps it (most in their stamp).
template <typename Record>
qint64 recordId(const Record &record)
{
    if constexpr (requires { record.stamp.id; })
        return record.stamp.id;
    else
        return record.id;
}

/// Persistence of one record kind; every write is one transaction.
template <typename Record>
class RecordStore {
public:
    explicit RecordStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates and saves a new record; fills its stamp and returns its id.
    Result<qint64> add(Record &record)
    {
        TRELLIS_TRY(write(record, true));
        return recordId(record);
    }
    /// Validates and saves a saved record again; its texts keep their translations' history.
    Status update(Record &record) { return write(record, false); }
    /// Removes a record with its links and texts. One that other records refer to, or that the
    /// alliance's record keeps (a held exchange, a published retro), is refused and stays.
    Status remove(qint64 id)
    {
        Record blank;
        return removeRecordRow(m_ws.database(), rowOf(blank), id);
    }
    Result<Record> get(qint64 id) const;
    /// The records of ids, in that order.
    Result<QList<Record>> getEach(const QList<qint64> &ids) const
    {
        QList<Record> records;
        records.reserve(ids.size());
        for (qint64 id : ids) {
            TRELLIS_TRY_ASSIGN(Record record, get(id));
            records << std::move(record);
        }
        return records;
    }

protected:
    Status write(Record &record, bool isNew);

    /// The kind's row: its table, noun and columns, and the texts and links of record.
    static RecordRow rowOf(Record &record);

    /// "<noun> <id> does not exist": a record of this kind that is not there.
    static Error notFound(qint64 id)
    {
        Record blank;
        return recordNotFound(rowOf(blank).noun, id);
    }

    /// Reads record id's stamp, texts and links into record; the statement's columns 0, 1, ...
    /// are rowOf's columns, for the caller to read (Statement::readAll).
    Result<Statement> readRow(qint64 id, Record &record) const
    {
        return readRecordRow(m_ws.database(), rowOf(record), id, record.stamp);
    }

    /// The write of a kind whose record is its row, its texts and its links, through save:
    /// bindColumns(statement, copy) binds rowOf's columns in order; badReference is the refusal
    /// when a partner or record the row names does not exist.
    template <typename BindColumns>
    Status saveRow(Record &record, bool isNew, BindColumns &&bindColumns, const QString &badReference = {})
    {
        return save(record, [&](Database &db, Record &copy) {
            return writeRecordRow(db, rowOf(copy), isNew, copy.stamp, m_ws.author(),
                                  [&](Statement &row) { bindColumns(row, copy); }, badReference);
        });
    }

    /// The shape of every write: a copy of record is validated, writeRows(db, copy) runs in one
    /// transaction, and only a write that succeeds hands the saved copy back to record.
    template <typename WriteRows>
    Status save(Record &record, WriteRows &&writeRows)
    {
        Record copy = record;
        TRELLIS_TRY(copy.normalise());
        Database &db = m_ws.database();
        TRELLIS_TRY(Transaction::run(db, [&]() -> Status { return writeRows(db, copy); }));
        log::get("store")->debug("{} {} saved", rowOf(copy).table.toStdString(), recordId(copy));
        record = std::move(copy);
        return {};
    }

    Workspace &m_ws;
};

} // namespace trellis::store
