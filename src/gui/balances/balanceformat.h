#pragma once
// Balance figures as the UI language writes them: amounts in their unit, asymmetry indexes.

#include "store/balances.h"

#include <QString>

namespace trellis::gui {

/// An exact amount of a unit key in the UI locale: 123450 "EUR" -> "€1,234.50".
QString formatAmount(qint64 minorUnits, const QString &unit);
/// The index with four decimals in the UI locale's digits ("0.4925", "٠٫٤٩٢٥"); "—" for none.
QString formatAsymmetry(const std::optional<store::Asymmetry> &asymmetry);
/// The UI's direction mark (LRM, or RLM in a right-to-left UI), put before a line that starts
/// with a partner's name so that the line reads in the UI's direction whatever the name's script.
QChar uiDirectionMark();
/// Minor units as a plain number of the unit for charts (never for arithmetic).
double chartValue(qint64 minorUnits, const QString &unit);

} // namespace trellis::gui
