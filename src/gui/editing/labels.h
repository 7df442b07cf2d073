#pragma once
// The words the window uses for the product's enumerations, translated into the UI language.

#include "domain/bilingualtext.h"
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "domain/retro.h"

#include <QString>

namespace trellis::gui {

QString kindLabel(domain::ContributionKind kind);
QString partnerKindLabel(domain::PartnerKind kind);
/// "original", "machine draft", "human", "reviewed", "missing".
QString statusLabel(domain::TranslationStatus status);
QString entryStatusLabel(domain::EntryStatus status, bool isReversal = false);
QString questionLabel(domain::RetroQuestion question);
/// The label of a record field key ("narrative", "step:2", "answer:3", ...).
QString fieldLabel(const QString &key);
/// A unit key for lists and pickers ("hours" -> "hours", "EUR" -> "EUR", "" -> "no quantity").
QString unitLabel(const QString &unitKey);
/// A language's name in the UI language, with its own name beside it when they differ.
QString languageLabel(const QString &tag);
/// Text that must read left to right inside any paragraph ("2026-Q3", "+1"), wrapped in a
/// left-to-right isolate, so a right-to-left UI does not turn it into "Q3-2026".
QString leftToRight(const QString &text);

} // namespace trellis::gui
