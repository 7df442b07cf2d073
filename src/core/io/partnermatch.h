#pragma once
// Finds partners by what people type: a name in any script or its Latin form, compared by search key.

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// Every partner's names (original, translations, Latin form) under their cross-script search
/// keys, so "sergei" and "Сергей" find the same partner. Matching is by exact key, never by prefix.
class PartnerDirectory {
public:
    static Result<PartnerDirectory> load(store::Workspace &workspace);

    /// The one partner whose name has text's key. NotFound: "unknown partner"; Conflict: an
    /// ambiguous name, with every candidate named in the message.
    Result<qint64> match(const QString &text) const;
    /// As match(), but a plain number is taken as a partner id first.
    Result<qint64> resolve(const QString &text) const;
    /// Makes a partner findable by a name (a partner just created, or another name of one).
    void add(qint64 id, const QString &name);
    /// The partner's name in its own script (empty for an unknown id).
    QString name(qint64 id) const { return m_names.value(id); }
    bool contains(qint64 id) const { return m_names.contains(id); }
    QList<qint64> ids() const;

private:
    void index() const; ///< files the names added since the last match under their keys
    mutable QHash<QString, QList<qint64>> m_byKey;
    mutable QList<std::pair<qint64, QString>> m_unindexed;
    QHash<qint64, QString> m_names;
};

} // namespace trellis::io
