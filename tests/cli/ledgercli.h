#pragma once
// Workspaces made through trellis-cli for the command tests (a new one, the demo alliance), and
// sqlite3's view of them.

#include "testsupport.h"

#include <QFile>

namespace trellis::test {

/// Writes bytes to a file in the scratch folder and returns its path.
inline QString writeFile(const ScratchDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// One value that sqlite3 reads from a workspace.
inline QString sqlite(const QString &path, const QString &statement)
{
    auto r = runProgram(QStringLiteral("sqlite3"), {path, statement});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

/// The demo alliance with 20 ledger entries at dir/demo.trellis.
inline QString demoWorkspace(const ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("20")}).exitCode == 0);
    return path;
}

/// A new workspace (en, es) at dir/name.
inline QString newWorkspace(const ScratchDir &dir, const QString &name = QStringLiteral("w.trellis"))
{
    const QString path = dir.path(name);
    auto r = runCli({QStringLiteral("init"), path, QStringLiteral("--languages"), QStringLiteral("en,es")});
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace trellis::test
