#include "io/ledgerimport.h"

#include "io/csvwriter.h"
#include "io/partnermatch.h"
#include "i18n/searchkey.h"
#include "store/bulkload.h"
#include "store/ledgerbulkinsert.h"
#include "store/database.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QFile>

#include <limits>
#include <optional>

namespace trellis::io {
namespace {

constexpr qsizetype kBatchSize = 4096; // four INSERTs of 1024 rows per table (see insertLedgerEntries)
// Stand-in ids for partners an import will create, so the entry's own rules can be checked first.
constexpr qint64 kNewFrom = std::numeric_limits<qint64>::max() - 1;
constexpr qint64 kNewTo = std::numeric_limits<qint64>::max() - 2;

Result<QStringList> mappedHeader(QStringList header, const QHash<QString, QString> &columns)
{
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue; // "not in the file": after the renames, below
        bool found = false;
        for (QString &name : header) {
            if (headerKey(name) == headerKey(it.value())) {
                name = it.key();
                found = true;
            }
        }
        if (!found)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The header row has no column \"%1\" (mapped to %2).")
                                                          .arg(it.value(), it.key()));
    }
    // A field mapped to no header is not in the file, even where a column bears its name.
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        for (QString &name : header)
            if (it.value().isEmpty() && headerKey(name) == headerKey(it.key()))
                name = QStringLiteral("(unused) ") + name;
    }
    return header;
}

/// A larger page cache for the length of an import, so that a big import's transaction stays in
/// memory instead of spilling pages to the WAL before it commits; the old size comes back after.
class LargerPageCache {
public:
    static Result<LargerPageCache> begin(store::Database &db)
    {
        auto select = db.prepare(QStringLiteral("PRAGMA cache_size"));
        if (!select)
            return select.error();
        auto row = select->step();
        if (!row)
            return row.error();
        LargerPageCache cache(db, select->int64(0));
        TRELLIS_TRY(db.exec(QStringLiteral("PRAGMA cache_size = -262144"))); // 256 MiB at most
        return cache;
    }
    LargerPageCache(LargerPageCache &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)), m_old(other.m_old) {}
    ~LargerPageCache()
    {
        if (m_db)
            (void)m_db->exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_old));
    }

private:
    LargerPageCache(store::Database &db, qint64 old) : m_db(&db), m_old(old) {}
    store::Database *m_db;
    qint64 m_old;
};

/// Turns good CSV records into pending entries, and writes them batch by batch.
class RowImport {
public:
    RowImport(store::Workspace &ws, const LedgerImportOptions &options, PartnerDirectory &directory,
              LedgerImportReport &report, QList<rhythm::Pause> agreedPauses)
        : m_ws(ws), m_options(options), m_directory(directory), m_report(report), m_pauses(std::move(agreedPauses))
    {
    }

