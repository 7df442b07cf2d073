// trellis-cli search: the cross-script search, for scripts and for benchmarks.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/search.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::cli {

int searchCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("limit")}, {QStringLiteral("json")});
    if (!line.expectPositionals(2, 2, QStringLiteral("search FILE QUERY [--limit N] [--json]"))) {
        err(QStringLiteral("trellis-cli search: ") + line.error());
        return Usage;
    }
    int limit = 50;
    if (const auto text = line.value(QStringLiteral("limit"))) {
        bool ok = false;
        limit = text->toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            err(QStringLiteral("trellis-cli search: --limit takes a whole number from 1 to 10000"));
            return Usage;
        }
    }
    auto ws = store::Workspace::open(line.positionals().at(0), {.readOnly = true, .dailyBackup = false});
    if (!ws) {
        err(QStringLiteral("trellis-cli search: ") + ws.error().message);
        return Failure;
    }
    auto hits = store::search(*ws, line.positionals().at(1), limit);
    if (!hits) {
        err(QStringLiteral("trellis-cli search: ") + hits.error().message);
        return Failure;
    }
    if (line.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::SearchHit &hit : std::as_const(*hits)) {
            array.append(QJsonObject{{QStringLiteral("kind"), hit.recordKind}, {QStringLiteral("id"), hit.recordId},
                                     {QStringLiteral("uuid"), hit.recordUuid}, {QStringLiteral("field"), hit.field},
                                     {QStringLiteral("language"), hit.language}, {QStringLiteral("text"), hit.text}});
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return Success;
    }
    for (const store::SearchHit &hit : std::as_const(*hits))
        out(QStringLiteral("%1 %2\t%3\t%4").arg(hit.recordKind).arg(hit.recordId).arg(hit.language, hit.text));
    return Success;
}

} // namespace trellis::cli
