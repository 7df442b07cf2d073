#pragma once
// Logging: one named spdlog logger per module, one rotating file. Never log record text, only ids.

#include <spdlog/spdlog.h>

#include <QString>

#include <memory>

namespace trellis::log {

/// Sets up the rotating log file in logDirectory (and stderr when verbose). Safe to call once per process.
void setup(const QString &logDirectory, bool verbose);

/// The named logger of one module ("store", "i18n", "gui", "cli", ...); created on first use.
std::shared_ptr<spdlog::logger> get(const char *module);

/// Path of the current log file, or an empty string before setup().
QString filePath();

} // namespace trellis::log
