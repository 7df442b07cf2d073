#include "gui/translation/apertiumrun.h"

#include "store/workspace.h"
#include "util/log.h"

#include <QCoreApplication>
#include <QPointer>

namespace trellis::gui {

ApertiumRun::ApertiumRun(QObject *parent) : QObject(parent) {}

ApertiumRun::~ApertiumRun()
{
    stop();
    if (m_worker.joinable())
        m_worker.join();
}

bool ApertiumRun::start(const QString &workspacePath, const QList<store::QueueItem> &items, const QString &targetLanguage,
                        const io::ApertiumOptions &options)
{
    if (m_running)
        return false;
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    m_stop = std::make_shared<std::atomic_bool>(false);
    QPointer<ApertiumRun> self(this);
    m_worker = std::thread([self, workspacePath, items, targetLanguage, options, stop = m_stop] {
        io::DraftSummary summary;
        QString message;
        bool ok = false;
        // Its own connection: the GUI's stays free for the window while Apertium works.
        auto ws = store::Workspace::open(workspacePath, {.dailyBackup = false, .quickCheck = store::QuickCheck::Never});
        if (!ws) {
            message = ws.error().message;
        } else {
            io::ApertiumOptions run = options;
            run.stop = stop.get();
            auto drafted = io::draftWithApertium(*ws, items, targetLanguage, run, [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total] {
                    if (self)
                        Q_EMIT self->progressed(done, total);
                });
            });
            ok = drafted.ok();
            if (drafted)
                summary = *drafted;
            else
                message = drafted.error().message;
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ok, summary, message] {
            if (!self)
                return;
            self->m_running = false;
            Q_EMIT self->finished(ok, summary, message);
        });
    });
    log::get("gui")->info("apertium run started: {} fields into {}", items.size(), targetLanguage.toStdString());
    return true;
}

void ApertiumRun::stop()
{
    if (m_stop)
        m_stop->store(true);
}

} // namespace trellis::gui
