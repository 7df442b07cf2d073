#include "store/ritualcalendar.h"

#include "store/ritualstore.h"
#include "util/log.h"

#include <QSaveFile>

namespace trellis::store {

Result<CalendarExport> exportRitualCalendar(Workspace &workspace, const rhythm::CalendarExportOptions &options,
                                            const QString &path)
{
    TRELLIS_TRY_ASSIGN(const QList<rhythm::Ritual> rituals, RitualStore(workspace).all(options.languages.value(0)));
    TRELLIS_TRY_ASSIGN(const QByteArray ics, rhythm::writeICalendar(rituals, options));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    // Counted by whole lines: a title may hold the words BEGIN:VEVENT, escaped into another line.
    const CalendarExport done{int(ics.count("\r\nBEGIN:VEVENT\r\n")), int(rituals.size())};
    log::get("store")->info("calendar exported: {} of {} rituals", done.written, done.rituals);
    return done;
}

} // namespace trellis::store
