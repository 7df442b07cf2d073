#pragma once
// Internal: the icu::Locale behind a validated language tag. Not for use outside src/core/i18n.

#include "util/result.h"

#include <QString>

#include <unicode/locid.h>

namespace trellis::i18n {

/// The ICU locale for a tag that canonicalLanguageTag() accepts; the same error otherwise.
Result<icu::Locale> icuLocaleFor(const QString &tag);

/// A readable name for an ICU failure, for logs only (never shown with user text).
const char *icuErrorName(int status);

} // namespace trellis::i18n
