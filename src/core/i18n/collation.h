#pragma once
// ICU collators registered in an SQLite connection, so lists sort with ORDER BY ... COLLATE.

#include "util/result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace trellis::i18n {

/// The SQL collation name for a language tag: "fa-IR" -> "trellis_fa_ir".
QString collationName(const QString &languageTag);

/// Registers one collation per language (and "trellis_root" for the root locale) in db.
Status registerCollations(sqlite3 *db, const QStringList &languageTags);

} // namespace trellis::i18n
