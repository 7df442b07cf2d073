#pragma once
// What the record commands (risk, crossover) share: reading "list FILE" / "show FILE ID", and
// naming partners in their own script.

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace trellis::store {
class Workspace;
}

namespace trellis::cli {

class CommandLine;

/// "KIND list FILE" or "KIND show FILE ID" (or another action on FILE), checked.
struct RecordRequest {
    QString action; ///< "list", "show", or one of the command's other actions on FILE
    QString file;
    qint64 id = 0;  ///< for show
};

/// Reads a request of command (e.g. "risk"): "show FILE ID", "list FILE" or one of fileActions
/// (more actions that take FILE alone); prints what is wrong with the usage and returns false when
/// the arguments do not make one.
bool readRecordRequest(const CommandLine &line, const QString &command, const QString &usage, RecordRequest &request,
                       const QStringList &fileActions = {});

/// Prints "trellis-cli COMMAND: message" on stderr and returns the failure exit code.
int failCommand(const QString &command, const Error &error);

/// Partners' names in their original script, read once each.
class PartnerNames {
public:
    explicit PartnerNames(store::Workspace &workspace) : m_ws(workspace) {}
    Result<QString> of(qint64 partnerId);
    /// The names of two partners (a crossover's origin and adopting partner, a pair).
    Result<std::pair<QString, QString>> of(qint64 first, qint64 second);

private:
    store::Workspace &m_ws;
    QHash<qint64, QString> m_names;
};

/// An ISO date, or an empty string for an unknown one.
QString isoDate(const QDate &date);

} // namespace trellis::cli
