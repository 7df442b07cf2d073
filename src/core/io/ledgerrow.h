#pragma once
// One row of a ledger import file read into a ledger entry, before its partners are looked up.

#include "domain/ledgerentry.h"
#include "io/columnmap.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

namespace trellis::io {

/// How a file writes its numbers and dates, and the language of narratives that name none.
struct LedgerRowFormat {
    bool decimalComma = false;  ///< "1.234,50" rather than "1,234.50"
    QStringList dateFormats;    ///< tried after ISO yyyy-MM-dd, e.g. "dd/MM/yyyy"
    QString defaultLanguage = QStringLiteral("en");
};

/// The fields an import understands, in the order of the documentation.
QList<ImportField> ledgerImportFields();

/// A row's entry (partner ids still zero) and the partner names it gives.
struct LedgerRow {
    domain::LedgerEntry entry;
    QString fromName;
    QString toName;
};

/// Reads date, kind, quantity, unit, narrative and language; the error names the field at fault
/// ("date: the date is not a real day ...") and never the whole row.
Result<LedgerRow> readLedgerRow(const QStringList &cells, const ColumnMap &columns, const LedgerRowFormat &format);

/// A row's identity: SHA-256 of its normalised fields (date, partner ids, kind, exact quantity,
/// unit, narrative language and text), each length-prefixed so that no two rows share it by accident.
QByteArray rowIdentity(const domain::LedgerEntry &entry);

/// The fingerprint kept for re-import (hex): the identity and the row's occurrence among identical
/// rows of the same file (1 for the first), so that two equal contributions in one file both land,
/// and a second import of the file adds neither.
QString rowFingerprint(const QByteArray &identity, int occurrence);

} // namespace trellis::io
