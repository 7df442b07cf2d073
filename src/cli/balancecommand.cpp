// trellis-cli balance: per-unit given, received, net and asymmetry, and the narrative-only entries.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "store/balances.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::cli {
namespace {

const QString kCommand = QStringLiteral("balance");

QString exact(qint64 minorUnits, const QString &unitKey)
{
    auto unit = domain::Unit::parse(unitKey);
    return domain::Quantity{minorUnits, unit ? *unit : domain::Unit::words()}.toPlainString();
}

QJsonValue partnerJson(const io::PartnerDirectory &directory, std::optional<qint64> id)
{
    if (!id)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), directory.name(*id)}};
}

QJsonObject balanceJson(const store::Balance &b, const io::PartnerDirectory &directory)
{
    QJsonArray units;
    for (const store::UnitBalance &u : b.units) {
        const auto asymmetry = u.asymmetry();
        const auto x = [&](qint64 v) { return exact(v, u.unit); };
        units.append(QJsonObject{
            {QStringLiteral("unit"), u.unit}, {QStringLiteral("given"), x(u.given)},
            {QStringLiteral("received"), x(u.received)}, {QStringLiteral("net"), x(u.net())},
            {QStringLiteral("asymmetry"), asymmetry ? QJsonValue(asymmetry->toString()) : QJsonValue::Null},
            {QStringLiteral("entries"), u.entries},
            {QStringLiteral("funds"), QJsonObject{{QStringLiteral("proposed_given"), x(u.fundsProposedGiven)},
                                                  {QStringLiteral("proposed_received"), x(u.fundsProposedReceived)},
                                                  {QStringLiteral("disbursed_given"), x(u.fundsDisbursedGiven)},
                                                  {QStringLiteral("disbursed_received"), x(u.fundsDisbursedReceived)}}}});
    }
    QJsonArray narratives;
    for (const store::NarrativeContribution &n : b.narrativeOnly)
        narratives.append(QJsonObject{
            {QStringLiteral("id"), n.entryId}, {QStringLiteral("date"), n.date.toString(Qt::ISODate)},
            {QStringLiteral("from"), n.fromPartnerId}, {QStringLiteral("to"), n.toPartnerId},
            {QStringLiteral("kind"), domain::contributionKindKey(n.kind)}, {QStringLiteral("language"), n.language},
            {QStringLiteral("narrative"), n.narrative}});
    return QJsonObject{{QStringLiteral("partner"), partnerJson(directory, b.partnerId)},
                       {QStringLiteral("with"), partnerJson(directory, b.otherPartnerId)},
                       {QStringLiteral("units"), units},
                       {QStringLiteral("narrative_only"), QJsonObject{{QStringLiteral("count"), narratives.size()},
                                                                      {QStringLiteral("entries"), narratives}}}};
}

void printBalance(const store::Balance &b, const io::PartnerDirectory &directory)
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
                     {QStringLiteral("json")});
    if (!line.expectPositionals(1, 1, QStringLiteral("balance FILE [--partner A] [--with B] [--period 2026-Q3] [--json]")))
        return ledgerUsage(kCommand, line.error());
    if (line.value(QStringLiteral("with")) && !line.value(QStringLiteral("partner")))
        return ledgerUsage(kCommand, QStringLiteral("--with needs --partner"));
    auto period = store::Period::parse(line.value(QStringLiteral("period")).value_or(QString()));
    if (!period)
        return ledgerUsage(kCommand, QStringLiteral("--period: ") + period.error().message);
    auto ws = openLedgerWorkspace(line.positionals().first(), true);
    if (!ws)
        return ledgerFailure(kCommand, ws.error());
    auto directory = io::PartnerDirectory::load(*ws);
    if (!directory)
        return ledgerFailure(kCommand, directory.error());
    auto partner = partnerOption(line, QStringLiteral("partner"), *directory);
    auto with = partnerOption(line, QStringLiteral("with"), *directory);
    if (!partner || !with)
        return ledgerFailure(kCommand, (!partner ? partner : with).error());
    const QList<qint64> partners = *partner ? QList<qint64>{**partner} : directory->ids();
    store::Balances balances(*ws);
    QJsonArray all;
    for (qint64 id : partners) {
        auto balance = balances.between(id, *with, *period);
        if (!balance)
            return ledgerFailure(kCommand, balance.error());
        if (line.flag(QStringLiteral("json")))
            all.append(balanceJson(*balance, *directory));
        else
            printBalance(*balance, *directory);
    }
    if (line.flag(QStringLiteral("json"))) {
        const QJsonObject range{{QStringLiteral("from"), period->first.isValid() ? QJsonValue(period->first.toString(Qt::ISODate)) : QJsonValue::Null},
                                {QStringLiteral("to"), period->last.isValid() ? QJsonValue(period->last.toString(Qt::ISODate)) : QJsonValue::Null}};
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("period"), range}, {QStringLiteral("balances"), all}})
                                  .toJson(QJsonDocument::Indented)).trimmed());
    }
    return Success;
}

} // namespace trellis::cli
