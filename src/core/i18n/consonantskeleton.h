#pragma once
// Vowel-insensitive search for names in abjads (Arabic, Persian, Urdu, Hebrew): a name's consonant
// skeleton is compared with the skeleton of a romanized query, so "ittihad", "ettehad" and "itihad"
// all find "اتحاد", and "tehran" finds "تهران", although short vowels are not written.

#include <QString>
#include <QStringList>

namespace trellis::i18n {

/// The skeleton of every abjad word of text: each letter mapped to a Latin consonant class
/// (ح خ ه ח → h, ف پ פ → p, ب ב ڤ → b, ق ک ك כ ק → k, ش ש → x, ث س ص ס צ → s, ذ ز ض ظ ژ ז → z, ...),
/// ا و ي ی ى ع ء ة א ו י ע and a word-final ه ה as vowels or glides; equal neighbours collapsed,
/// vowels dropped. An Arabic word with the article (النسيج) gives its skeleton with and without it
/// (lnsj, nsj), a Hebrew word with a one-letter prefix (בחיפה) with and without it. Words of other scripts give nothing; skeletons of fewer than two consonants are left out.
QStringList consonantSkeletons(const QString &text);

/// The skeleton of each word of a query's Latin form, by the same classes: digraphs (kh gh sh ch zh
/// dh ph tz ts dj) first, then a e i o u y w as vowels, f → p, v → b, q c → k; equal neighbours
/// collapsed, vowels dropped. Words of fewer than two consonants are left out.
QStringList querySkeletons(const QString &query);

/// The key stored for a text: searchKey(text), then each consonant skeleton as a word of its own,
/// "~skeleton~" (a form no query's search key contains), so that the trigram index holds them too.
QString indexedSearchKey(const QString &text);

/// The FTS5 expression that finds texts whose skeletons match every word of query: a word of three
/// or more consonants as the start of a skeleton, a shorter one as a whole skeleton. Empty when the
/// query has no word of two consonants.
QString skeletonMatchExpression(const QString &query);

} // namespace trellis::i18n
