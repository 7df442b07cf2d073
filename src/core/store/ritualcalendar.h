#pragma once
// The workspace's rituals written to an iCalendar file, for the command line and File ▸ Export calendar….

#include "rhythm/icalendarwriter.h"
#include "util/result.h"

#include <QString>

namespace trellis::store {

class Workspace;

/// How many of how many rituals an export wrote (a window leaves out those with no occurrence in it).
struct CalendarExport {
    int written = 0;
    int rituals = 0;
};

/// Writes every ritual (titles in options.languages) to path as RFC 5545, atomically: a failed
/// write leaves any earlier file whole. Errors name the file.
Result<CalendarExport> exportRitualCalendar(Workspace &workspace, const rhythm::CalendarExportOptions &options,
                                            const QString &path);

} // namespace trellis::store
