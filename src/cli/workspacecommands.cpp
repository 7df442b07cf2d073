// Subcommands that create and look after whole workspace files.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/backup.h"
#include "store/demoalliance.h"
#include "store/restore.h"
#include "store/workspace.h"
#include "store/schemaaudit.h"
#include "store/workspacecheck.h"

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

namespace trellis::cli {
namespace {

/// Prints "trellis-cli NAME: message" and returns the exit code for the error.
int fail(const char *command, const Error &error)
{
    err(QStringLiteral("trellis-cli %1: %2").arg(QString::fromLatin1(command), error.message));
    return Failure;
}

int usage(const char *command, const CommandLine &line)
{
    err(QStringLiteral("trellis-cli %1: %2").arg(QString::fromLatin1(command), line.error()));
    return Usage;
}

} // namespace

int checkCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("head")}, {QStringLiteral("repair")});
    if (!line.expectPositionals(1, 1, QStringLiteral("check FILE [--repair] [--head SHA256]")))
        return usage("check", line);
    QByteArray expectedHead;
    if (const auto head = line.value(QStringLiteral("head"))) {
        expectedHead = QByteArray::fromHex(head->toLatin1());
        if (expectedHead.size() != 32 || expectedHead.toHex() != head->toLower().toLatin1()) {
            err(QStringLiteral("trellis-cli check: --head takes the 64 hexadecimal digits of a published chain head"));
            return Usage;
        }
    }
    auto ws = store::Workspace::open(line.positionals().first(),
                                     {.readOnly = false, .dailyBackup = false, .quickCheck = store::QuickCheck::Never});
    if (!ws && store::isForeignSchemaError(ws.error())) {
        // Look without writing: the report below then names every object that differs.
        auto readOnly = store::Workspace::open(line.positionals().first(),
                                               {.readOnly = true, .dailyBackup = false, .quickCheck = store::QuickCheck::Never});
        if (!readOnly) {
            out(QStringLiteral("problem: ") + ws.error().message);
            return Failure;
        }
        ws = std::move(readOnly);
    }
    if (!ws)
        return fail("check", ws.error());
    if (line.flag(QStringLiteral("repair"))) {
        if (auto s = store::rebuildSearchIndex(*ws); !s)
            return fail("check", s.error());
        out(QStringLiteral("search index rebuilt"));
    }
    auto report = store::checkWorkspace(*ws, expectedHead);
    if (!report)
        return fail("check", report.error());
    for (const QString &problem : std::as_const(report->problems))
        out(QStringLiteral("problem: ") + problem);
    out(QStringLiteral("ledger chain: %1 links, head %2")
            .arg(report->chainLength)
            .arg(report->chainHead.isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(report->chainHead.toHex())));
    out(QStringLiteral("%1: %2 partners, %3 ledger entries (%4 posted), %5 problems")
            .arg(ws->path()).arg(report->partners).arg(report->ledgerEntries).arg(report->postedEntries)
            .arg(report->problems.size()));
    return report->healthy() ? Success : Failure;
}

int backupCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {}, {});
    if (!line.expectPositionals(2, 2, QStringLiteral("backup FILE OUT")))
        return usage("backup", line);
    auto ws = store::Workspace::open(line.positionals().at(0), {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return fail("backup", ws.error());
    if (auto s = store::copyDatabase(ws->database(), line.positionals().at(1)); !s)
        return fail("backup", s.error());
    out(QStringLiteral("backup written to %1").arg(line.positionals().at(1)));
    return Success;
}

int restoreCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {}, {});
    if (!line.expectPositionals(2, 2, QStringLiteral("restore BACKUP FILE")))
        return usage("restore", line);
    const QString backup = line.positionals().at(0);
    const QString target = line.positionals().at(1);
    if (auto s = store::restoreWorkspace(backup, target); !s)
        return fail("restore", s.error());
    out(QStringLiteral("%1 restored from %2 (the previous file is kept as %1.before-restore)").arg(target, backup));
    return Success;
}

int demoCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("entries")}, {});
    if (!line.expectPositionals(1, 1, QStringLiteral("demo FILE [--entries N]")))
        return usage("demo", line);
    qint64 entries = 300;
    if (const auto text = line.value(QStringLiteral("entries"))) {
        bool ok = false;
        entries = text->toLongLong(&ok);
        if (!ok || entries < 0) {
            err(QStringLiteral("trellis-cli demo: --entries takes a whole number, not \"%1\"").arg(*text));
            return Usage;
        }
    }
    auto summary = store::writeDemoAlliance(line.positionals().first(), entries);
    if (!summary)
        return fail("demo", summary.error());
    out(QStringLiteral("demo alliance written to %1: %2").arg(line.positionals().first(), summary->text()));
    return Success;
}

} // namespace trellis::cli
