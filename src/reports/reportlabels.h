#pragma once
// The words reports use for the product's enumerations, in the interface language. They share the
// "Labels" translation context with the window's words (gui/editing/labels.h), so both read alike.

#include "domain/bilingualtext.h"
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "domain/retro.h"

#include <QString>

namespace trellis::reports {

QString kindLabel(domain::ContributionKind kind);
QString partnerKindLabel(domain::PartnerKind kind);
/// "original", "machine draft", "human", "reviewed", "missing".
QString statusLabel(domain::TranslationStatus status);
QString questionLabel(domain::RetroQuestion question);
/// A unit key as a column title: "hours", "EUR"; "no quantity" for "".
QString unitLabel(const QString &unitKey);

} // namespace trellis::reports
