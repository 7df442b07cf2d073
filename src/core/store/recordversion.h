#pragma once
// What a record looked like when an editor read it, so that a save never lands silently over
// another process's save of the same record (two windows, or the command line, on one file).

#include "util/result.h"

#include <QString>

namespace trellis::store {

class Database;

/// The record kinds an editor holds open while the user types.
enum class EditedKind { Partner, LedgerEntry, Retro, Protocol, Incident, Rehearsal, Campaign, Exchange, SharedRisk, Crossover, Pause,
                        CustodianTerm, FireDrill, EnvoyJourney, Ritual };

/// A fingerprint of one record as stored now: its row (every column, updated_at among them) and
/// the rows it owns (a retro's answers and actions, a protocol's steps). Empty when it is gone.
Result<QString> recordVersion(Database &db, EditedKind kind, qint64 id);

/// Whether the record is still as it was when read (loaded: its recordVersion then). Called inside
/// the write transaction that saves it, so nobody can commit between the check and the save. A
/// Conflict error otherwise, saying whether it was changed or deleted meanwhile.
Status expectUnchanged(Database &db, EditedKind kind, qint64 id, const QString &loaded);

/// True when the connection cannot write: opened read-only, or a file SQLite may only read
/// (no write permission), where SQLite quietly falls back to reading.
bool isReadOnly(const Database &db);

/// The file's change counter for this connection (PRAGMA data_version): it moves when another
/// connection (another process, or another connection of this one) commits to the file.
Result<qint64> dataVersion(Database &db);

} // namespace trellis::store
