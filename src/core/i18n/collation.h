#pragma once
// ICU collation: SQLite collations for ORDER BY ... COLLATE, and sort keys for sorting in memory.

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace trellis::i18n {

/// The SQL collation name for a language tag: "fa-IR" -> "trellis_fa_ir". Tags are canonicalised
/// first when valid, so "EN_us" and "en-US" name the same collation.
QString collationName(const QString &languageTag);

/// Registers one collation per language (and "trellis_root" for the root locale) in db.
/// Invalid or unknown tags are an error and nothing after them is registered.
Status registerCollations(sqlite3 *db, const QStringList &languageTags);

/// The ICU sort key of text for a language: comparing two keys bytewise (memcmp, QByteArray's <)
/// orders the texts as the language's collation does. Compute once per text when sorting many.
/// An invalid tag falls back to the root collation (CLDR's language-neutral order).
QByteArray sortKey(const QString &text, const QString &languageTag);

/// -1, 0 or 1 as a sorts before, equal to or after b for the language.
int compareTexts(const QString &a, const QString &b, const QString &languageTag);

/// Sorts texts in place in the language's order (stable), computing each sort key once.
void sortTexts(QStringList &texts, const QString &languageTag);

} // namespace trellis::i18n
