#pragma once
// Cross-script search keys: the form of a text that search compares, whatever its script.

#include <QString>

namespace trellis::i18n {

/// The key stored beside the full-text index and computed for queries the same way, so that
/// "sergei", "sergey", "Sergej" and "Сергей" all give "sergei", "muller" and "mueller" find
/// "Müller", "sao paulo" finds "São Paulo" and "zhou" finds "周". Steps:
///  1. NFKC case folding (full-width letters, ligatures, "ß" -> "ss"; default-ignorables dropped);
///  2. transliteration to Latin: Cyrillic by BGN/PCGN ("Сергей" -> "sergey"), every other script
///     by ICU's Any-Latin ("周" -> "zhōu"), then accents removed (Latin-ASCII: "zhou", "sao");
///  3. apostrophes dropped ("O'Brien" -> "obrien"), other punctuation and symbols become one space;
///  4. spelling variants folded, see foldSpellingVariants().
/// Letters ICU cannot transliterate are kept as they are. Lone surrogates become spaces.
QString searchKey(const QString &text);

/// Steps 1 to 3 of searchKey(): the text's Latin letters, lower case, words separated by one space,
/// spelling variants not yet folded (the form consonant skeletons of queries are taken from).
QString latinForm(const QString &text);

/// Step 4 of searchKey(), on lower-case ASCII words (other characters pass through). In order:
///  - "kh" -> "h"                 Mikhail / Mihail, Khrushchev / Hrushchev
///  - "ae" "oe" "ue" -> "a" "o" "u"  the German umlaut spellings: Mueller / Müller (-> muller)
///  - "j" "y" -> "i"              Sergej / Sergey / Sergei, Juri / Yuri / Iuri
///  - "iou" -> "iu"               French transcription: Iouri / Yuri
///  - "w" -> "v"                  Iwanow / Ivanov
///  - a doubled letter -> one     Müller (muller) -> muler, Yuriy (iurii) -> iuri, strasse / straße
/// Folding the same way on both sides costs some precision (Ian and Jan give the same key) and
/// buys recall across transcription habits, which is what a partner search needs.
QString foldSpellingVariants(const QString &asciiLower);

} // namespace trellis::i18n
