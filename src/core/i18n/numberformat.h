#pragma once
// Exact numbers, currencies and hours formatted the way a locale's readers write them (ICU, CLDR).

#include "i18n/amount.h"
#include "util/result.h"

#include <QString>

namespace trellis::i18n {

/// How much room a unit name takes: "3 hours" (Long), "3 hr" (Short), "3h" (Narrow).
enum class UnitWidth { Long, Short, Narrow };

/// The number in the locale's digits and separators, every digit of it kept:
/// {123456725, 2} in "de-DE" -> "1.234.567,25", in "ar-EG" -> "١٬٢٣٤٬٥٦٧٫٢٥".
Result<QString> formatNumber(const ExactAmount &amount, const QString &localeTag);

/// A money amount in an ISO 4217 currency: {123450, 2} EUR in "fr-FR" -> "1 234,50 €" (U+202F,
/// U+00A0). Shows the currency's minor units (JPY none) and never rounds away digits beyond them.
Result<QString> formatCurrency(const ExactAmount &amount, const QString &currencyCode, const QString &localeTag);

/// Hours of work as a plural-aware measure: {15, 1} in "en" -> "1.5 hours".
Result<QString> formatHours(const ExactAmount &amount, const QString &localeTag, UnitWidth width = UnitWidth::Long);

/// A whole percentage as the locale writes it: 60 in "en" -> "60%", in "fr" -> "60 %" (U+00A0),
/// in "ar" -> "٦٠٪؜". Errors only for a locale ICU cannot read.
Result<QString> formatPercent(int percent, const QString &localeTag);

} // namespace trellis::i18n
