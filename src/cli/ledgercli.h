#pragma once
// What the ledger subcommands share: opening the workspace, naming partners, reporting errors.

#include "cli/commandline.h"
#include "io/partnermatch.h"
#include "store/workspace.h"
#include "util/result.h"

#include <optional>

namespace trellis::cli {

/// Exit code of `import ledger` when some rows were rejected and the others imported.
inline constexpr int kExitRowsRejected = 3;

/// Prints "trellis-cli COMMAND: message" and returns Failure.
int ledgerFailure(const QString &command, const Error &error);
/// Prints "trellis-cli COMMAND: message" and returns Usage.
int ledgerUsage(const QString &command, const QString &message);

/// Opens the workspace a ledger command works on (no daily backup for read-only work).
Result<store::Workspace> openLedgerWorkspace(const QString &path, bool readOnly);

/// The partner an option names, by id or by name (cross-script), or nothing when the option is absent.
Result<std::optional<qint64>> partnerOption(const CommandLine &line, const QString &option,
                                            const io::PartnerDirectory &directory);

/// The pair of `--languages A,B` as given (checked later), or nothing with a usage message in problem.
std::optional<std::pair<QString, QString>> languagePair(const CommandLine &line, QString &problem);

} // namespace trellis::cli
