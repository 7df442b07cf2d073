#pragma once
// Reads and writes the bilingual texts of records (tables bitext and bitext_version).

#include "domain/bilingualtext.h"
#include "util/result.h"

#include <optional>

namespace trellis::store {

class Database;

/// Which record field a text belongs to; sensitive texts stay out of the search index.
struct TextOwner {
    QString kind;  ///< "partner", "ledger_entry", ...
    QString uuid;  ///< the record's UUID
    QString field; ///< "name", "goals", "step:2", ...
    bool sensitive = false;
};

/// One state a translation had: what it said, its status, who wrote or reviewed it, when.
struct TranslationEvent {
    domain::TranslationStatus status = domain::TranslationStatus::Human;
    QString text;
    QString by;
    QDateTime at;
};

/// One bilingual field of a record being saved, with the text id it had (none when new).
struct TextField {
    QString name;                          ///< "title", "goals", ...
    const domain::BilingualText *text = nullptr;
    std::optional<qint64> existingId;
    bool sensitive = false;
};

/// Where a loaded text goes: the id read from the record's row, and the field to fill.
using TextTarget = std::pair<std::optional<qint64>, domain::BilingualText *>;

/// Persistence of BilingualText; call inside the record's transaction.
class TextStore {
public:
    explicit TextStore(Database &db) : m_db(db) {}

    /// Saves text for owner, replacing what existingId held. Returns the text id, or nothing
    /// for an empty text (whose old rows are removed).
    Result<std::optional<qint64>> save(const TextOwner &owner, const domain::BilingualText &text,
                                       std::optional<qint64> existingId);
    /// Saves the translations of the stored text id for owner, whose original (text and language)
    /// must be the stored one: a final original (a posted narrative, a paraphrase as its author
    /// wrote it) takes translations and nothing else. Conflict, naming what, when it differs.
    Status saveTranslations(const TextOwner &owner, std::optional<qint64> id, const domain::BilingualText &text,
                            const QString &what);
    /// Saves the fields of the record (kind, uuid) in order; their ids come back in the same order.
    Result<QList<std::optional<qint64>>> saveFields(const QString &kind, const QString &uuid,
                                                    const QList<TextField> &fields);
    /// Loads each id into its field: loadFields({{row.int64(3), &p.title}, {row.optionalInt64(4), &p.roles}}).
    Status loadFields(std::initializer_list<TextTarget> targets) const;
    /// Loads a text; an absent id gives an empty text.
    Result<domain::BilingualText> load(std::optional<qint64> id) const;
    /// The id of a record field's text, if it has one.
    Result<std::optional<qint64>> find(const QString &ownerUuid, const QString &field) const;
    /// Every state the translation of text `id` into language has had, oldest first.
    Result<QList<TranslationEvent>> history(qint64 id, const QString &language) const;
    /// The words a machine translator did not know in the draft into language (while it is one).
    Result<QStringList> unknownWords(qint64 id, const QString &language) const;
    /// Replaces them; call right after saving the machine draft.
    Status setUnknownWords(qint64 id, const QString &language, const QStringList &words);
    /// Makes the original of a text immutable (when its record is posted).
    Status lock(qint64 id);
    /// Removes every text of a record.
    Status removeOwner(const QString &uuid);

private:
    Database &m_db;
};

/// Saves the translations of one text of a stored record (as TextStore::saveTranslations) in a
/// transaction of its own: recordSql, with id bound, reads the record's uuid and the text's id (no
/// row: missing); owner gives the text's kind and field.
Status saveStoredTranslations(Database &db, const QString &recordSql, qint64 id, const Error &missing,
                              const TextOwner &owner, const domain::BilingualText &text, const QString &what);

} // namespace trellis::store
