#include "gui/facilitation/runretro.h"

#include "gui/facilitation/facilitationwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace trellis::gui {

void addRunRetroAction(QMenu *menu, QWidget *owner, store::Workspace &workspace, std::function<qint64()> currentRetro,
                       std::function<void(qint64)> changed)
{
    QAction *run = menu->addAction(QCoreApplication::translate("Facilitation", "&Run retro…"));
    run->setObjectName(QStringLiteral("runRetro"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QObject::connect(run, &QAction::triggered, owner, [owner, &workspace, currentRetro, changed] {
        const qint64 id = currentRetro();
        if (id <= 0) {
            QMessageBox::information(owner, QCoreApplication::translate("Facilitation", "Run retro"),
                                     QCoreApplication::translate("Facilitation", "Choose a saved retro in the Retros section first."));
            return;
        }
        auto *window = new FacilitationWindow(workspace, id);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->openError().isEmpty()) {
            QMessageBox::warning(owner, QCoreApplication::translate("Facilitation", "Run retro"), window->openError());
            delete window;
            return;
        }
        QObject::connect(window, &FacilitationWindow::retroChanged, owner, changed);
        window->showForRoom();
    });
}

} // namespace trellis::gui
