#pragma once
// A test-only SQLite VFS that wraps the default one and fails the Nth file operation of a kind,
// as a full disk, a failing disk or an exhausted memory map would. Registered only by tests.

#include <QString>

namespace trellis::test {

/// Which operation an armed FaultVfs fails.
enum class FaultKind {
    Read,     ///< xRead → SQLITE_IOERR_READ
    Write,    ///< xWrite → SQLITE_FULL (the disk is full)
    Sync,     ///< xSync → SQLITE_IOERR_FSYNC
    Allocate, ///< xShmMap / opening a journal or WAL → SQLITE_IOERR_NOMEM / SQLITE_CANTOPEN
};

const char *faultKindName(FaultKind kind);

/// While alive, the fault VFS is SQLite's default, so every connection Trellis opens uses it.
/// Not thread-safe; one per test at a time.
class FaultVfs {
public:
    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

    /// Fails the nth (1-based) operation of kind from now on; every later one succeeds again
    /// (a transient fault), unless sticky, when every later one fails too (a disk that stays full).
    void arm(FaultKind kind, int nth, bool sticky = false);
    void disarm();
    /// Whether the armed fault has fired since arm().
    bool fired() const;
    /// Operations of the armed kind counted since arm().
    int count() const;
};

} // namespace trellis::test
