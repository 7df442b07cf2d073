#include "gui/app/workspacestatus.h"

#include "gui/editing/labels.h"

#include "i18n/phrases.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspacequery.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QCoreApplication>
#include <QPointer>

#include <sqlite3.h>

#include <mutex>

namespace trellis::gui {

/// The worker's connection, so that closing the window interrupts a count it no longer needs
/// (on a million entries the count takes seconds; the window must not wait for it to close).
struct WorkspaceStatus::ParityRun {
    std::mutex mutex;
    sqlite3 *connection = nullptr; ///< set while the count runs
    bool abandoned = false;
};

WorkspaceStatus::WorkspaceStatus(store::Workspace &workspace, QWidget *parent) : QWidget(parent), m_ws(workspace)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLabel(this);
    m_entries = new QLabel(this);
    m_parity = new QLabel(this);
    m_parity->setObjectName(QStringLiteral("parity"));
    m_parity->setTextFormat(Qt::RichText);
    m_parity->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_parity, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("queue:")))
            Q_EMIT queueRequested(link.mid(6));
    });
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("backup"));
    layout->addWidget(m_file);
    layout->addWidget(m_entries);
    layout->addWidget(m_parity, 1);
    layout->addWidget(m_backup);
    refresh();
}

WorkspaceStatus::~WorkspaceStatus()
{
    if (m_run) {
        const std::lock_guard lock(m_run->mutex);
        m_run->abandoned = true;
        if (m_run->connection)
            sqlite3_interrupt(m_run->connection);
    }
    if (m_worker.joinable())
        m_worker.join();
}

void WorkspaceStatus::refresh()
{
    const QFileInfo info(m_ws.path());
    m_file->setText(info.fileName());
    m_file->setToolTip(info.absoluteFilePath());
    const QStringList backups = store::automaticBackups(m_ws.path());
    m_backup->setText(backups.isEmpty()
                          ? tr("· no automatic backup yet")
                          : tr("· last backup %1").arg(shortDateTime(QFileInfo(backups.first()).lastModified())));
    countParity();
}

void WorkspaceStatus::countParity()
{
    // Parity reads every text once and the entry count a whole index: on a million entries that is
    // seconds of work, so both run on a worker thread with its own read-only connection and report
    // back to this widget.
    if (m_counting) {
        m_pending = true;
        return;
    }
    if (m_worker.joinable())
        m_worker.join();
    auto settings = m_ws.settings();
    const QStringList languages = settings ? settings->workingLanguages : QStringList{};
    const QString path = m_ws.path();
    if (m_parity->text().isEmpty())
        m_parity->setText(tr("· parity: counting…").toHtmlEscaped());
    m_counting = true;
    QPointer<WorkspaceStatus> self(this);
    m_run = std::make_shared<ParityRun>();
    m_worker = std::thread([self, path, languages, run = m_run] {
        QStringList figures; // "es 92%", one per language, in order
        qint64 entries = -1;
        if (auto db = store::Database::open(path, store::OpenMode::ReadOnly)) {
            {
                const std::lock_guard lock(run->mutex);
                if (run->abandoned)
                    return;
                run->connection = db->handle();
            }
            // One pass over every text: a small page cache (it also bounds the sorter's memory)
            // keeps this count from holding tens of MiB on a million entries.
            (void)db->exec(QStringLiteral("PRAGMA cache_size = -2048"));
            // Counting entries reads a whole index too: on a million entries, a visible moment.
            if (auto select = db->prepare(QStringLiteral("SELECT count(*) FROM ledger_entry"))) {
                if (auto row = select->step(); row && *row)
                    entries = select->int64(0);
            }
            auto parity = store::comprehensionParity(*db, languages);
            {
                const std::lock_guard lock(run->mutex);
                run->connection = nullptr;
                if (run->abandoned)
                    return;
            }
            if (parity) {
                for (const store::LanguageParity &p : std::as_const(*parity))
                    figures << QStringLiteral("%1 %2").arg(p.language, percentLabel(p.percent()));
            }
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, languages, figures, entries] {
            if (!self)
                return;
            self->m_counting = false;
            self->showEntries(entries);
            self->showParity(languages, figures);
            if (self->m_pending) {
                self->m_pending = false;
                self->countParity();
            }
        });
    });
}

void WorkspaceStatus::showEntries(qint64 count)
{
    if (count < 0)
        return;
    const QString ui = uiLanguage();
    auto phrase = i18n::formatCount(i18n::CountedThing::Entries, {count, 0}, ui);
    m_entries->setText(QStringLiteral("· ") + (phrase ? *phrase : QString::number(count)));
}

void WorkspaceStatus::showParity(const QStringList &languages, const QStringList &figures)
{
    const QString text = figures.join(QStringLiteral(" / "));
    m_parityText = text.isEmpty() ? QString() : tr("· parity %1").arg(text);
    QStringList links;
    for (qsizetype i = 0; i < figures.size() && i < languages.size(); ++i)
        links << QStringLiteral("<a href=\"queue:%1\">%2</a>").arg(languages.at(i).toHtmlEscaped(), figures.at(i).toHtmlEscaped());
    m_parity->setText(text.isEmpty() ? QString() : tr("· parity %1").arg(links.join(QStringLiteral(" / "))));
    m_parity->setToolTip(tr("Comprehension parity: the share of the workspace's texts readable in each working language. "
                            "Click a language to see what waits for a translation into it."));
}

QString WorkspaceStatus::fileText() const
{
    return m_file->text() + u' ' + m_entries->text();
}

QString WorkspaceStatus::parityText() const
{
    return m_parityText;
}

QString WorkspaceStatus::backupText() const
{
    return m_backup->text();
}

} // namespace trellis::gui
