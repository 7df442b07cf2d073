// trellis-cli balance: per-unit given, received, net and asymmetry, and the narrative-only entries.
#include "cli/commands.h"
#include "cli/jsonstream.h"
#include "cli/ledgercli.h"
#include "store/balances.h"


namespace trellis::cli {
namespace {

const QString kBalanceCommand = QStringLiteral("balance");

QString exact(qint64 minorUnits, const QString &unitKey)
{
    auto unit = domain::Unit::parse(unitKey);
    return domain::Quantity{minorUnits, unit ? *unit : domain::Unit::words()}.toPlainString();
}

void partnerJson(JsonStream &json, const char *key, const io::PartnerDirectory &directory, std::optional<qint64> id)
{
    if (!id) {
        json.null(key);
        return;
    }
    json.beginObject(key).value("id", *id).value("name", directory.name(*id)).endObject();
}

/// One balance as a JSON object; streamed, as every partner's narratives can run to millions.
void balanceJson(JsonStream &json, const store::Balance &b, const io::PartnerDirectory &directory, bool totals)
{
    json.beginObject();
    partnerJson(json, "partner", directory, b.partnerId);
    partnerJson(json, "with", directory, b.otherPartnerId);
    json.beginArray("units");
    for (const store::UnitBalance &u : b.units) {
        const auto asymmetry = u.asymmetry();
        const auto x = [&](qint64 v) { return exact(v, u.unit); };
        json.beginObject().value("unit", u.unit).value("given", x(u.given)).value("received", x(u.received))
            .value("net", x(u.net()));
        if (asymmetry)
            json.value("asymmetry", asymmetry->toString());
        else
            json.null("asymmetry");
        json.value("entries", u.entries)
            .beginObject("funds")
            .value("proposed_given", x(u.fundsProposedGiven)).value("proposed_received", x(u.fundsProposedReceived))
            .value("disbursed_given", x(u.fundsDisbursedGiven)).value("disbursed_received", x(u.fundsDisbursedReceived))
            .endObject()
            .endObject();
    }
    json.endArray();
    if (totals) {
        json.endObject();
        return;
    }
    json.beginObject("narrative_only").value("count", qint64(b.narrativeOnly.size())).beginArray("entries");
    for (const store::NarrativeContribution &n : b.narrativeOnly) {
        json.newline()
            .beginObject()
            .value("id", n.entryId).value("date", n.date.toString(Qt::ISODate))
            .value("from", n.fromPartnerId).value("to", n.toPartnerId)
            .value("kind", domain::contributionKindKey(n.kind)).value("language", n.language)
            .value("narrative", n.narrative)
            .endObject();
    }
    json.endArray().endObject().endObject();
}

void printBalance(const store::Balance &b, const io::PartnerDirectory &directory, bool totals)
{
    const auto named = [&](qint64 id) { return QStringLiteral("%1 (%2)").arg(directory.name(id)).arg(id); };
    out(QStringLiteral("%1 with %2, %3:").arg(named(b.partnerId),
                                             b.otherPartnerId ? named(*b.otherPartnerId) : QStringLiteral("all partners"),
                                             b.period.toString()));
    if (b.units.isEmpty())
        out(QStringLiteral("  no counted contributions"));
    for (const store::UnitBalance &u : b.units) {
        const auto asymmetry = u.asymmetry();
        out(QStringLiteral("  %1: given %2, received %3, net %4, asymmetry %5")
                .arg(u.unit, exact(u.given, u.unit), exact(u.received, u.unit), exact(u.net(), u.unit),
                     asymmetry ? asymmetry->toString() : QStringLiteral("none")));
        if (u.fundsProposedGiven != 0 || u.fundsProposedReceived != 0)
            out(QStringLiteral("    funds proposed: given %1, received %2; disbursed: given %3, received %4")
                    .arg(exact(u.fundsProposedGiven, u.unit), exact(u.fundsProposedReceived, u.unit),
                         exact(u.fundsDisbursedGiven, u.unit), exact(u.fundsDisbursedReceived, u.unit)));
    }
    if (totals)
        return;
    out(QStringLiteral("  narrative-only contributions: %1").arg(b.narrativeOnly.size()));
    for (const store::NarrativeContribution &n : b.narrativeOnly)
        out(QStringLiteral("    %1 %2 to %3, %4 [%5]: %6")
                .arg(n.date.toString(Qt::ISODate), directory.name(n.fromPartnerId), directory.name(n.toPartnerId),
                     domain::contributionKindKey(n.kind), n.language, n.narrative.simplified()));
}

} // namespace

int balanceCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("partner"), QStringLiteral("with"), QStringLiteral("period")},
                     {QStringLiteral("json"), QStringLiteral("totals")});
    if (!line.expectPositionals(1, 1, QStringLiteral("balance FILE [--partner A] [--with B] [--period 2026-Q3] [--totals] [--json]")))
        return ledgerUsage(kBalanceCommand, line.error());
    if (line.value(QStringLiteral("with")) && !line.value(QStringLiteral("partner")))
        return ledgerUsage(kBalanceCommand, QStringLiteral("--with needs --partner"));
    auto period = store::Period::parse(line.value(QStringLiteral("period")).value_or(QString()));
    if (!period)
        return ledgerUsage(kBalanceCommand, QStringLiteral("--period: ") + period.error().message);
    auto ws = openLedgerWorkspace(line.positionals().first(), true);
    if (!ws)
        return ledgerFailure(kBalanceCommand, ws.error());
    auto directory = io::PartnerDirectory::load(*ws);
    if (!directory)
        return ledgerFailure(kBalanceCommand, directory.error());
    auto partner = partnerOption(line, QStringLiteral("partner"), *directory);
    auto with = partnerOption(line, QStringLiteral("with"), *directory);
    if (!partner || !with)
        return ledgerFailure(kBalanceCommand, (!partner ? partner : with).error());
    // One partner: its balance. Every partner: all of them from one pass over the ledger; with
    // --totals, the per-unit figures only (no narrative-only lists), summed in one grouped pass.
    const bool totals = line.flag(QStringLiteral("totals"));
    store::Balances balances(*ws);
    QList<store::Balance> computed;
    if (*partner) {
        auto one = balances.between(**partner, *with, *period);
        if (!one)
            return ledgerFailure(kBalanceCommand, one.error());
        if (totals)
            one->narrativeOnly.clear();
        computed.append(*one);
    } else {
        auto every = totals ? balances.totals(*period) : balances.all(*period);
        if (!every)
            return ledgerFailure(kBalanceCommand, every.error());
        computed = std::move(*every);
    }
    if (!line.flag(QStringLiteral("json"))) {
        for (const store::Balance &balance : std::as_const(computed))
            printBalance(balance, *directory, totals);
        return Success;
    }
    JsonStream json(stdout);
    json.beginObject().beginObject("period");
    const auto day = [&](const char *key, const QDate &date) {
        if (date.isValid())
            json.value(key, date.toString(Qt::ISODate));
        else
            json.null(key);
    };
    day("from", period->first);
    day("to", period->last);
    json.endObject().beginArray("balances");
    for (const store::Balance &balance : std::as_const(computed))
        balanceJson(json.newline(), balance, *directory, totals);
    json.newline().endArray().endObject().newline();
    return Success;
}

} // namespace trellis::cli
