#pragma once
// The figures and facts of a report as one column's language writes them, from the core's formatters.

#include "reports/document.h"
#include "store/balances.h"

#include <QDate>
#include <QString>

namespace trellis::reports {

/// A day in the column's calendar and digits ("۵ آذر ۱۴۰۵"); ISO 8601 when ICU cannot format it.
Cell dateCell(const Column &column, const QDate &day);
/// An exact amount of a stored unit key in the column's number and currency formats.
Cell amountCell(const Column &column, qint64 minorUnits, const QString &unit);
/// The asymmetry index with four decimals in the column's digits; "—" when undefined.
Cell asymmetryCell(const Column &column, const std::optional<store::Asymmetry> &asymmetry);
/// A whole number in the column's digits.
Cell countCell(const Column &column, qint64 count);
/// A period as the column writes it: "first – last" in its calendar, or the open ends named.
Cell periodCell(const Column &column, const store::Period &period);
/// A name as the column shows it: its translation there, else its original (names are never
/// "missing": a partner is called by its own name). The cell's language is the text's.
Cell nameCell(const domain::BilingualText &name, const QString &language);

} // namespace trellis::reports
