#pragma once
// Reads back an XLIFF 1.2 file Trellis exported, once translated in a CAT tool: each unit whose
// source is still the one exported updates its field's translation; every other unit is refused.

#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// A unit that was not imported, and why.
struct XliffRefusal {
    QString unitId;
    QString reason;
};

/// What an import did. read = updated + unchanged + refused.
struct XliffImportSummary {
    QString sourceLanguage;
    QString targetLanguage;
    qint64 read = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    QList<XliffRefusal> refusals;
};

/// Files larger than this are refused before reading.
inline constexpr qint64 kXliffMaxBytes = 100 * 1024 * 1024;

/// Imports path into workspace in one transaction (rolled back when dryRun). A file that is not
/// Trellis's XLIFF 1.2 (a DTD or entity, another namespace or version, more than one <file>, a
/// duplicate unit id, a unit naming a record field the workspace does not have, over 100 MB) is an
/// error and changes nothing. Units are refused one by one when their source changed since export,
/// their translation changed in Trellis since export, or they carry no Trellis fingerprint.
/// Translations are recorded as by `translator`.
Result<XliffImportSummary> importXliff(store::Workspace &workspace, const QString &path, const QString &translator,
                                       bool dryRun);

} // namespace trellis::io
