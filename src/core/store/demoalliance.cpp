#include "store/demoalliance.h"

#include "store/bulkload.h"
#include "store/democampaigns.h"
#include "store/demoledger.h"
#include "store/demopartners.h"
#include "store/demorisks.h"
#include "store/demorituals.h"
#include "store/demoretros.h"
#include "store/incidentstore.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

namespace trellis::store {

qint64 DemoSummary::of(const QString &nouns) const
{
    for (const Count &c : counts) {
        if (c.nouns == nouns)
            return c.count;
    }
    return 0;
}

QString DemoSummary::text() const
{
    QStringList parts;
    for (const Count &c : counts)
        parts << QStringLiteral("%1 %2").arg(c.count).arg(c.count == 1 ? c.noun : c.nouns);
    return parts.join(QStringLiteral(", "));
}

Result<DemoSummary> writeDemoAlliance(const QString &path, qint64 entries)
{
    if (entries < 0 || entries > 10'000'000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The demo holds between 0 and 10,000,000 entries"));
    auto ws = Workspace::create(path,
                                {QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("ar"),
                                 QStringLiteral("pt-BR"), QStringLiteral("he"), QStringLiteral("zh-Hans")},
                                QStringLiteral("Slow Solidarity Alliance"));
    if (!ws)
        return ws.error();
    ws->setAuthor(QStringLiteral("demo"));
    DemoSummary summary;
    PartnerStore partnerStore(*ws);
    QList<qint64> ids;
    QStringList languages;
    for (domain::Partner partner : demo::partners()) {
        auto id = partnerStore.add(partner);
        if (!id)
            return id.error();
        ids << *id;
        languages << partner.name.originalLanguage();
    }
    summary.add(ids.size(), QStringLiteral("partner"), QStringLiteral("partners"));
    WorkspaceSettings settings = *ws->settings();
    settings.homePartnerId = ids.last();
    settings.defaultCurrency = QStringLiteral("EUR");
    TRELLIS_TRY(ws->saveSettings(settings));

    LedgerStore ledger(*ws);
    constexpr qint64 kBatch = 8192;
    qint64 written = 0;   // entries, reversals included: exactly `entries` in the end
    qint64 generated = 0; // index of the next generated entry
    // The whole ledger as one bulk load (a new file: nothing to lose to a kill): the search and
    // list indexes are filled once at the end.
    auto whole = Transaction::begin(ws->database());
    if (!whole)
        return whole.error();
    auto bulk = BulkLoad::begin(ws->database(), entries);
    if (!bulk)
        return bulk.error();
    while (written < entries) {
        // One transaction per batch: its entries, their corrections and consents.
        auto tx = Transaction::begin(ws->database());
        if (!tx)
            return tx.error();
        QList<domain::LedgerEntry> batch =
            demo::ledgerEntries(std::min(kBatch, entries - written), ids, languages, generated);
        generated += batch.size();
        TRELLIS_TRY(ledger.addBatch(batch));
        written += batch.size();
        // Corrections and consent, as an alliance really produces them.
        for (const domain::LedgerEntry &e : std::as_const(batch)) {
            if (e.status != domain::EntryStatus::Posted)
                continue;
            if (e.stamp.id % 97 == 0 && written < entries) {
                auto r = ledger.reverse(e.stamp.id, domain::BilingualText(QStringLiteral("en"),
                                                    QStringLiteral("Recorded twice; reversed")), e.date.addDays(3));
                if (!r)
                    return r.error();
                ++written;
            } else if (e.kind == domain::ContributionKind::Funds && e.stamp.id % 5 != 0) {
                TRELLIS_TRY(ledger.recordConsent(e.stamp.id, e.fromPartnerId, true, QStringLiteral("Treasurer")));
                if (e.stamp.id % 3 != 0)
                    TRELLIS_TRY(ledger.recordConsent(e.stamp.id, e.toPartnerId, true, QStringLiteral("Coordinator")));
            }
        }
        TRELLIS_TRY(tx->commit());
    }
    TRELLIS_TRY(bulk->finish());
    TRELLIS_TRY(whole->commit());
    summary.add(*ledger.count(), QStringLiteral("ledger entry"), QStringLiteral("ledger entries"));

    RetroStore retroStore(*ws);
    const QList<domain::Retro> retros = demo::retros(ids);
    for (domain::Retro retro : retros) {
        if (auto id = retroStore.add(retro); !id)
            return id.error();
    }
    summary.add(retros.size(), QStringLiteral("retro"), QStringLiteral("retros"));
    ProtocolStore protocolStore(*ws);
    QList<qint64> protocolIds;
    for (domain::ConflictProtocol protocol : demo::protocols(ids)) {
        auto id = protocolStore.add(protocol);
        if (!id)
            return id.error();
        protocolIds << *id;
    }
    summary.add(protocolIds.size(), QStringLiteral("conflict protocol"), QStringLiteral("conflict protocols"));
    domain::Incident incident = demo::incident(protocolIds.first());
    if (auto id = IncidentStore(*ws).add(incident); !id)
        return id.error();
    summary.add(1, QStringLiteral("incident"), QStringLiteral("incidents"));
    domain::Rehearsal rehearsal = demo::rehearsal(ids);
    if (auto id = RehearsalStore(*ws).add(rehearsal); !id)
        return id.error();
    summary.add(1, QStringLiteral("rupture rehearsal"), QStringLiteral("rupture rehearsals"));
    TRELLIS_TRY_ASSIGN(const int campaigns, demo::writeCampaigns(*ws, ids));
    summary.add(campaigns, QStringLiteral("campaign"), QStringLiteral("campaigns"));
    TRELLIS_TRY_ASSIGN(const int risks, demo::writeSharedRisks(*ws, ids));
    summary.add(risks, QStringLiteral("shared risk"), QStringLiteral("shared risks"));
    TRELLIS_TRY_ASSIGN(const int crossovers, demo::writeCrossovers(*ws, ids));
    summary.add(crossovers, QStringLiteral("narrative crossover"), QStringLiteral("narrative crossovers"));
    TRELLIS_TRY_ASSIGN(const int rituals, demo::writeRituals(*ws, ids));
    summary.add(rituals, QStringLiteral("ritual"), QStringLiteral("rituals"));
    TRELLIS_TRY_ASSIGN(const int pauses, demo::writePauses(*ws, ids));
    summary.add(pauses, QStringLiteral("pause"), QStringLiteral("pauses"));
    TRELLIS_TRY(demo::writeRhythmRecords(*ws, ids, protocolIds.last(), summary));
    log::get("store")->info("demo alliance written with {} ledger entries", summary.of(QStringLiteral("ledger entries")));
    return summary;
}

} // namespace trellis::store
