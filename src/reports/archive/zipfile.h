#pragma once
// A plain ZIP file of an archive folder: stored entries, fixed time stamps, so the same files
// always make the same bytes.

#include "util/result.h"

#include <QStringList>

class QIODevice;

namespace trellis::reports {

/// Writes the files names (relative to folder) into a ZIP under the folder name root, stored
/// without compression, each stamped 1980-01-01 00:00 and with its CRC-32.
Status writeZip(QIODevice &device, const QString &folder, const QStringList &names, const QString &root);

} // namespace trellis::reports
