#include "gui/sharedfile/readonlywindow.h"

#include "gui/sharedfile/sharedfile.h"
#include "util/log.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace trellis::gui {

void applyReadOnly(QMainWindow &window, const SharedFile &file)
{
    if (!file.isReadOnly())
        return;
    const QString reason = file.readOnlyReason();
    for (const char *name : kWritingActions) {
        if (auto *action = window.findChild<QAction *>(QString::fromLatin1(name))) {
            action->setEnabled(false);
            action->setStatusTip(reason);
        }
    }
    auto *notice = new QLabel(reason, &window);
    notice->setObjectName(QStringLiteral("readOnlyNotice"));
    notice->setWordWrap(false);
    window.statusBar()->addWidget(notice);
    log::get("gui")->info("window opened read-only");
}

} // namespace trellis::gui
