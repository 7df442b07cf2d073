#pragma once
// Country names from ICU (CLDR), in the language of whoever reads them.

#include <QString>

namespace trellis::i18n {

/// An ISO 3166 country's name in the display language ("IR" in "ar" -> "إيران"); empty for an
/// empty or unknown code. An invalid display language falls back to English.
QString countryDisplayName(const QString &code, const QString &displayLanguage);

} // namespace trellis::i18n