    /// Takes one good record: pending, a duplicate, or rejected (with its reason).
    Status take(const CsvRecord &record, const ColumnMap &columns, const LedgerRowFormat &format)
    {
        auto row = readLedgerRow(record.cells, columns, format);
        if (!row)
            return reject(record, row.error().message);
        domain::LedgerEntry &e = row->entry;
        auto from = match(row->fromName);
        auto to = match(row->toName);
        for (auto *side : {&from, &to}) {
            if (!*side && (side->error().code != ErrorCode::NotFound || !m_options.createPartners))
                return reject(record, (side == &from ? QStringLiteral("from: ") : QStringLiteral("to: "))
                                          + side->error().message
                                          + (side->error().code == ErrorCode::NotFound
                                                 ? m_options.unknownPartnerAdvice
                                                 : QString()));
        }
        const bool samePerson = !from && !to && i18n::searchKey(row->fromName) == i18n::searchKey(row->toName);
        e.fromPartnerId = from ? *from : kNewFrom;
        e.toPartnerId = to ? *to : (samePerson && !from ? kNewFrom : kNewTo);
        e.status = m_options.drafts ? domain::EntryStatus::Draft : domain::EntryStatus::Posted;
        if (auto valid = e.normalise(); !valid)
            return reject(record, valid.error().message);
        if (!from || !to) {
            // Both new partners, or neither: a savepoint undoes the first when the second fails.
            auto savepoint = store::Transaction::begin(m_ws.database());
            if (!savepoint)
                return savepoint.error();
            for (auto [side, name] : {std::pair{&e.fromPartnerId, row->fromName}, std::pair{&e.toPartnerId, row->toName}}) {
                if (*side != kNewFrom && *side != kNewTo)
                    continue;
                auto created = createPartner(name, e.narrative.isEmpty() ? format.defaultLanguage
                                                                         : e.narrative.originalLanguage());
                if (!created) {
                    m_created.clear();
                    return reject(record, QStringLiteral("the new partner cannot be created: ") + created.error().message);
                }
                *side = *created;
            }
            TRELLIS_TRY(savepoint->commit());
            m_matches.clear(); // the new names now find their partners
            for (const auto &[id, name, latin] : std::as_const(m_created)) {
                m_directory.add(id, name);
                m_directory.add(id, latin);
                ++m_report.partnersCreated;
                log::get("io")->info("ledger import: partner {} created", id);
            }
            m_created.clear();
        }
        const QByteArray identity = rowIdentity(e);
        const QString fingerprint = rowFingerprint(identity, ++m_occurrences[identity]);
        auto known = isKnown(fingerprint);
        if (!known)
            return known.error();
        if (*known) {
            ++m_report.duplicates;
            return {};
        }
        if (auto pause = rhythm::agreedPauseOn(m_pauses, e.fromPartnerId, e.toPartnerId, e.date)) {
            m_report.insidePauses.append({record.line, pause->stamp.id});
            if (m_options.insidePauses == InsidePauses::LeaveOut) {
                --m_occurrences[identity]; // not imported: a later import of the row is not a duplicate
                ++m_report.leftOut;
                log::get("io")->debug("ledger import: line {} left out, inside pause {}", record.line, pause->stamp.id);
                return {};
            }
        }
        m_pending.append(e);
        m_fingerprints.append(fingerprint);
        if (m_pending.size() >= kBatchSize)
            return flush();
        return {};
    }

    Status reject(const CsvRecord &record, const QString &reason)
    {
        ++m_report.rejected;
        m_report.rejections.append({record.line, reason, record.raw});
        log::get("io")->debug("ledger import: line {} rejected", record.line);
        return {};
    }

    Status flush()
    {
        if (m_pending.isEmpty())
            return {};
        TRELLIS_TRY(store::insertLedgerEntries(m_ws, m_pending));
        auto lease = m_ws.database().cached(
            QStringLiteral("INSERT INTO ledger_import_key(fingerprint, entry_id) VALUES (?, ?)"));
        if (!lease)
            return lease.error();
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            store::Statement &insert = lease->get();
            insert.reset();
            insert.bind(1, m_fingerprints[i]).bind(2, m_pending[i].stamp.id);
            TRELLIS_TRY(insert.run());
        }
        m_report.imported += m_pending.size();
        m_pending.clear();
        m_fingerprints.clear();
        return {};
    }

