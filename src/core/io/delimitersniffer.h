#pragma once
// Guesses a CSV file's delimiter from its first lines.

#include <QByteArrayView>

namespace trellis::io {

/// Picks comma, semicolon, tab or pipe: the one found the same number of times on most of the first
/// records (quoted fields are skipped, so "1,5" inside quotes does not count), then the one found most often.
/// complete says the sample is the whole file; otherwise its last, possibly cut, record is ignored.
/// Falls back to comma when no candidate appears at all.
char sniffDelimiter(QByteArrayView utf8Sample, bool complete);

} // namespace trellis::io
