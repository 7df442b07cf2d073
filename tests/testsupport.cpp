#include "testsupport.h"

#include <QDir>
#include <QProcess>

namespace trellis::test {

ScratchDir::ScratchDir() { REQUIRE(m_dir.isValid()); }

QString ScratchDir::path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

ProcessResult runProgram(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    return runProgram(QStringLiteral(TRELLIS_CLI_PATH), arguments, input);
}

QString testData(const QString &name) { return QDir(QStringLiteral(TRELLIS_TEST_DATA_DIR)).filePath(name); }

} // namespace trellis::test
