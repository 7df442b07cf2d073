// Subcommands that create and look after whole workspace files.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/workspace.h"

namespace trellis::cli {

int initCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("languages"), QStringLiteral("name")}, {});
    if (!line.expectPositionals(1, 1, QStringLiteral("init FILE --languages en,es [--name NAME]"))) {
        err(QStringLiteral("trellis-cli init: ") + line.error());
        return Usage;
    }
    const auto languages = line.value(QStringLiteral("languages"));
    if (!languages) {
        err(QStringLiteral("trellis-cli init: --languages is required, e.g. --languages en,es"));
        return Usage;
    }
    auto ws = store::Workspace::create(line.positionals().first(), languages->split(u',', Qt::SkipEmptyParts),
                                       line.value(QStringLiteral("name")).value_or(QString()));
    if (!ws) {
        err(QStringLiteral("trellis-cli init: ") + ws.error().message);
        return Failure;
    }
    out(QStringLiteral("created %1 (languages: %2)").arg(ws->path(), ws->settings()->workingLanguages.join(u',')));
    return Success;
}

} // namespace trellis::cli
