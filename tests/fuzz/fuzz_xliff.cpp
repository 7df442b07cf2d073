// libFuzzer target: an XLIFF file coming back from a CAT tool, imported (as a dry run) into a real
// workspace, the one the seeds were exported from. It is read or refused as a whole with a reason;
// its counts add up, every refused unit says why, and the workspace is left as it was.
#include "fuzzsupport.h"

#include "io/xliffimport.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace trellis;
using trellis::fuzz::require;

namespace {

/// The workspace the seeds were exported from, opened once, and the file each input is written to.
struct XliffScene {
    QTemporaryDir dir;
    std::optional<store::Workspace> workspace;
    QString input;
};

XliffScene &scene()
{
    static XliffScene s = [] {
        XliffScene made;
        const QString path = made.dir.filePath(QStringLiteral("fuzz.trellis"));
        require(QFile::copy(QStringLiteral(TRELLIS_FUZZ_WORKSPACE), path), "the seed workspace is copied");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = store::Workspace::open(path);
        require(opened.ok(), "the seed workspace opens");
        made.workspace.emplace(std::move(*opened));
        made.input = made.dir.filePath(QStringLiteral("input.xlf"));
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    XliffScene &s = scene();
    {
        QFile file(s.input);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input is written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto summary = io::importXliff(*s.workspace, s.input, QStringLiteral("Fuzz"), /*dryRun=*/true);
    if (!summary) {
        require(!summary.error().message.isEmpty(), "a refused file says why");
        return 0;
    }
    require(summary->read == summary->updated + summary->unchanged + summary->refused, "the counts add up");
    require(summary->refusals.size() == summary->refused, "every refused unit is listed");
    for (const auto &refusal : summary->refusals)
        require(!refusal.reason.isEmpty(), "a refused unit says why");
    // A dry run changes nothing: the same file imports to the same counts again.
    auto again = io::importXliff(*s.workspace, s.input, QStringLiteral("Fuzz"), true);
    require(again.ok() && again->updated == summary->updated && again->refused == summary->refused,
            "a dry run leaves the workspace as it was");
    return 0;
}
