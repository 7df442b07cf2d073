#include "cli/recordcli.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

#include <QDate>

namespace trellis::cli {

bool readRecordRequest(const CommandLine &line, const QString &command, const QString &usage, RecordRequest &request,
                       const QStringList &fileActions)
{
    const QString prefix = QStringLiteral("trellis-cli %1: ").arg(command);
    request.action = line.positionals().value(0);
    const bool show = request.action == QLatin1String("show");
    const int wanted = show ? 3 : 2;
    QString problem;
    if (!line.ok())
        problem = line.error();
    else if (request.action != QLatin1String("list") && !show && !fileActions.contains(request.action))
        problem = request.action.isEmpty() ? QStringLiteral("no action given") : QStringLiteral("unknown action");
    else if (line.positionals().size() != wanted)
        problem = QStringLiteral("%1 takes %2").arg(request.action, show ? QStringLiteral("FILE ID") : QStringLiteral("FILE"));
    if (!problem.isEmpty()) {
        err(prefix + problem + QStringLiteral("\nusage: trellis-cli ") + usage);
        return false;
    }
    request.file = line.positionals().at(1);
    if (show) {
        bool numeric = false;
        request.id = line.positionals().at(2).toLongLong(&numeric);
        if (!numeric || request.id <= 0) {
            err(prefix + QStringLiteral("ID is a %1's number (%1 list shows them)").arg(command));
            return false;
        }
    }
    return true;
}

int failCommand(const QString &command, const Error &error)
{
    err(QStringLiteral("trellis-cli %1: %2").arg(command, error.message));
    return Failure;
}

Result<QString> PartnerNames::of(qint64 partnerId)
{
    if (auto known = m_names.constFind(partnerId); known != m_names.cend())
        return *known;
    auto partner = store::PartnerStore(m_ws).get(partnerId);
    if (!partner)
        return partner.error();
    m_names.insert(partnerId, partner->name.original());
    return partner->name.original();
}

Result<std::pair<QString, QString>> PartnerNames::of(qint64 first, qint64 second)
{
    TRELLIS_TRY_ASSIGN(QString a, of(first));
    TRELLIS_TRY_ASSIGN(QString b, of(second));
    return std::make_pair(a, b);
}

QString isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

} // namespace trellis::cli
