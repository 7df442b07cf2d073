#pragma once
// Calendar dates from import files: ISO yyyy-MM-dd always, plus the numeric patterns a file declares.

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace trellis::io {

/// Parses a date. ISO yyyy-MM-dd is always accepted; then each pattern in formats is tried in order
/// ("dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", ...), so the first pattern wins when several fit.
/// Patterns know d or dd (day), M or MM (month), both taking one or two digits, yyyy (four digits),
/// and literal characters. A text that fits a pattern but names no real day (2026-02-30) gets its own message.
Result<QDate> parseDate(const QString &text, const QStringList &formats = {});

} // namespace trellis::io
