#pragma once
// Exact decimal amounts from import files: text to integer minor units and back, never through floating point.

#include "util/result.h"

#include <QChar>
#include <QString>

namespace trellis::io {

/// How a file writes numbers: "1,234.50" is {'.', ','}, "1.234,50" is {',', '.'}, "1 234,50" is {',', ' '}.
/// A null group separator allows none. A space group separator also accepts no-break and narrow no-break spaces.
struct DecimalStyle {
    QChar decimalSeparator = QLatin1Char('.');
    QChar groupSeparator = QLatin1Char(',');
};

/// Whether a minus sign is accepted.
enum class NegativeNumbers { Reject, Allow };

/// Parses an amount into minor units at the given scale (0 to 18): "1.234,50" with {',', '.'} and scale 2
/// gives 123450. Fails on garbage, a misplaced group separator, more fraction digits than scale (unless the
/// extra ones are zeros), a value beyond qint64, or a minus sign when negatives are rejected.
/// Messages never repeat the text itself, so they may be logged.
Result<qint64> parseDecimal(const QString &text, DecimalStyle style, int scale,
                            NegativeNumbers negatives = NegativeNumbers::Reject);

/// Writes minor units as a plain number: formatDecimal(-1250, 2) is "-12.50". No group separators.
QString formatDecimal(qint64 minorUnits, int scale, QChar decimalSeparator = QLatin1Char('.'));

} // namespace trellis::io
