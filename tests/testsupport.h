#pragma once
// Shared test tools: printable QStrings, scratch folders, running trellis-cli.

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace trellis::test {

/// A scratch folder removed at the end of the test.
class ScratchDir {
public:
    ScratchDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

/// The outcome of running a program.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs trellis-cli with arguments (no network, no display needed).
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});
/// Runs any program.
ProcessResult runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {});

/// A file in tests/data.
QString testData(const QString &name);

} // namespace trellis::test
