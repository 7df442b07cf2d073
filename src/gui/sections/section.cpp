#include "gui/sections/section.h"

#include <QCoreApplication>

namespace trellis::gui {

QString sectionLabel(Section section)
{
    switch (section) {
    case Section::Partners: return QCoreApplication::translate("Section", "Partners");
    case Section::Ledger: return QCoreApplication::translate("Section", "Ledger");
    case Section::Balances: return QCoreApplication::translate("Section", "Balances");
    case Section::Retros: return QCoreApplication::translate("Section", "Retros");
    case Section::Protocols: return QCoreApplication::translate("Section", "Conflict protocols");
    case Section::Incidents: return QCoreApplication::translate("Section", "Incidents");
    case Section::Rehearsals: return QCoreApplication::translate("Section", "Rehearsals");
    case Section::Translations: return QCoreApplication::translate("Section", "Translations");
    case Section::Campaigns: return QCoreApplication::translate("Section", "Campaigns");
    case Section::Exchanges: return QCoreApplication::translate("Section", "Cultural exchanges");
    case Section::SharedRisks: return QCoreApplication::translate("Section", "Shared risks");
    case Section::Crossovers: return QCoreApplication::translate("Section", "Narrative crossovers");
    case Section::Pauses: return QCoreApplication::translate("Section", "Pauses");
    case Section::Calendar: return QCoreApplication::translate("Section", "Calendar");
    case Section::Rituals: return QCoreApplication::translate("Section", "Rituals");
    case Section::FireDrills: return QCoreApplication::translate("Section", "Fire drills");
    case Section::EnvoyJourneys: return QCoreApplication::translate("Section", "Envoy journeys");
    case Section::Custodians: return QCoreApplication::translate("Section", "Archive custodians");
    case Section::Count: break;
    }
    return QString();
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Partners: return QStringLiteral("partners");
    case Section::Ledger: return QStringLiteral("ledger");
    case Section::Balances: return QStringLiteral("balances");
    case Section::Retros: return QStringLiteral("retros");
    case Section::Protocols: return QStringLiteral("protocols");
    case Section::Incidents: return QStringLiteral("incidents");
    case Section::Rehearsals: return QStringLiteral("rehearsals");
    case Section::Translations: return QStringLiteral("translations");
    case Section::Campaigns: return QStringLiteral("campaigns");
    case Section::Exchanges: return QStringLiteral("exchanges");
    case Section::SharedRisks: return QStringLiteral("risks");
    case Section::Crossovers: return QStringLiteral("crossovers");
    case Section::Pauses: return QStringLiteral("pauses");
    case Section::Calendar: return QStringLiteral("calendar");
    case Section::Rituals: return QStringLiteral("rituals");
    case Section::FireDrills: return QStringLiteral("drills");
    case Section::EnvoyJourneys: return QStringLiteral("journeys");
    case Section::Custodians: return QStringLiteral("custodians");
    case Section::Count: break;
    }
    return QString();
}

std::optional<Section> sectionFromKey(const QString &key)
{
    for (int i = 0; i < int(Section::Count); ++i) {
        if (sectionKey(Section(i)) == key)
            return Section(i);
    }
    return std::nullopt;
}

} // namespace trellis::gui
