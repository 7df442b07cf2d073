#pragma once
// Every partner's name for a report, loaded once: in its own script, translated, and in Latin form.

#include "reports/document.h"

#include <QHash>

namespace trellis::store {
class Workspace;
}

namespace trellis::reports {

/// The partners' names a report writes beside figures and texts.
class PartnerNames {
public:
    static Result<PartnerNames> load(store::Workspace &workspace);

    /// The name in language (its translation there, else its original), tagged with its language.
    Cell cell(qint64 id, const QString &language) const;
    /// The name in its own script, tagged with its language.
    Cell original(qint64 id) const;
    /// The name in its own script; "#id" for an unknown partner.
    QString name(qint64 id) const;
    QString latin(qint64 id) const { return m_latin.value(id); }
    /// The name with its translations; an empty text for an unknown partner.
    domain::BilingualText text(qint64 id) const { return m_names.value(id); }
    /// The name as cell() gives it, wrapped in a first-strong isolate so that a name in one
    /// direction keeps its place in a line of the other.
    QString isolated(qint64 id, const QString &language) const;
    bool contains(qint64 id) const { return m_names.contains(id); }

private:
    QHash<qint64, domain::BilingualText> m_names;
    QHash<qint64, QString> m_latin;
};

} // namespace trellis::reports
