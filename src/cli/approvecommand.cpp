// trellis-cli approve: one side's approval (or withdrawal) of a funds entry, and where consent stands.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "store/ledgerstore.h"

namespace trellis::cli {
namespace {

const QString kApproveCommand = QStringLiteral("approve");

QString sideState(const store::Consent &consent, qint64 partnerId)
{
    for (auto it = consent.history.crbegin(); it != consent.history.crend(); ++it) {
        if (it->partnerId == partnerId)
            return it->approve ? QStringLiteral("approved by %1 at %2").arg(it->byName, it->at)
                               : QStringLiteral("approval withdrawn by %1 at %2").arg(it->byName, it->at);
    }
    return QStringLiteral("not approved yet");
}

} // namespace

int approveCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("partner"), QStringLiteral("by"), QStringLiteral("note")},
                     {QStringLiteral("withdraw")});
    if (!line.expectPositionals(2, 2, QStringLiteral("approve FILE ENTRY_ID --partner P --by NAME [--note TEXT] [--withdraw]")))
        return ledgerUsage(kApproveCommand, line.error());
    bool isNumber = false;
    const qint64 entryId = line.positionals().at(1).toLongLong(&isNumber);
    if (!isNumber || entryId <= 0)
        return ledgerUsage(kApproveCommand, QStringLiteral("ENTRY_ID is a ledger entry's number, not \"%1\"").arg(line.positionals().at(1)));
    if (!line.value(QStringLiteral("partner")) || !line.value(QStringLiteral("by")))
        return ledgerUsage(kApproveCommand, QStringLiteral("--partner and --by are required: which side approves, and who speaks for it"));
    auto ws = openLedgerWorkspace(line.positionals().first(), false);
    if (!ws)
        return ledgerFailure(kApproveCommand, ws.error());
    auto directory = io::PartnerDirectory::load(*ws);
    if (!directory)
        return ledgerFailure(kApproveCommand, directory.error());
    auto partner = partnerOption(line, QStringLiteral("partner"), *directory);
    if (!partner)
        return ledgerFailure(kApproveCommand, partner.error());
    store::LedgerStore ledger(*ws);
    const bool approve = !line.flag(QStringLiteral("withdraw"));
    auto recorded = ledger.recordConsent(entryId, **partner, approve, *line.value(QStringLiteral("by")),
                                         line.value(QStringLiteral("note")).value_or(QString()));
    if (!recorded)
        return ledgerFailure(kApproveCommand, recorded.error());
    auto entry = ledger.get(entryId);
    auto consent = ledger.consent(entryId);
    if (!entry || !consent)
        return ledgerFailure(kApproveCommand, (!entry ? entry.error() : consent.error()));
    out(QStringLiteral("entry %1: funds %2 %3 from %4 to %5")
            .arg(entryId).arg(entry->quantity->toPlainString(), entry->quantity->unit.key(),
                              directory->name(entry->fromPartnerId), directory->name(entry->toPartnerId)));
    out(QStringLiteral("  %1 (giving): %2").arg(directory->name(entry->fromPartnerId), sideState(*consent, entry->fromPartnerId)));
    out(QStringLiteral("  %1 (receiving): %2").arg(directory->name(entry->toPartnerId), sideState(*consent, entry->toPartnerId)));
    if (consent->disbursed())
        out(QStringLiteral("consent: disbursed (both sides approve)"));
    else if (!consent->fromApproved && !consent->toApproved)
        out(QStringLiteral("consent: proposed (no side approves)"));
    else
        out(QStringLiteral("consent: proposed (awaiting %1)")
                .arg(directory->name(consent->fromApproved ? entry->toPartnerId : entry->fromPartnerId)));
    return Success;
}

} // namespace trellis::cli
