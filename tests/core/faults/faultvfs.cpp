#include "faultvfs.h"

#include <sqlite3.h>

#include <cstring>

namespace trellis::test {
namespace {

struct State {
    sqlite3_vfs *real = nullptr;
    bool armed = false;
    FaultKind kind = FaultKind::Read;
    int nth = 0;
    int seen = 0;
    bool sticky = false;
    bool fired = false;
};

State &state()
{
    static State s;
    return s;
}

// True when this operation of `kind` is the one to fail.
bool shouldFail(FaultKind kind)
{
    State &s = state();
    if (!s.armed || s.kind != kind)
        return false;
    ++s.seen;
    if (s.seen == s.nth || (s.sticky && s.seen > s.nth)) {
        s.fired = true;
        return true;
    }
    return false;
}

/// Our file: the real one follows it in the same allocation (szOsFile = ours + real's).
struct FaultFile {
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

FaultFile *of(sqlite3_file *f) { return reinterpret_cast<FaultFile *>(f); }
sqlite3_file *realOf(sqlite3_file *f) { return of(f)->real(); }

int xClose(sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultKind::Read))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultKind::Write))
        return SQLITE_FULL;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); }
int xSync(sqlite3_file *f, int flags)
{
    if (shouldFail(FaultKind::Sync))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int xLock(sqlite3_file *f, int level) { return realOf(f)->pMethods->xLock(realOf(f), level); }
int xUnlock(sqlite3_file *f, int level) { return realOf(f)->pMethods->xUnlock(realOf(f), level); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int xSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    if (shouldFail(FaultKind::Allocate))
        return SQLITE_IOERR_NOMEM;
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags); }
void xShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int xShmUnmap(sqlite3_file *f, int deleteFlag) { return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag); }
// Memory-mapped reads would bypass xRead; refusing them keeps every read countable.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return p ? realOf(f)->pMethods->xUnfetch(realOf(f), offset, p) : SQLITE_OK;
}

const sqlite3_io_methods kMethods = {
    3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
    xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch,
};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    file->pMethods = nullptr;
    const bool journal = flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL | SQLITE_OPEN_SUPER_JOURNAL);
    if (journal && shouldFail(FaultKind::Allocate))
        return SQLITE_CANTOPEN;
    const int rc = s.real->xOpen(s.real, name, of(file)->real(), flags, outFlags);
    if (of(file)->real()->pMethods)
        file->pMethods = &kMethods; // SQLite calls xClose whenever pMethods is set, even on failure
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return state().real->xDelete(state().real, name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return state().real->xAccess(state().real, name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return state().real->xFullPathname(state().real, name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return state().real->xDlOpen(state().real, name); }
void xDlError(sqlite3_vfs *, int n, char *out) { state().real->xDlError(state().real, n, out); }
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void) { return state().real->xDlSym(state().real, handle, symbol); }
void xDlClose(sqlite3_vfs *, void *handle) { state().real->xDlClose(state().real, handle); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return state().real->xRandomness(state().real, n, out); }
int xSleep(sqlite3_vfs *, int micro) { return state().real->xSleep(state().real, micro); }
int xCurrentTime(sqlite3_vfs *, double *out) { return state().real->xCurrentTime(state().real, out); }
int xGetLastError(sqlite3_vfs *, int n, char *out) { return state().real->xGetLastError(state().real, n, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return state().real->xCurrentTimeInt64(state().real, out); }

sqlite3_vfs &faultVfs()
{
    static sqlite3_vfs vfs;
    return vfs;
}

} // namespace

const char *faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Read:
        return "read";
    case FaultKind::Write:
        return "write";
    case FaultKind::Sync:
        return "sync";
    case FaultKind::Allocate:
        return "allocate";
    }
    return "?";
}

FaultVfs::FaultVfs()
{
    State &s = state();
    s = State{};
    s.real = sqlite3_vfs_find(nullptr);
    sqlite3_vfs &vfs = faultVfs();
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(FaultFile)) + s.real->szOsFile;
    vfs.mxPathname = s.real->mxPathname;
    vfs.zName = "trellis-fault";
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(&faultVfs());
    sqlite3_vfs_register(state().real, 1);
    state() = State{};
}

void FaultVfs::arm(FaultKind kind, int nth, bool sticky)
{
    State &s = state();
    s.armed = true;
    s.kind = kind;
    s.nth = nth;
    s.seen = 0;
    s.sticky = sticky;
    s.fired = false;
}

void FaultVfs::disarm() { state().armed = false; }
bool FaultVfs::fired() const { return state().fired; }
int FaultVfs::count() const { return state().seen; }

} // namespace trellis::test
