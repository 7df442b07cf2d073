#pragma once
// A record kind's row as the store kit writes, reads and removes it: the stamp every record
// carries, the kind's own columns and its bilingual texts, in one call each. Table and column
// names are always literals of the calling store, never user text.

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "store/recordkit.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace trellis::store {

class Database;
class Statement;

/// One bilingual field of a record: its name, where its text lives in memory, and its column.
struct RecordText {
    QString field;                          ///< "title"; its column is title_text_id unless column says otherwise
    domain::BilingualText *text = nullptr;
    bool sensitive = false;                 ///< kept out of the search index
    QString column = {};

    QString columnName() const { return column.isEmpty() ? field + QStringLiteral("_text_id") : column; }
};

/// The records one record links to through a link table (its partners, its protocols), where
/// their ids live in memory.
struct RecordLinks {
    LinkTable table;
    QList<qint64> *ids = nullptr;
    QString missing = {}; ///< the refusal when one does not exist; "<otherNoun> <id> does not exist" if empty
};

/// The row of one record: its table (also the owner kind of its texts), the noun that names it in
/// messages ("Ritual 7 does not exist"), its own columns, its texts and its links. The stamp's
/// columns (uuid, created_at, updated_at, author) are the kit's.
struct RecordRow {
    QString table;
    QString noun;
    QStringList columns;
    QList<RecordText> texts;
    QList<RecordLinks> links = {}; ///< written after the row, in this order, and read with it
    QStringList readOnly = {};     ///< read after columns, written only by their own routines (a campaign's status)
};

/// Saves the record's texts, then inserts its row (isNew: a new uuid) or updates the stored one,
/// keeping its uuid, created_at and text ids, then makes its links exactly row.links; fills stamp. bindColumns binds row.columns to the
/// parameters 1..n in order. Call inside the record's transaction. A stored row that is not
/// there is "<noun> <id> does not exist"; a failed foreign key on the row (and only that) gives
/// badReference when one is given.
Status writeRecordRow(Database &db, const RecordRow &row, bool isNew, domain::RecordStamp &stamp, const QString &author,
                      const std::function<void(Statement &)> &bindColumns, const QString &badReference = {});

/// Reads record id: fills stamp, every text and every link of row, and returns the statement on the row with
/// row.columns, then row.readOnly, at 0, 1, ... for the caller to read.
Result<Statement> readRecordRow(Database &db, const RecordRow &row, qint64 id, domain::RecordStamp &stamp);

/// Removes record id with its texts in one transaction; one that other records refer to is kept
/// and refused ("<noun> <id> is referred to by other records and cannot be deleted", or referredTo).
Status removeRecordRow(Database &db, const RecordRow &row, qint64 id, const QString &referredTo = {});

} // namespace trellis::store
