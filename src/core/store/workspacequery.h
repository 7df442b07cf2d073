#pragma once
// Read-side facts about a whole workspace: comprehension parity per language, and which record
// a search hit belongs to.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trellis::store {

class Database;
class Workspace;

/// How many of the workspace's texts are readable in one language.
struct LanguageParity {
    QString language;
    qint64 readable = 0; ///< in the original or a person's translation
    qint64 machine = 0;  ///< only as a machine draft: not counted as readable
    qint64 texts = 0;
    /// Whole percent, rounded; 100 for a workspace without texts.
    int percent() const { return texts == 0 ? 100 : int((readable * 100 + texts / 2) / texts); }
};

/// Comprehension parity of every language in languages over all texts of the workspace.
/// Reads the whole text table once; call it off the GUI thread on a large workspace.
Result<QList<LanguageParity>> comprehensionParity(Database &db, const QStringList &languages);

/// A record by its kind ("partner", "ledger_entry", "retro", "protocol", ...) and id.
struct RecordRef {
    QString kind;
    qint64 id = 0;
};
/// The record a search hit opens: its own, or the record it is part of (textOwnerKinds()): the
/// parts of a retro open the retro, a paraphrase and its notes the partner paraphrased, a risk's
/// part the shared risk.
Result<RecordRef> owningRecord(Workspace &workspace, const QString &hitKind, qint64 hitId);

} // namespace trellis::store
