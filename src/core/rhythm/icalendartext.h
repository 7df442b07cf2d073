#pragma once
// RFC 5545 content lines: TEXT escaping, and CRLF lines folded at 75 octets without splitting a character.

#include <QByteArray>
#include <QString>

namespace trellis::rhythm {

/// Escapes a TEXT value: backslash, semicolon and comma get a backslash, every line break becomes
/// "\n"; other control characters (which TEXT may not hold) are left out.
QString escapeIcsText(const QString &text);

/// A parameter value ("Europe/Madrid"), quoted when it holds ':', ';' or ','; a double quote (which
/// no parameter value may hold) becomes a single one.
QString icsParameterValue(const QString &value);

/// One content line as UTF-8, folded so that no line exceeds 75 octets (CRLF not counted) and no
/// UTF-8 sequence is split; every line, the last too, ends with CRLF.
QByteArray foldIcsLine(const QString &line);

/// Reverses folding (CRLF followed by a space or tab is removed); for tests and readers.
QByteArray unfoldIcs(const QByteArray &text);

} // namespace trellis::rhythm
