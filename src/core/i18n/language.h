#pragma once
// BCP 47 language tags: validation, canonical form, direction and display names through ICU.

#include "util/result.h"

#include <QString>

namespace trellis::i18n {

/// Validates a BCP 47 tag (with -u- extensions such as ca-persian) and returns its canonical form
/// ("EN-us" -> "en-US", "iw" -> "he", "pt_BR" -> "pt-BR"). Errors: malformed tags ("en--US"),
/// unknown languages ("xx", "klingon"), scripts or regions ("en-ZZ"), unknown calendars,
/// collations or digit systems ("en-u-ca-foo").
Result<QString> canonicalLanguageTag(const QString &tag);

/// True when canonicalLanguageTag() accepts tag.
bool isValidLanguageTag(const QString &tag);

/// True when the language's script runs right to left (ar, fa, he, ur, ...); false for invalid tags.
bool isRightToLeft(const QString &tag);

/// The direction a paragraph in this language runs.
enum class TextDirection { LeftToRight, RightToLeft };
TextDirection textDirection(const QString &tag);

/// The language's name in the display language ("fa" in "es" -> "persa"; region and calendar
/// are named too: "fa-IR" in "en" -> "Persian (Iran)"). An invalid tag comes back as given;
/// an invalid display language falls back to English.
QString languageDisplayName(const QString &tag, const QString &displayLanguage);

/// The language's name in itself ("fa" -> "فارسی").
QString languageAutonym(const QString &tag);

} // namespace trellis::i18n
