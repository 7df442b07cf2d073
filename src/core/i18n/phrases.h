#pragma once
// Plural-aware phrases ("3 entries" / "٣ إدخالات") through ICU MessageFormat and CLDR plural rules.

#include "i18n/amount.h"
#include "util/result.h"

#include <QString>

namespace trellis::i18n {

/// Things the product counts in a sentence; words, pages and nights are ledger units too.
enum class CountedThing { Entries, Words, Pages, Nights };

/// "3 entries", "٣ إدخالات", "3 записи", "maneno 3": the count in the locale's digits with the
/// noun in the plural form the locale's rules select. Languages without a phrase use English.
Result<QString> formatCount(CountedThing thing, const ExactAmount &count, const QString &localeTag);

/// Any ICU MessageFormat pattern with one argument {0}, e.g.
/// "{0, plural, one {# reply} other {# replies}}"; a malformed pattern is an error.
Result<QString> formatPluralMessage(const QString &pattern, const ExactAmount &count, const QString &localeTag);

/// The ICU pattern used for a thing in a language ("en", "ar", ...), or an empty string if none.
QString countPattern(CountedThing thing, const QString &language);

} // namespace trellis::i18n
