#pragma once
// One hand-over of the alliance's archive to its next custodian, as the workspace keeps it.

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "rhythm/custodianrotation.h"
#include "util/result.h"

#include <QDate>

#include <optional>

namespace trellis::rhythm {

/// A custodian's term: the partner who took the archive over, the day, notes on what was handed
/// over, and the custodian-rotation ritual the hand-over belongs to, if one is kept.
struct CustodianHandOver {
    domain::RecordStamp stamp;
    qint64 custodianId = 0; ///< a partner of the workspace
    QDate handedOverOn;
    domain::BilingualText notes;
    std::optional<qint64> ritualId;

    /// The term as the rotation rule reads it (the custodian's key is the partner id).
    CustodianTerm term() const { return {QString::number(custodianId), handedOverOn}; }

    /// Refuses a hand-over without a custodian or a day; normalises the notes.
    Status normalise();
};

/// "The same person twice in a row": a hand-over whose neighbouring term is held by the same
/// custodian. A warning, never a refusal: the alliance may have its reasons.
struct CustodianRepeat {
    qint64 custodianId = 0;
    QDate proposedOn;   ///< the hand-over that repeats
    QDate neighbourOn;  ///< the neighbouring hand-over to the same custodian
    qint64 neighbourId = 0;

    /// "Partner 7 would hold the archive twice in a row: it also took it over on 2025-12-21".
    QString message(const QString &custodianName) const;
};

/// The repeat proposed would make among terms (its own saved row left out), if any.
std::optional<CustodianRepeat> repeatedCustodian(const QList<CustodianHandOver> &terms, const CustodianHandOver &proposed);

} // namespace trellis::rhythm
