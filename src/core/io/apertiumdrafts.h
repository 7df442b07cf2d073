#pragma once
// Fills fields missing in a language with Apertium's machine drafts, in batches, marked machine.

#include "io/apertium.h"
#include "store/translationqueue.h"

#include <functional>

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// What a drafting run did.
struct DraftSummary {
    qint64 drafted = 0;
    qint64 skipped = 0;    ///< no pair for their language, or filled by someone meanwhile
    QStringList problems;  ///< one sentence per language without a pair
};

/// Called after each batch with fields done and fields in all.
using DraftProgress = std::function<void(qint64 done, qint64 total)>;

/// Drafts every missing field of items into targetLanguage with the installed Apertium pairs:
/// status machine, translator "Apertium MODE", Apertium's marks removed and the words it did not
/// know kept for the reviewer. Batches of batchSize fields, each saved in its own transaction;
/// a failed batch (not installed, an error, the timeout, a stop) ends the run with its message and
/// leaves its fields missing. Run it off the GUI thread, on its own connection.
Result<DraftSummary> draftWithApertium(store::Workspace &workspace, const QList<store::QueueItem> &items,
                                       const QString &targetLanguage, const ApertiumOptions &options,
                                       const DraftProgress &progress = {}, int batchSize = 25);

} // namespace trellis::io
