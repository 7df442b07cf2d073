#pragma once
// Read-side rows for the lists of dated records (incidents, rehearsals, cultural exchanges, shared
// risks, narrative crossovers): a date and a headline in one language.

#include "domain/bilingualtext.h"
#include "util/result.h"

#include <QDate>
#include <QList>

namespace trellis::store {

class Workspace;

/// A dated record as a list row shows it.
struct HeadlineRow {
    qint64 id = 0;
    QDate date;
    QString headline;         ///< in the asked language or the original (empty: never written)
    QString headlineLanguage; ///< the language headline is written in
    domain::TranslationStatus status = domain::TranslationStatus::Missing; ///< in the asked language
    int count = 0;            ///< protocol id used (incident), participants (rehearsal, exchange), parts (risk)
    QString kind;             ///< the kind's key, where the record has one (exchange, crossover)
    QString state;            ///< an exchange's status key; a pause's last day; a ritual's rule; an envoy
    QList<qint64> partnerIds; ///< a crossover's origin and adopting partner, a pause's two partners
};

/// Incidents newest first, with their summaries in language.
Result<QList<HeadlineRow>> incidentRows(Workspace &workspace, const QString &language);
/// Rehearsals newest first, with their scenarios in language.
Result<QList<HeadlineRow>> rehearsalRows(Workspace &workspace, const QString &language);
/// Cultural exchanges newest first, with what was exchanged in language.
Result<QList<HeadlineRow>> exchangeRows(Workspace &workspace, const QString &language);
/// Shared risks newest first, with what was risked in language.
Result<QList<HeadlineRow>> sharedRiskRows(Workspace &workspace, const QString &language);
/// Narrative crossovers newest first (by the day reborn), with the text as reborn in language.
Result<QList<HeadlineRow>> crossoverRows(Workspace &workspace, const QString &language);
/// Pauses latest first (by their first day), with their reason in language; count is 1 when both
/// sides consented (agreed), 0 while proposed; state is the last day.
Result<QList<HeadlineRow>> pauseRows(Workspace &workspace, const QString &language);
/// Rituals by their first date, with their titles in language; kind is the ritual's kind key,
/// state its recurrence rule (empty: held once), count how many partners take part.
Result<QList<HeadlineRow>> ritualRows(Workspace &workspace, const QString &language);
/// Fire drills latest first (by their first day), with what held in language; kind is the drill's
/// kind key, state its last day, count how many partners took part.
Result<QList<HeadlineRow>> fireDrillRows(Workspace &workspace, const QString &language);
/// Envoy journeys latest first (by their first day), with the questions carried in language; state
/// is the envoy's name, partnerIds the partner left from and the one travelled to.
Result<QList<HeadlineRow>> envoyJourneyRows(Workspace &workspace, const QString &language);
/// Hand-overs of the archive latest first, with their notes in language; partnerIds' first is the custodian.
Result<QList<HeadlineRow>> custodianTermRows(Workspace &workspace, const QString &language);

} // namespace trellis::store
