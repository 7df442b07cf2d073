#pragma once
// The words the window uses for the product's enumerations, translated into the UI language. The
// words it shares with the reports are theirs (reports/reportlabels.h, the same "Labels" context).

#include "domain/bilingualtext.h"
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "domain/retro.h"
#include "reports/reportlabels.h"

#include <QString>

namespace trellis::gui {

using reports::kindLabel;
using reports::partnerKindLabel;
using reports::questionLabel;
using reports::statusLabel;
using reports::unitLabel;

QString entryStatusLabel(domain::EntryStatus status, bool isReversal = false);
/// The label of a record field key ("narrative", "step:2", "answer:3", ...).
QString fieldLabel(const QString &key);
/// A language's name in the UI language, with its own name beside it when they differ.
QString languageLabel(const QString &tag);
/// Text that must read left to right inside any paragraph ("2026-Q3", "+1"), wrapped in a
/// left-to-right isolate, so a right-to-left UI does not turn it into "Q3-2026".
QString leftToRight(const QString &text);

} // namespace trellis::gui
