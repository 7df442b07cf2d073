#pragma once
// Checks and normalisation applied to every user-written text before it is stored.

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace trellis {

/// Longest text one field may hold, in UTF-16 code units (1 MiB of characters).
inline constexpr qsizetype kMaxFieldLength = 1024 * 1024;

/// Whether a text is blank: empty, or only white space. Blank means missing everywhere: a blank
/// text is never "written", never an original and never counted in parity.
inline bool isBlank(const QString &text) { return text.trimmed().isEmpty(); }

/// Decodes strict UTF-8; invalid sequences are an error naming the field.
Result<QString> decodeUtf8(const QByteArray &bytes, const QString &field);

/// NFC-normalises text after checking it: no unpaired surrogates, no NUL, not over kMaxFieldLength.
Result<QString> cleanText(const QString &text, const QString &field);

} // namespace trellis