private:
    /// The directory's answer for a name, asked once per distinct name (files repeat their partners).
    Result<qint64> match(const QString &name)
    {
        auto known = m_matches.constFind(name);
        if (known != m_matches.constEnd())
            return *known;
        return *m_matches.insert(name, m_directory.match(name));
    }

    Result<qint64> createPartner(const QString &name, const QString &language)
    {
        domain::Partner partner;
        partner.name = domain::BilingualText(language, name);
        partner.kind = domain::PartnerKind::Other;
        auto id = store::PartnerStore(m_ws).add(partner);
        if (!id)
            return id.error();
        m_created.append({*id, partner.name.original(), partner.nameLatin});
        return *id;
    }

    Result<bool> isKnown(const QString &fingerprint)
    {
        auto lease = m_ws.database().cached(QStringLiteral("SELECT 1 FROM ledger_import_key WHERE fingerprint = ?"));
        if (!lease)
            return lease.error();
        store::Statement &select = lease->get();
        select.bind(1, fingerprint);
        return select.step();
    }

    store::Workspace &m_ws;
    const LedgerImportOptions &m_options;
    PartnerDirectory &m_directory;
    LedgerImportReport &m_report;
    const QList<rhythm::Pause> m_pauses; ///< agreed ones only
    QList<domain::LedgerEntry> m_pending;
    QStringList m_fingerprints;
    QHash<QByteArray, int> m_occurrences; ///< identity -> rows with it so far
    QHash<QString, Result<qint64>> m_matches; ///< name -> the directory's answer
    struct NewPartner {
        qint64 id;
        QString name;
        QString latin;
    };
    QList<NewPartner> m_created; ///< created for the current row, not yet findable
};

/// Why an InsidePauses::Ask import saved nothing: how many rows, and the first lines.
Error insidePausesError(const QList<PausedRow> &rows, const QString &advice)
{
    constexpr qsizetype kLinesNamed = 10;
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < kLinesNamed; ++i)
        lines << QString::number(rows[i].line);
    if (rows.size() > kLinesNamed)
        lines << QStringLiteral("and %1 more").arg(rows.size() - kLinesNamed);
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("%1 dated inside a pause its partners agreed (line%2 %3); nothing was saved.%4")
                         .arg(rows.size() == 1 ? QStringLiteral("1 row is") : QStringLiteral("%1 rows are").arg(rows.size()),
                              rows.size() == 1 ? QString() : QStringLiteral("s"), lines.join(QStringLiteral(", ")),
                              advice));
}

} // namespace

LedgerImport::LedgerImport(store::Workspace &workspace, LedgerImportOptions options)
    : m_ws(workspace), m_options(std::move(options))
{
}

Result<LedgerImportReport> LedgerImport::run(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return run(file);
}

Result<LedgerImportReport> LedgerImport::run(QIODevice &device)
{
    m_last = {};
    return runInto(device, m_last);
}

