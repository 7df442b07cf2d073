#pragma once
// Cross-script search keys: the form of a text that search compares, whatever its script.

#include <QString>

namespace trellis::i18n {

/// The key stored beside the full-text index and computed for queries the same way:
/// NFKC case-folded, transliterated to Latin, accents removed ("São Paulo" -> "sao paulo").
QString searchKey(const QString &text);

} // namespace trellis::i18n
