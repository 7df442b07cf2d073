#pragma once
// The demo alliance's partners, each named and speaking in its own language and script.

#include "domain/partner.h"

#include <QList>

namespace trellis::store::demo {

/// The demo partners, in a fixed order.
QList<domain::Partner> partners();

} // namespace trellis::store::demo