Result<LedgerImportReport> LedgerImport::runInto(QIODevice &device, LedgerImportReport &report)
{
    report.dryRun = m_options.dryRun;
    LedgerRowFormat format = m_options.format;
    if (format.defaultLanguage.isEmpty()) {
        auto settings = m_ws.settings();
        if (!settings)
            return settings.error();
        format.defaultLanguage = settings->workingLanguages.value(0, QStringLiteral("en"));
    }
    CsvReadOptions csv;
    csv.delimiter = m_options.delimiter;
    csv.hasHeader = true;
    csv.fieldCountMustMatch = true;
    CsvReader reader(device, csv);
    TRELLIS_TRY(reader.start());
    auto header = mappedHeader(reader.header(), m_options.columns);
    if (!header)
        return header.error();
    auto columns = ColumnMap::fromHeader(*header, ledgerImportFields());
    if (!columns)
        return columns.error();
    auto directory = PartnerDirectory::load(m_ws);
    if (!directory)
        return directory.error();
    for (auto it = m_options.partnerNames.cbegin(); it != m_options.partnerNames.cend(); ++it)
        directory->add(it.value(), it.key());
    auto pauses = store::PauseStore(m_ws).all();
    if (!pauses)
        return pauses.error();
    pauses->removeIf([](const rhythm::Pause &p) { return !p.isAgreed(); });
    auto tx = store::Transaction::begin(m_ws.database());
    if (!tx)
        return tx.error();
    auto cache = LargerPageCache::begin(m_ws.database());
    if (!cache)
        return cache.error();
    std::optional<store::BulkLoad> bulk;
    RowImport rows(m_ws, m_options, *directory, report, std::move(*pauses));
    CsvRecord record;
    for (;;) {
        if (m_options.keepGoing && !m_options.keepGoing(report.rowsRead))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The import was stopped; nothing was saved."));
        if (!bulk && m_options.path != ImportPath::RowByRow
            && (m_options.path == ImportPath::Bulk || report.rowsRead == kBulkImportRows)) {
            // The rows so far foretell the file's: how many entries the load adds, against what the
            // ledger holds, decides whether the list indexes are rebuilt after it. A forced bulk
            // load sets everything aside, the list indexes too.
            const qint64 expected = m_options.path == ImportPath::Bulk ? std::numeric_limits<qint64>::max()
                : device.pos() > 0 && !device.isSequential()
                ? qint64(double(report.rowsRead) * double(device.size()) / double(device.pos()))
                : 0;
            auto begun = store::BulkLoad::begin(m_ws.database(), expected);
            if (!begun)
                return begun.error();
            bulk.emplace(std::move(*begun));
        }
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more || (m_options.rowLimit > 0 && report.rowsRead >= m_options.rowLimit))
            break;
        ++report.rowsRead;
        const qint64 rejectedBefore = report.rejected, duplicatesBefore = report.duplicates;
        const qsizetype pausedBefore = report.insidePauses.size();
        TRELLIS_TRY(record.ok() ? rows.take(record, *columns, format) : rows.reject(record, record.reason));
        if (m_options.rowDone) {
            const bool rejected = report.rejected > rejectedBefore;
            m_options.rowDone({record, *columns, format,
                               rejected ? ImportRowOutcome::Rejected
                                        : report.duplicates > duplicatesBefore ? ImportRowOutcome::Duplicate
                                                                               : ImportRowOutcome::Accepted,
                               rejected ? report.rejections.last().reason : QString(),
                               report.insidePauses.size() > pausedBefore});
        }
    }
    TRELLIS_TRY(rows.flush());
    if (bulk)
        TRELLIS_TRY(bulk->finish());
    if (!m_options.dryRun && m_options.insidePauses == InsidePauses::Ask && !report.insidePauses.isEmpty())
        return insidePausesError(report.insidePauses, m_options.insidePausesAdvice); // the transaction rolls back
    if (!m_options.dryRun)
        TRELLIS_TRY(tx->commit());
    log::get("io")->info("ledger import{}: {} rows read, {} imported, {} rejected, {} duplicates skipped, {} inside "
                         "agreed pauses ({} left out)",
                         m_options.dryRun ? " (dry run)" : "", report.rowsRead, report.imported, report.rejected,
                         report.duplicates, report.insidePauses.size(), report.leftOut);
    return report;
}

Result<QHash<QString, QString>> parseColumnMapping(const QString &spec)
{
    QStringList known;
    for (const ImportField &field : ledgerImportFields())
        known << field.name;
    QHash<QString, QString> mapping;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString field = headerKey(part.left(eq));
        const QString header = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 || header.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The column mapping \"%1\" is not field=Header (e.g. date=Fecha).").arg(part.trimmed()));
        if (!known.contains(field))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a field; the fields are %2.")
                                                          .arg(part.left(eq).trimmed(), known.join(QStringLiteral(", "))));
        if (mapping.contains(field))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The field %1 is mapped twice.").arg(field));
        mapping.insert(field, header);
    }
    if (mapping.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The column mapping is empty (e.g. date=Fecha,from=De)."));
    return mapping;
}

Result<ColumnMap> ledgerColumnMap(const QStringList &header, const QHash<QString, QString> &columns)
{
    auto mapped = mappedHeader(header, columns);
    if (!mapped)
        return mapped.error();
    return ColumnMap::fromHeader(*mapped, ledgerImportFields());
}

Status writeRejects(QIODevice &device, const QList<ImportRejection> &rejections)
{
    CsvWriter writer(device);
    TRELLIS_TRY(writer.writeRecord(QStringList{QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("raw")}));
    for (const ImportRejection &r : rejections)
        TRELLIS_TRY(writer.writeRecord(QList<CsvCell>{CsvCell::number(QString::number(r.line)), CsvCell::text(r.reason),
                                                      CsvCell::text(QString::fromUtf8(r.raw))}));
    return {};
}

} // namespace trellis::io
