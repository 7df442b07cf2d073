#pragma once
// Safe FTS5 MATCH expressions from what a user types: every word is searched literally.

#include <QString>
#include <QStringList>

namespace trellis::i18n {

/// Splits raw text on white space (and control characters and unpaired surrogates) and quotes each piece as an FTS5 string ('"' doubled,
/// control characters dropped), joined by spaces, which FTS5 reads as AND:
/// `say "hi"` -> `"say" """hi"""`. Quotes, '*', '-', ':', '^', parentheses, NEAR, AND, OR and
/// NOT are all searched as text. Returns an empty string when there is nothing to search:
/// the caller must then show no results and not run MATCH (an empty MATCH is an FTS5 error).
QString ftsMatchExpression(const QString &rawQuery);

/// ftsMatchExpression() of the query's searchKey(), for the trigram index over search keys:
/// "São Paulo" -> `"sao" "paulo"`. Words shorter than three letters are dropped because a
/// trigram index cannot match them; if every word is that short the result is empty.
QString searchMatchExpression(const QString &userQuery);

/// The words of a query as searchMatchExpression() keys them, for highlighting or LIKE fallbacks.
QStringList searchKeyWords(const QString &userQuery);

} // namespace trellis::i18n
