#include "rhythm/custodianhandover.h"

#include <algorithm>

namespace trellis::rhythm {

Status CustodianHandOver::normalise()
{
    if (custodianId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Name the partner who takes the archive over"));
    if (!handedOverOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A hand-over of the archive needs its day"));
    if (ritualId && *ritualId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The custodians' rotation must be saved first"));
    return notes.normalise(QStringLiteral("Notes"));
}

QString CustodianRepeat::message(const QString &custodianName) const
{
    return QStringLiteral("%1 would hold the archive twice in a row: they also took it over on %2")
        .arg(custodianName, neighbourOn.toString(Qt::ISODate));
}

std::optional<CustodianRepeat> repeatedCustodian(const QList<CustodianHandOver> &terms, const CustodianHandOver &proposed)
{
    QList<const CustodianHandOver *> kept;
    for (const CustodianHandOver &t : terms)
        if (proposed.stamp.id == 0 || t.stamp.id != proposed.stamp.id)
            kept << &t;
    std::sort(kept.begin(), kept.end(), [](const auto *a, const auto *b) { return a->handedOverOn < b->handedOverOn; });
    CustodianRotation rotation;
    for (const CustodianHandOver *t : std::as_const(kept))
        rotation.terms << t->term();
    const auto repeated = rotation.repeatedTerm(proposed.term());
    if (!repeated)
        return std::nullopt;
    const qsizetype at = rotation.terms.indexOf(*repeated);
    return CustodianRepeat{proposed.custodianId, proposed.handedOverOn, repeated->handedOverOn, kept.at(at)->stamp.id};
}

} // namespace trellis::rhythm
