#pragma once
// Writes the fields waiting for a translation as one XLIFF 1.2 file, for CAT tools (OmegaT,
// Lokalize, Weblate, translate-toolkit).

#include "util/result.h"

#include <QStringList>

class QIODevice;

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// How the target of an untranslated unit is written.
enum class XliffDialect {
    Standard, ///< no <target> for a missing field
    OmegaT,   ///< a copy of the source in <target>: OmegaT 3.6 translates targets and ignores states
};

/// What to export: fields whose original is in sourceLanguage and that are missing (or, with
/// includeMachine, only machine-drafted) in targetLanguage.
struct XliffExportOptions {
    QString sourceLanguage;
    QString targetLanguage;
    QStringList kinds; ///< owner kinds, empty for all
    bool includeMachine = false;
    XliffDialect dialect = XliffDialect::Standard;
};

/// One <file> with one trans-unit per field, in the queue's order: id "UUID#field", resname
/// "kind ID field", xml:space="preserve", the record as context, a note saying what the field is,
/// the fingerprints import checks in extradata. Returns the number of units written.
Result<qint64> exportXliff(store::Workspace &workspace, const XliffExportOptions &options, QIODevice &device);

} // namespace trellis::io
