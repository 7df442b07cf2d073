#pragma once
// How a translation moves between statuses by people: typing makes it a person's work, and a
// second person's review makes it reviewed.

#include "domain/bilingualtext.h"
#include "util/result.h"

#include <QDateTime>

namespace trellis::domain {

/// Records that translator typed text as the translation into language: the translation becomes
/// human, whatever it was before (a machine draft edited by a person is the person's work).
void editTranslation(BilingualText &text, const QString &language, const QString &translatedText,
                     const QString &translator, const QDateTime &at);

/// Marks the translation into language reviewed by reviewer. Refused when there is none, when it
/// is the original, when reviewer is empty, or when reviewer is who translated it: a review is a
/// second person's reading. The reviewer and time replace the translator's on the version; the
/// text's history (TextStore::history) keeps both.
Status markReviewed(BilingualText &text, const QString &language, const QString &reviewer, const QDateTime &at);

} // namespace trellis::domain
