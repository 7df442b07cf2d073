#pragma once
// The add, update, remove and get every record kind's store offers, declared once. Each kind's
// store derives from RecordStore<Record> and defines write, remove and get for its record in its
// own .cpp, declaring those three specializations under its class.

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
    Status remove(qint64 id);
    Result<Record> get(qint64 id) const;

protected:
    Status write(Record &record, bool isNew);

    /// The shape of every write: a copy of record is validated, writeRows(db, copy) runs in one
    /// transaction, and only a write that succeeds hands the saved copy back to record.
    template <typename WriteRows>
    Status save(Record &record, const char *kind, WriteRows &&writeRows)
    {
        Record copy = record;
        TRELLIS_TRY(copy.normalise());
        Database &db = m_ws.database();
        TRELLIS_TRY(Transaction::run(db, [&]() -> Status { return writeRows(db, copy); }));
        log::get("store")->debug("{} {} saved", kind, recordId(copy));
        record = std::move(copy);
        return {};
    }

    Workspace &m_ws;
};

} // namespace trellis::store
