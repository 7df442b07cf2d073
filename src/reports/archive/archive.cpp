#include "reports/archive/archive.h"

#include "io/ledgercsvexport.h"
#include "reports/archive/archiveindex.h"
#include "reports/archive/zipfile.h"
#include "reports/csv/csvreport.h"
#include "reports/html/htmlreport.h"
#include "reports/pdf/pdfwriter.h"
#include "reports/reportrequest.h"
#include "store/ledgerchain.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace trellis::reports {
namespace {

/// Writes files into the archive folder, keeping files whose bytes did not change, and hashes them.
class ArchiveFolder {
public:
    explicit ArchiveFolder(const QString &folder) : m_dir(folder) {}

    /// Produces a file's bytes in memory-sized chunks through write, then stores them at name.
    Status put(const QString &name, const std::function<Status(QIODevice &)> &write)
    {
        const QString path = m_dir.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).path()))
            return makeError(ErrorCode::Io, QCoreApplication::translate("Archive", "Cannot create the folder %1.")
                                                .arg(QFileInfo(path).path()));
        QByteArray hash;
        Status saved = saveAtomically(path + QStringLiteral(".new"), [&](QIODevice &device) -> Status {
            HashingDevice hashing(device);
            hashing.open(QIODevice::WriteOnly);
            TRELLIS_TRY(write(hashing));
            hash = hashing.result();
            return {};
        });
        if (!saved)
            return saved;
        // An unchanged file keeps its bytes (and time stamp); a changed one replaces the old.
        if (QFile::exists(path) && fileHash(path) == hash) {
            QFile::remove(path + QStringLiteral(".new"));
            m_unchanged.append(name);
        } else {
            QFile::remove(path);
            if (!QFile::rename(path + QStringLiteral(".new"), path))
                return makeError(ErrorCode::Io, QCoreApplication::translate("Archive", "Cannot write %1.").arg(path));
        }
        m_hashes.insert(name, QString::fromLatin1(hash.toHex()));
        return {};
    }

    const QMap<QString, QString> &hashes() const { return m_hashes; }
    const QStringList &unchanged() const { return m_unchanged; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash sha(QCryptographicHash::Sha256);
        sha.addData(&file);
        return sha.result();
    }

private:
    /// Passes bytes through to a device and hashes them on the way.
    class HashingDevice : public QIODevice {
    public:
        explicit HashingDevice(QIODevice &target) : m_target(target) {}
        QByteArray result() const { return m_sha.result(); }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *data, qint64 size) override
        {
            const qint64 n = m_target.write(data, size);
            if (n > 0)
                m_sha.addData(QByteArrayView(data, n));
            if (n < 0)
                setErrorString(m_target.errorString());
            return n;
        }

    private:
        QIODevice &m_target;
        QCryptographicHash m_sha{QCryptographicHash::Sha256};
    };

    QDir m_dir;
    QMap<QString, QString> m_hashes;
    QStringList m_unchanged;
};

} // namespace

