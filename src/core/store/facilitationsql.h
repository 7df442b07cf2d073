#pragma once
// Checks shared by the parts of FacilitationStore (inside their transactions).

#include "domain/bilingualtext.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/result.h"

namespace trellis::store::facilitation {

/// Fails with NotFound when the retro does not exist and Immutable when it is published.
Status requireOpenRetro(Database &db, qint64 retroId);
/// The retro a row of table (a fixed name, never user text) belongs to, checked open.
Result<qint64> openRetroOf(Database &db, const char *table, qint64 rowId);
/// Deletes one row of table (a fixed name, never user text) and every text its UUID owns.
Status removeRowWithTexts(Database &db, const char *table, qint64 rowId);
/// Saves text as field of one row of table (a fixed name, never user text) of an open retro (checked as
/// openRetroOf does), replacing the text its textColumn points at, then points the row at the saved
/// text and stamps its updated_at.
Status saveRowText(Database &db, const char *table, const char *textColumn, const QString &field, qint64 rowId,
                   const domain::BilingualText &text);
/// Fails unless partnerId takes part in the retro.
Status requireParticipant(Database &db, qint64 retroId, qint64 partnerId, const QString &role);

} // namespace trellis::store::facilitation

namespace trellis::store::facilitation {

/// The retro held last before retroId (by date, then id), if any.
Result<std::optional<qint64>> previousRetro(Database &db, qint64 retroId);

} // namespace trellis::store::facilitation
