#include "domain/protocol.h"

#include "util/text.h"

namespace trellis::domain {

Status ConflictProtocol::normalise()
{
    if (title.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A protocol needs a title"));
    if (version < 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A protocol version starts at 1"));
    TRELLIS_TRY(title.normalise(QStringLiteral("Title")));
    TRELLIS_TRY(triggers.normalise(QStringLiteral("Triggers")));
    TRELLIS_TRY(roles.normalise(QStringLiteral("Roles")));
    for (BilingualText &step : steps) {
        if (step.original().trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A protocol step cannot be empty"));
        TRELLIS_TRY(step.normalise(QStringLiteral("Step")));
    }
    for (ProtocolAgreement &agreement : agreements) {
        if (!agreement.agreedOn.isValid())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("An agreement needs the date it was given"));
        auto name = cleanText(agreement.byName.trimmed(), QStringLiteral("Agreed by"));
        if (!name)
            return name.error();
        agreement.byName = *name;
    }
    return {};
}

Status Incident::normalise()
{
    if (!occurredOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An incident needs the date it happened"));
    if (summary.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An incident needs a summary of what happened"));
    TRELLIS_TRY(summary.normalise(QStringLiteral("What happened")));
    TRELLIS_TRY(outcome.normalise(QStringLiteral("Outcome")));
    return lessons.normalise(QStringLiteral("Lessons"));
}

Status Rehearsal::normalise()
{
    if (!heldOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A rehearsal needs the date it was held"));
    if (scenario.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A rehearsal needs its scenario"));
    TRELLIS_TRY(scenario.normalise(QStringLiteral("Scenario")));
    TRELLIS_TRY(observations.normalise(QStringLiteral("Observations")));
    return followUps.normalise(QStringLiteral("Follow-ups"));
}

} // namespace trellis::domain
