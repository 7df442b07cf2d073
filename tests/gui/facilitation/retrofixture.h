#pragma once
// A fa–es retro of the demo alliance's Persian and Spanish partners, for the facilitation tests.

#include "guifixture.h"

#include "domain/retro.h"
#include "store/retrostore.h"

namespace trellis::test {

inline constexpr qint64 kTehran = 1; // the demo's Persian partner
inline constexpr qint64 kTierra = 2; // the demo's Spanish partner

/// A new retro held 2026-12-12 (after the demo's), fa–es, with both partners taking part.
inline qint64 newRetro(store::Workspace &ws)
{
    domain::Retro r;
    r.heldOn = QDate(2026, 12, 12);
    r.facilitator = QStringLiteral("Mina");
    r.languageA = QStringLiteral("fa");
    r.languageB = QStringLiteral("es");
    r.participantIds = {kTehran, kTierra};
    auto id = store::RetroStore(ws).add(r);
    REQUIRE(id.ok());
    return *id;
}

} // namespace trellis::test
