#include "domain/protocol.h"

#include "i18n/dateformat.h"
#include "util/text.h"

namespace trellis::domain {

QString agreementLine(const ProtocolAgreement &agreement, const BilingualText &partnerName, const QString &language)
{
    auto isolated = [](const QString &part) -> QString { return QChar(0x2068) + part + QChar(0x2069); };
    QStringList parts{isolated(partnerName.textIn(language).value_or(partnerName.original()))};
    if (!agreement.byName.isEmpty())
        parts << isolated(agreement.byName);
    auto date = i18n::formatDate(agreement.agreedOn, language, i18n::DateStyle::Long);
    parts << isolated(date ? *date : agreement.agreedOn.toString(Qt::ISODate));
    return parts.join(QStringLiteral(" · "));
}

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
