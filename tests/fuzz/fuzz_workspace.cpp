// libFuzzer target: the workspace opener fed damaged files (seeded from real workspaces with pages
// overwritten). Opening refuses with a reason or gives a workspace the check, the lists and the
// balances can read without crashing; nothing is written (read-only), as for a file handed over.
#include "fuzzsupport.h"

#include "store/balances.h"
#include "store/ledgerlisting.h"
#include "store/workspace.h"
#include "store/workspacecheck.h"

#include <QFile>
#include <QTemporaryDir>

using namespace trellis;
using trellis::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handed-over.trellis"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly), "the fuzz file is written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const bool readOnly = size > 0 && (data[size - 1] & 1);
    auto ws = store::Workspace::open(path, {.readOnly = readOnly, .dailyBackup = false, .quickCheck = store::QuickCheck::Always});
    if (!ws) {
        require(!ws.error().message.isEmpty(), "a refused file says why");
        return 0;
    }
    auto report = store::checkWorkspace(*ws);
    require(report.ok() || !report.error().message.isEmpty(), "a check reports or says why not");
    auto listed = store::listLedger(*ws, true, [](const store::ListedEntry &) { return Status{}; });
    require(listed.ok() || !listed.error().message.isEmpty(), "listing the ledger works or says why not");
    auto matrix = store::Balances(*ws).matrix();
    require(matrix.ok() || !matrix.error().message.isEmpty(), "balances work or say why not");
    return 0;
}
