#pragma once
// A report's own words ("all time") in each column's language rather than the interface's.

#include "reports/document.h"

#include <QString>

namespace trellis::reports {

/// Looks a report's fixed words up in Trellis's translation into a column's language (the .qm of
/// that language, among the interface languages), so each column states its facts in its own
/// words. A language Trellis has no translation into (or no translation of that word) gets the
/// interface language's word, and the cell's language says so: never a word labelled as a language
/// it is not in. Thread-safe; each language's catalogue is loaded once.
class ColumnWords {
public:
    /// folder holds trellis_<language>.qm; the program's own are built into it under ":/i18n".
    explicit ColumnWords(QString folder = QStringLiteral(":/i18n"));

    /// source (marked for lupdate with QT_TRANSLATE_NOOP(context, source)) for column; uiLanguage
    /// is the language of the fallback, as QCoreApplication::translate gives it (English when the
    /// interface's translation lacks the word too).
    Cell word(const Column &column, const QString &uiLanguage, const char *context, const char *source) const;

private:
    QString m_folder;
};

} // namespace trellis::reports