Result<ArchiveSummary> writeArchive(store::Workspace &ws, const ArchiveRequest &request, const QString &folder,
                                    const WriteOptions &options)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Archive", "Cannot create the folder %1.").arg(folder));
    ArchiveFolder out(folder);
    ArchiveIndex index;
    const QDate handedOver = request.handedOverOn.isValid() ? request.handedOverOn : QDate::currentDate();

    int step = 0;
    const int steps = 4 * 3 + 2;
    const auto progressed = [&]() -> bool {
        ++step;
        return !options.keepGoing || options.keepGoing(step, steps);
    };
    for (auto kind : {ReportKind::LedgerReview, ReportKind::RetroReport, ReportKind::ProtocolHandbook,
                      ReportKind::PartnerDirectory}) {
        ReportRequest report;
        report.kind = kind;
        report.first = request.first;
        report.second = request.second;
        report.uiLanguage = request.uiLanguage;
        report.dated = false;
        // The HTML page and the CSVs each pull the document's rows once: one build for each.
        auto doc = buildReport(ws, report);
        if (!doc)
            return doc.error();
        index.first = doc->first;
        index.second = doc->second;
        const QString key = reportKindKey(kind);
        const QString page = QStringLiteral("reports/%1.html").arg(key);
        TRELLIS_TRY(out.put(page, [&](QIODevice &d) { return writeHtml(*doc, d); }));
        index.reports.append({doc->title, page});
        if (!progressed())
            return stoppedError();
        // The same report as PDF, undated so that an unchanged report keeps its hash.
        const QString pdf = QStringLiteral("reports/%1.pdf").arg(key);
        TRELLIS_TRY(out.put(pdf, [&](QIODevice &d) -> Status {
            std::atomic<bool> stop = false;
            ExportControl control;
            control.stop = &stop;
            control.stampCreationDate = false;
            control.progress = [&](qint64, qint64) {
                if (options.keepGoing && !options.keepGoing(step, steps))
                    stop = true;
            };
            Status written = writePdf([&] { return buildReport(ws, report); }, d, control);
            return !written && stop ? Status(stoppedError()) : written;
        }));
        index.pdfs.append({doc->title, pdf});
        if (!progressed())
            return stoppedError();
        auto again = buildReport(ws, report);
        if (!again)
            return again.error();
        const auto tables = csvTables(*again);
        if (tables.isEmpty()) {
            const QString csv = QStringLiteral("csv/%1.csv").arg(key);
            TRELLIS_TRY(out.put(csv, [&](QIODevice &d) { return writeCsv(*again, d); }));
            index.tables.append({doc->title, csv});
        }
        for (const Table *table : tables) {
            const QString csv = QStringLiteral("csv/%1-%2.csv").arg(key, table->csvName);
            TRELLIS_TRY(out.put(csv, [&](QIODevice &d) { return writeTableCsv(*table, d); }));
            index.tables.append({table->caption.isEmpty() ? table->csvName : table->caption, csv});
        }
        if (!progressed())
            return stoppedError();
    }
    // Every ledger entry, drafts too, as the ledger export writes them.
    TRELLIS_TRY(out.put(QStringLiteral("csv/ledger-entries.csv"), [&](QIODevice &d) -> Status {
        auto s = io::exportLedgerCsv(ws, d);
        return s ? Status{} : Status(s.error());
    }));
    index.tables.append({QCoreApplication::translate("Archive", "Every ledger entry"), QStringLiteral("csv/ledger-entries.csv")});

    auto tip = store::chainTip(ws.database());
    if (!tip)
        return tip.error();
    auto settings = ws.settings();
    if (!settings)
        return settings.error();
    index.alliance = settings->name;
    index.uiLanguage = request.uiLanguage.isEmpty() ? QStringLiteral("en") : request.uiLanguage;
    index.chainHead = QString::fromLatin1(tip->head.toHex());
    index.chainEntries = tip->length;
    index.custodian = request.custodian;
    index.handedOverOn = handedOver;
    TRELLIS_TRY(out.put(QStringLiteral("handover.html"), [&](QIODevice &d) { return index.writeHandover(d); }));
    TRELLIS_TRY(out.put(QStringLiteral("index.html"), [&](QIODevice &d) { return index.writeIndex(d); }));
    if (!progressed())
        return stoppedError();

    // The manifest last, in sha256sum's format, sorted by path.
    ArchiveSummary summary;
    QByteArray manifest;
    for (auto it = out.hashes().cbegin(); it != out.hashes().cend(); ++it) {
        manifest += it.value().toLatin1() + "  " + it.key().toUtf8() + '\n';
        summary.files.append(it.key());
    }
    TRELLIS_TRY(saveAtomically(out.path(QStringLiteral("MANIFEST.sha256")), [&](QIODevice &d) -> Status {
        if (d.write(manifest) != manifest.size())
            return makeError(ErrorCode::Io, d.errorString());
        return {};
    }));
    summary.unchanged = out.unchanged();
    summary.unchanged.sort();
    summary.chainHead = index.chainHead;
    summary.chainEntries = index.chainEntries;
    if (request.zip) {
        QStringList names = summary.files;
        names.append(QStringLiteral("MANIFEST.sha256"));
        const QString zipPath = QDir::cleanPath(folder) + QStringLiteral(".zip");
        const QString root = QFileInfo(QDir::cleanPath(folder)).fileName();
        TRELLIS_TRY(saveAtomically(zipPath, [&](QIODevice &d) { return writeZip(d, folder, names, root); }));
        summary.zipPath = zipPath;
    }
    log::get("reports")->info("archive written: {} files, {} unchanged", summary.files.size(), summary.unchanged.size());
    return summary;
}

} // namespace trellis::reports
