#pragma once
// BCP 47 language tags: validation, canonical form, direction and display names through ICU.

#include "util/result.h"

#include <QString>

namespace trellis::i18n {

/// Validates a BCP 47 tag (with -u- extensions such as ca-persian) and returns its canonical form
/// ("EN-us" -> "en-US", "iw" -> "he"); unknown languages and malformed tags are errors.
Result<QString> canonicalLanguageTag(const QString &tag);

/// True when the language's script runs right to left (ar, fa, he, ur, ...).
bool isRightToLeft(const QString &tag);

/// The language's name in the display language ("fa" in "es" -> "persa").
QString languageDisplayName(const QString &tag, const QString &displayLanguage);

} // namespace trellis::i18n
