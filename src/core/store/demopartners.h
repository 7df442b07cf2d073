#pragma once
// The demo alliance's partners, each named and speaking in its own language and script.

#include "domain/partner.h"

#include <QList>

namespace trellis::store::demo {

/// The demo partners by their place in partners().
enum DemoPartner : int { Kanun = 0, Colectiva = 1, Ittihad = 2, Recife = 3, Haifa = 4, Couriers = 5, Shenzhen = 6,
                         Gramin = 7, Pwani = 8, ChiangMai = 9, Colombo = 10 };

/// The demo partners, in a fixed order.
QList<domain::Partner> partners();

/// A demo text: its original language and body.
domain::BilingualText said(const char16_t *language, const char16_t *body);

} // namespace trellis::store::demo
