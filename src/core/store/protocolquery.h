#pragma once
// Read-side rows for the incident and rehearsal lists: date and a headline in one language.

#include "domain/bilingualtext.h"
#include "util/result.h"

#include <QDate>
#include <QList>

namespace trellis::store {

class Workspace;

/// An incident or a rehearsal as a list row shows it.
struct ProtocolEventRow {
    qint64 id = 0;
    QDate date;
    QString headline;         ///< summary (incident) or scenario (rehearsal), in the asked language or the original
    QString headlineLanguage; ///< the language headline is written in
    domain::TranslationStatus status = domain::TranslationStatus::Missing; ///< in the asked language
    int count = 0;            ///< protocol id used (incident) or participants (rehearsal)
};

/// Incidents newest first, with their summaries in language.
Result<QList<ProtocolEventRow>> incidentRows(Workspace &workspace, const QString &language);
/// Rehearsals newest first, with their scenarios in language.
Result<QList<ProtocolEventRow>> rehearsalRows(Workspace &workspace, const QString &language);

} // namespace trellis::store
