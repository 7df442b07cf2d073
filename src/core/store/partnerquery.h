#pragma once
// Read-side pages of the partner list: names in a chosen language, sorted by that language's
// collation in SQL, filtered by kind.

#include "domain/partner.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace trellis::store {

class Workspace;

/// A partner as a list row shows it: its name in the asked language, or the original marked.
struct PartnerRow {
    qint64 id = 0;
    QString name;
    QString nameLanguage; ///< the language name is written in
    domain::TranslationStatus nameStatus = domain::TranslationStatus::Original; ///< in the asked language
    QString nameLatin;
    domain::PartnerKind kind = domain::PartnerKind::Movement;
    QString country;
    QString locale;
};

/// Pages of partners sorted by name with the collation of a language.
class PartnerQuery {
public:
    PartnerQuery(Workspace &workspace, QString language, std::optional<domain::PartnerKind> kind = std::nullopt,
                 bool descending = false);
    /// The next page of at most limit rows.
    Result<QList<PartnerRow>> next(int limit);
    bool atEnd() const { return m_atEnd; }
    /// Every partner's display name in language, else in fallback, else in its original
    /// (small: partners number in the hundreds).
    static Result<QHash<qint64, QString>> names(Workspace &workspace, const QString &language,
                                                const QString &fallback = QString());

private:
    Workspace &m_ws;
    QString m_language;
    std::optional<domain::PartnerKind> m_kind;
    bool m_descending;
    int m_offset = 0;
    bool m_atEnd = false;
};

} // namespace trellis::store
