#pragma once
// Writes a report as CSV: UTF-8, one row per record with a column per field and language,
// formula-safe through the ledger export's own neutralisation (io::CsvWriter).

#include "reports/reportwriter.h"

namespace trellis::reports {

/// A report of records (retros, protocols, partners): one row per top-level section (a record),
/// a "record" column, then for every field label two columns, "label [first]" and "label [second]"
/// (labels of subsections prefixed with the subsection's title), a missing translation an empty
/// cell. A report of tables (the ledger review): its first table that has a csvName, with figures
/// as plain numbers.
Status writeCsv(const Document &doc, QIODevice &device, const WriteOptions &options = {});

/// One table as CSV: its header, then every row, figures as plain values.
Status writeTableCsv(const Table &table, QIODevice &device, const WriteOptions &options = {});

/// Every table of the document that has a csvName, in order.
QList<const Table *> csvTables(const Document &doc);

} // namespace trellis::reports
