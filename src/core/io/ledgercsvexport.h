#pragma once
// Writes the ledger as CSV: one row per entry, text cells neutralised against formula injection.

#include "util/result.h"

#include <QByteArray>

class QIODevice;

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// What an export wrote, and the chain head a reader can check it against.
struct LedgerExportSummary {
    qint64 entries = 0;
    qint64 narrativeOnly = 0;
    QByteArray chainHead; ///< 32 bytes, or empty when nothing is posted yet
};

/// Header "date,from,to,kind,quantity,unit,narrative,language,status,reverses,uuid", then every
/// entry (drafts too, by status) by date. Quantities are plain decimals in the unit's scale, partners
/// are named in their own script, reverses holds the reversed entry's uuid.
Result<LedgerExportSummary> exportLedgerCsv(store::Workspace &workspace, QIODevice &device);

} // namespace trellis::io
