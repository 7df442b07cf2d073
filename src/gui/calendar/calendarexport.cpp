#include "gui/calendar/calendarexport.h"

#include "store/ritualcalendar.h"
#include "store/workspace.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace trellis::gui {
namespace {

const QString kFolderSetting = QStringLiteral("calendar/exportFolder");

} // namespace

QString exportCalendar(QWidget *parent, store::Workspace &workspace, const QStringList &languages)
{
    const QString folder = QSettings().value(kFolderSetting, QDir::homePath()).toString();
    const QString name = QFileInfo(workspace.path()).completeBaseName() + QStringLiteral(".ics");
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("CalendarExport", "Export calendar"), QDir(folder).filePath(name),
                                                QCoreApplication::translate("CalendarExport", "iCalendar files (*.ics)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QSettings().setValue(kFolderSetting, QFileInfo(path).absolutePath());
    return writeCalendar(parent, workspace, languages, path);
}

QString writeCalendar(QWidget *parent, store::Workspace &workspace, const QStringList &languages, const QString &path)
{
    rhythm::CalendarExportOptions options;
    options.languages = languages;
    options.calendarName = QFileInfo(workspace.path()).completeBaseName();
    options.exportedAt = QDateTime::fromString(nowUtc(), Qt::ISODate).toUTC();
    auto written = store::exportRitualCalendar(workspace, options, path);
    if (!written) {
        QMessageBox::warning(parent, QCoreApplication::translate("CalendarExport", "Cannot export the calendar"), written.error().message);
        return written.error().message;
    }
    return QCoreApplication::translate("CalendarExport", "%n ritual(s) written to %1", "", written->written)
        .arg(QDir::toNativeSeparators(path));
}

} // namespace trellis::gui
