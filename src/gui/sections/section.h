#pragma once
// The workbench's sections, in navigation order, with the names used on the command line.

#include <QString>

#include <optional>

namespace trellis::gui {

enum class Section { Partners, Ledger, Balances, Retros, Protocols, Incidents, Rehearsals, Translations, Campaigns,
                     Exchanges, SharedRisks, Crossovers, Pauses, Calendar, Rituals, FireDrills, EnvoyJourneys,
                     Custodians, Count };

/// Alt+1 to Alt+9 go to the first nine sections; the rest are reached through the navigation.
inline constexpr int kSectionShortcuts = 9;

/// The translated label shown in the navigation.
QString sectionLabel(Section section);
/// The command-line name ("partners", "ledger", ...).
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(const QString &key);

} // namespace trellis::gui
