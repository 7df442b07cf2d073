#include "cli/ledgercli.h"

#include "cli/commands.h"

namespace trellis::cli {

int ledgerFailure(const QString &command, const Error &error)
{
    err(QStringLiteral("trellis-cli %1: %2").arg(command, error.message));
    return Failure;
}

int ledgerUsage(const QString &command, const QString &message)
{
    err(QStringLiteral("trellis-cli %1: %2").arg(command, message));
    return Usage;
}

Result<store::Workspace> openLedgerWorkspace(const QString &path, bool readOnly)
{
    return store::Workspace::open(path, {.readOnly = readOnly, .dailyBackup = !readOnly, .quickCheck = store::QuickCheck::Daily});
}

Result<std::optional<qint64>> partnerOption(const CommandLine &line, const QString &option,
                                            const io::PartnerDirectory &directory)
{
    const auto text = line.value(option);
    if (!text)
        return std::optional<qint64>();
    auto id = directory.resolve(*text);
    if (!id) {
        Error e = id.error();
        e.message = QStringLiteral("--%1: %2").arg(option, e.message);
        return e;
    }
    return std::optional<qint64>(*id);
}

} // namespace trellis::cli
