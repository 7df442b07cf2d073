#include "gui/workspacestatus.h"

#include "i18n/phrases.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/workspace.h"
#include "store/workspacequery.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QCoreApplication>
#include <QPointer>

namespace trellis::gui {

WorkspaceStatus::WorkspaceStatus(store::Workspace &workspace, QWidget *parent) : QWidget(parent), m_ws(workspace)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLabel(this);
    m_entries = new QLabel(this);
    m_parity = new QLabel(this);
    m_parity->setObjectName(QStringLiteral("parity"));
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
    if (m_worker.joinable())
        m_worker.join();
}

void WorkspaceStatus::refresh()
{
    const QFileInfo info(m_ws.path());
    m_file->setText(info.fileName());
    m_file->setToolTip(info.absoluteFilePath());
    const QString ui = QLocale().name().section(u'_', 0, 0);
    if (auto count = store::LedgerStore(m_ws).count()) {
        auto phrase = i18n::formatCount(i18n::CountedThing::Entries, {*count, 0}, ui);
        m_entries->setText(QStringLiteral("· ") + (phrase ? *phrase : QString::number(*count)));
    }
    const QStringList backups = store::automaticBackups(m_ws.path());
    m_backup->setText(backups.isEmpty()
                          ? tr("· no automatic backup yet")
                          : tr("· last backup %1").arg(QLocale().toString(QFileInfo(backups.first()).lastModified(),
                                                                          QLocale::ShortFormat)));
    countParity();
}

void WorkspaceStatus::countParity()
{
    // Parity reads every text once: on a million entries that is a second's work, so it runs on a
    // worker thread with its own read-only connection and reports back to this widget.
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
        m_parity->setText(tr("· parity: counting…"));
    m_counting = true;
    QPointer<WorkspaceStatus> self(this);
    m_worker = std::thread([self, path, languages] {
        QString text;
        if (auto db = store::Database::open(path, store::OpenMode::ReadOnly)) {
            // One pass over every text: a small page cache (it also bounds the sorter's memory)
            // keeps this count from holding tens of MiB on a million entries.
            (void)db->exec(QStringLiteral("PRAGMA cache_size = -2048"));
            if (auto parity = store::comprehensionParity(*db, languages)) {
                QStringList parts;
                for (const store::LanguageParity &p : std::as_const(*parity))
                    parts << QStringLiteral("%1 %2%").arg(p.language).arg(p.percent());
                text = parts.join(QStringLiteral(" / "));
            }
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, text] {
            if (!self)
                return;
            self->m_counting = false;
            self->showParity(text);
            if (self->m_pending) {
                self->m_pending = false;
                self->countParity();
            }
        });
    });
}

void WorkspaceStatus::showParity(const QString &text)
{
    m_parity->setText(text.isEmpty() ? QString() : tr("· parity %1").arg(text));
    m_parity->setToolTip(tr("Comprehension parity: the share of the workspace's texts readable in each working language"));
}

QString WorkspaceStatus::fileText() const
{
    return m_file->text() + u' ' + m_entries->text();
}

QString WorkspaceStatus::parityText() const
{
    return m_parity->text();
}

QString WorkspaceStatus::backupText() const
{
    return m_backup->text();
}

} // namespace trellis::gui
