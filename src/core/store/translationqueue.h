#pragma once
// The translation queue: every field of every record still missing, or only machine-drafted, in
// one language, what matters first.

#include "domain/bilingualtext.h"
#include "store/workspacequery.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::store {

class Database;

/// One field waiting for a translation into the queue's language.
struct QueueItem {
    qint64 textId = 0;
    QString ownerKind;  ///< the record kind that owns the text: "ledger_entry", "retro_answer", ...
    QString ownerUuid;
    qint64 ownerId = 0;
    RecordRef record;   ///< what opens it: answers and actions open their retro, paraphrases their partner
    QString field;      ///< "narrative", "step:2", ...
    QString sourceLanguage;
    QString source;     ///< the original text
    domain::TranslationStatus status = domain::TranslationStatus::Missing; ///< Missing or Machine
    QString draft;      ///< the machine draft, when there is one
    qsizetype words = 0;           ///< ICU word count of the original, in its language
    QDateTime since;               ///< when the record was written
    bool settled = false;          ///< its retro is published, or its protocol agreed
};

/// What the queue lists. Empty lists mean "any".
struct QueueFilter {
    QString targetLanguage = {};
    QStringList kinds = {};           ///< owner kinds, as in bitext.owner_kind
    QStringList sourceLanguages = {}; ///< canonical tags
    std::optional<domain::TranslationStatus> status = {}; ///< Missing or Machine; nothing for both
};

/// The owner kinds the queue knows, in the order the window lists them.
const QStringList &queueKinds();

/// Every non-sensitive field (partners' Latin names aside) not readable in filter.targetLanguage (or only as a machine draft),
/// published retros and agreed protocols first, then the oldest records, then in text order.
Result<QList<QueueItem>> translationQueue(Database &db, const QueueFilter &filter);

} // namespace trellis::store
