#pragma once
// Cross-script search over every bilingual text of a workspace ("sergei" finds "Сергей").

#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis::store {

class Workspace;

/// One record that matched, with its best-matching text in the script it was written in.
struct SearchHit {
    QString recordKind; ///< "partner", "ledger_entry", "retro_answer", "protocol", ...
    QString recordUuid;
    qint64 recordId = 0;
    QString field;      ///< "name", "narrative", "step:2", ...
    QString language;   ///< the language of the matching text
    QString text;       ///< the matching text, as written
    double rank = 0;    ///< lower is better
};

/// Searches names and texts in every script; each record appears once, best match first.
/// Any three letters of a word find it; shorter queries fall back to a substring scan.
/// The query is never passed to FTS5 syntax raw. Sensitive texts (contact notes) are never searched.
Result<QList<SearchHit>> search(Workspace &workspace, const QString &query, int limit = 50);

} // namespace trellis::store
