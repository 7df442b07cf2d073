#include "gui/importwizard/importrun.h"

#include "store/partnerstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QThread>
#include <QTimer>

namespace trellis::gui {

ImportRun::ImportRun(QObject *parent) : QObject(parent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] { Q_EMIT progress(m_rows.load()); });
}

ImportRun::~ImportRun()
{
    m_stop = true;
    wait();
}

bool ImportRun::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportRun::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ImportRun::start(const QString &workspacePath, const QString &author, const QString &csvPath,
                      io::LedgerImportOptions options, QList<io::UnknownPartnerName> create)
{
    Q_ASSERT(!isRunning());
    m_stop = false;
    m_rows = 0;
    m_outcome = std::make_shared<ImportOutcome>();
    auto outcome = m_outcome;
    m_thread = QThread::create([=, this, options = std::move(options), create = std::move(create)]() mutable {
        *outcome = run(workspacePath, author, csvPath, std::move(options), create, m_stop, m_rows);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_poll->stop();
        Q_EMIT progress(m_rows.load());
        Q_EMIT finished(*outcome);
    });
    m_poll->start();
    m_thread->start();
}

ImportOutcome ImportRun::run(const QString &workspacePath, const QString &author, const QString &csvPath,
                             io::LedgerImportOptions options, const QList<io::UnknownPartnerName> &create,
                             const std::atomic<bool> &stop, std::atomic<qint64> &rowsRead)
{
    ImportOutcome outcome;
    store::OpenOptions open;
    open.dailyBackup = false;
    open.quickCheck = store::QuickCheck::Never;
    auto ws = store::Workspace::open(workspacePath, open);
    if (!ws) {
        outcome.error = ws.error().message;
        return outcome;
    }
    ws->setAuthor(author);
    auto tx = store::Transaction::begin(ws->database());
    if (!tx) {
        outcome.error = tx.error().message;
        return outcome;
    }
    for (const io::UnknownPartnerName &name : create) {
        domain::Partner partner;
        partner.name = domain::BilingualText(name.language, name.name);
        partner.kind = domain::PartnerKind::Other;
        auto id = store::PartnerStore(*ws).add(partner);
        if (!id) {
            outcome.error = id.error().message;
            return outcome;
        }
        outcome.createdPartners << *id;
    }
    options.keepGoing = [&](qint64 rows) {
        rowsRead = rows;
        return !stop.load();
    };
    const bool ask = options.insidePauses == io::InsidePauses::Ask;
    io::LedgerImport import(*ws, std::move(options));
    auto report = import.run(csvPath);
    if (!report) {
        outcome.stopped = stop.load();
        outcome.error = report.error().message;
        outcome.askInsidePauses = ask && !outcome.stopped && report.error().code == ErrorCode::Conflict
            && !import.lastReport().insidePauses.isEmpty();
        if (outcome.askInsidePauses)
            outcome.report = import.lastReport();
        outcome.createdPartners.clear();
        return outcome; // the transaction rolls back: the partners go too
    }
    if (auto committed = tx->commit(); !committed) {
        outcome.error = committed.error().message;
        outcome.createdPartners.clear();
        return outcome;
    }
    outcome.report = *report;
    outcome.report.partnersCreated += outcome.createdPartners.size();
    log::get("gui")->info("ledger import: {} rows read, {} imported, {} partners created", report->rowsRead,
                          report->imported, outcome.createdPartners.size());
    return outcome;
}

} // namespace trellis::gui
