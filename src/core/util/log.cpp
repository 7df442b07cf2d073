#include "util/log.h"

#include "util/datafolder.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QDir>

#include <mutex>
#include <vector>

namespace trellis::log {
namespace {

struct Sinks {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::info;
    QString path;
};

Sinks &sinks()
{
    static Sinks s;
    return s;
}

constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

} // namespace

void setup(const QString &logDirectory, bool verbose)
{
    auto &s = sinks();
    std::lock_guard lock(s.mutex);
    s.sinks.clear();
    s.level = verbose ? spdlog::level::debug : spdlog::level::info;
    if (!logDirectory.isEmpty() && datafolder::makePrivateFolder(logDirectory)) {
        s.path = QDir(logDirectory).filePath(QStringLiteral("trellis.log"));
        try {
            s.sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                s.path.toStdString(), kMaxFileBytes, kMaxFiles));
        } catch (const spdlog::spdlog_ex &) {
            s.path.clear(); // an unwritable log directory must not stop the app
        }
    }
    if (verbose)
        s.sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    // Re-point loggers created before setup().
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = s.sinks;
        logger->set_level(s.level);
    });
}

std::shared_ptr<spdlog::logger> get(const char *module)
{
    auto &s = sinks();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(module, s.sinks.begin(), s.sinks.end());
    logger->set_level(s.level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

QString filePath()
{
    auto &s = sinks();
    std::lock_guard lock(s.mutex);
    return s.path;
}

} // namespace trellis::log
