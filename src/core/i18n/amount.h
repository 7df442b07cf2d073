#pragma once
// Exact decimal quantities (integer units and a decimal scale) and parsing of user-entered amounts.

#include "util/result.h"

#include <QString>
#include <QtGlobal>

namespace trellis::i18n {

/// units * 10^-scale, exactly: {123450, 2} is 1234.50. Never a floating-point number.
struct ExactAmount {
    qint64 units = 0;
    int scale = 0; ///< digits after the decimal point, 0..18

    /// The plain decimal text ICU formats from: "1234.50", "-0.05", "12".
    QString toDecimalString() const;
    friend bool operator==(const ExactAmount &, const ExactAmount &) = default;
};

/// Largest scale an ExactAmount may carry (10^18 still fits in a qint64).
inline constexpr int kMaxAmountScale = 18;

/// Which character separates the whole part from the fraction in imported text.
enum class DecimalSeparator {
    Point, ///< "1,234.50": ',' (and spaces, apostrophes) group thousands
    Comma, ///< "1.234,50": '.' (and spaces, apostrophes) group thousands
};

/// Parses a user-entered amount into exact units at the given scale: "1.234,50" with Comma and
/// scale 2 -> {123450, 2}. Accepts a leading '+', '-' or U+2212, grouping characters between
/// digits of the whole part, and decimal digits of any script ("۱۲٫۵" with Comma or Point is
/// read with its Arabic decimal separator). Errors: empty text, letters or symbols, more
/// fraction digits than the scale allows (never rounded), values beyond the 64-bit range.
Result<ExactAmount> parseAmount(const QString &text, DecimalSeparator separator, int scale);

} // namespace trellis::i18n
