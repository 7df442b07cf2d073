#include "guifixture.h"

#include "store/demoalliance.h"

#include <QFile>
#include <QTemporaryDir>

namespace trellis::test {

QString demoCopy(const ScratchDir &dir)
{
    static QTemporaryDir templateDir;
    static const QString templatePath = [] {
        const QString path = templateDir.filePath(QStringLiteral("demo.trellis"));
        auto demo = store::writeDemoAlliance(path, 600);
        REQUIRE(demo.ok());
        return path;
    }();
    const QString copy = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(QFile::copy(templatePath, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

store::Workspace openDemo(const ScratchDir &dir)
{
    store::OpenOptions options;
    options.dailyBackup = false;
    auto ws = store::Workspace::open(demoCopy(dir), options);
    REQUIRE(ws.ok());
    return std::move(*ws);
}

} // namespace trellis::test
