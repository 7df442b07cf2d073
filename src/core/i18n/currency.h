#pragma once
// ISO 4217 currencies as ICU knows them: validity and minor units.

#include <QString>

namespace trellis::i18n {

/// True for a current ISO 4217 code ("EUR", "JPY"); false for unknown or malformed codes.
bool isCurrencyCode(const QString &code);

/// Digits after the decimal separator for the currency (EUR 2, JPY 0, KWD 3).
int currencyFractionDigits(const QString &code);

} // namespace trellis::i18n
