#include "gui/facilitation/runretro.h"

#include "gui/facilitation/facilitationwindow.h"
#include "gui/facilitation/quartercomparisonview.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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
    QAction *compare = menu->addAction(QCoreApplication::translate("Facilitation", "&Compare quarters…"));
    compare->setObjectName(QStringLiteral("compareQuarters"));
    QObject::connect(compare, &QAction::triggered, owner, [owner, &workspace] { openQuarterComparison(owner, workspace); });
}

int runQuarterComparison(QApplication &app, store::Workspace &workspace, const QString &span, const QString &grabPath)
{
    const QStringList ends = span.split(u':');
    auto from = i18n::parseQuarter(ends.value(0));
    auto to = i18n::parseQuarter(ends.value(1));
    if (ends.size() != 2 || !from || !to) {
        std::fprintf(stderr, "trellis: --compare-quarters takes two quarters, e.g. 2026-Q1:2026-Q4\n");
        return 2;
    }
    QuarterComparisonView view(workspace, *to);
    view.setWindowTitle(QCoreApplication::translate("Facilitation", "Compare quarters"));
    if (!view.showSpan(*from, *to)) {
        std::fprintf(stderr, "trellis: %s\n", qPrintable(view.summary()));
        return 2;
    }
    view.resize(1200, 640);
    view.show();
    if (grabPath.isEmpty())
        return app.exec();
    QTimer::singleShot(50, &view, [&view, grabPath] {
        const bool saved = view.grab().save(grabPath, "PNG");
        if (!saved)
            std::fprintf(stderr, "trellis: cannot write %s\n", qPrintable(grabPath));
        QApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}

} // namespace trellis::gui
