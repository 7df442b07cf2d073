#pragma once
// trellis-cli's subcommands: each takes its arguments and returns the process exit code.

#include <QString>
#include <QStringList>

#include <cstdio>

namespace trellis::cli {

/// Exit codes shared by every subcommand.
enum Exit { Success = 0, Failure = 1, Usage = 2 };

/// Runs trellis-cli with the full argument list (argv[0] first).
int run(const QStringList &arguments);

/// One subcommand: its name, a one-line summary, and its entry point.
struct Command {
    const char *name;
    const char *summary;
    int (*entry)(const QStringList &arguments);
};

int initCommand(const QStringList &arguments);
int checkCommand(const QStringList &arguments);
int backupCommand(const QStringList &arguments);
int restoreCommand(const QStringList &arguments);
int demoCommand(const QStringList &arguments);
int searchCommand(const QStringList &arguments);
int showCommand(const QStringList &arguments);
int balanceCommand(const QStringList &arguments);
int approveCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int translationsCommand(const QStringList &arguments);
int xliffCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int archiveCommand(const QStringList &arguments);
int campaignCommand(const QStringList &arguments);
int riskCommand(const QStringList &arguments);
int crossoverCommand(const QStringList &arguments);
int calendarCommand(const QStringList &arguments);

/// Writes text and a newline to stdout / stderr (UTF-8).
void out(const QString &text);
void err(const QString &text);

} // namespace trellis::cli
