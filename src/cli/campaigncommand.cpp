// trellis-cli campaign: list campaigns, show one with its listening quorum, move its status through the gate.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/jsonstream.h"
#include "store/campaignstore.h"
#include "store/exchangestore.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::cli {
namespace {

const QString kCampaignUsage = QStringLiteral(
    "campaign list FILE [--json] | campaign show FILE ID [--json] | campaign status FILE ID "
    "proposed|quorum_met|active|paused|closed");

int failCampaign(const Error &error)
{
    err(QStringLiteral("trellis-cli campaign: ") + error.message);
    return Failure;
}

QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

int listCampaigns(store::Workspace &ws, bool json)
{
    auto campaigns = store::CampaignStore(ws).list();
    if (!campaigns)
        return failCampaign(campaigns.error());
    if (json) {
        JsonStream out(stdout);
        out.beginArray();
        for (const store::CampaignSummary &c : std::as_const(*campaigns)) {
            out.beginObject()
                .value("id", c.id)
                .value("uuid", c.uuid)
                .value("title", c.title)
                .value("title_language", c.titleLanguage)
                .value("status", domain::campaignStatusKey(c.status))
                .value("starts_on", dateText(c.startsOn))
                .value("ends_on", dateText(c.endsOn))
                .value("partners", qint64(c.partners))
                .value("quorum_complete", qint64(c.quorumComplete ? 1 : 0))
                .endObject()
                .newline();
        }
        out.endArray().newline();
        return Success;
    }
    for (const store::CampaignSummary &c : std::as_const(*campaigns))
        out(QStringLiteral("%1\t%2\t%3\t%4 partners\tquorum %5\t%6")
                .arg(c.id)
                .arg(domain::campaignStatusKey(c.status), dateText(c.startsOn))
                .arg(c.partners)
                .arg(c.quorumComplete ? QStringLiteral("complete") : QStringLiteral("incomplete"), c.title));
    return Success;
}

int showCampaign(store::Workspace &ws, qint64 id, bool json)
{
    store::CampaignStore campaigns(ws);
    auto campaign = campaigns.get(id);
    if (!campaign)
        return failCampaign(campaign.error());
    auto input = campaigns.quorum(id);
    auto exchanges = store::ExchangeStore(ws).forCampaign(id);
    auto history = campaigns.history(id);
    if (!input || !exchanges || !history)
        return failCampaign(!input ? input.error() : !exchanges ? exchanges.error() : history.error());
    QHash<qint64, QString> names;
    for (const domain::CampaignPartner &p : std::as_const(campaign->partners)) {
        auto partner = store::PartnerStore(ws).get(p.partnerId);
        if (!partner)
            return failCampaign(partner.error());
        names.insert(p.partnerId, partner->name.original());
    }
    const QList<domain::QuorumBlocker> blockers = domain::activationBlockers(*input);
    auto nameOf = [&](qint64 partnerId) { return names.value(partnerId); };
    if (json) {
        JsonStream out(stdout);
        out.beginObject()
            .value("id", id)
            .value("uuid", campaign->stamp.uuid)
            .value("title", campaign->title.original())
            .value("title_language", campaign->title.originalLanguage())
            .value("aims", campaign->aims.original())
            .value("aims_language", campaign->aims.originalLanguage())
            .value("status", domain::campaignStatusKey(campaign->status))
            .value("starts_on", dateText(campaign->startsOn))
            .value("ends_on", dateText(campaign->endsOn))
            .value("quorum_complete", qint64(domain::quorumBlockers(*input).isEmpty() ? 1 : 0));
        out.beginArray("partners");
        for (const domain::CampaignPartner &p : std::as_const(campaign->partners))
            out.beginObject().value("id", p.partnerId).value("name", names.value(p.partnerId))
                .value("joined_on", dateText(p.joinedOn)).endObject();
        out.endArray().beginArray("blockers");
        for (const domain::QuorumBlocker &b : blockers)
            out.beginObject().value("by_partner_id", b.byPartnerId).value("of_partner_id", b.ofPartnerId)
                .value("message", domain::describeBlocker(b, nameOf)).endObject();
        out.endArray().beginArray("exchanges");
        for (const store::ExchangeSummary &x : std::as_const(*exchanges))
            out.beginObject().value("id", x.id).value("kind", domain::exchangeKindKey(x.kind))
                .value("status", domain::exchangeStatusKey(x.status)).value("held_on", dateText(x.heldOn))
                .value("exchanged", x.exchanged).endObject();
        out.endArray().beginArray("history");
        for (const store::CampaignStatusChange &h : std::as_const(*history)) {
            out.beginObject();
            if (h.from)
                out.value("from", domain::campaignStatusKey(*h.from));
            else
                out.null("from");
            out.value("to", domain::campaignStatusKey(h.to)).value("by", h.by).value("at", h.at).endObject();
        }
        out.endArray().endObject().newline();
        return Success;
    }
    out(QStringLiteral("%1 [%2]").arg(campaign->title.original(), domain::campaignStatusKey(campaign->status)));
    if (!campaign->aims.isEmpty())
        out(campaign->aims.original());
    for (const domain::CampaignPartner &p : std::as_const(campaign->partners))
        out(QStringLiteral("partner %1 (%2), joined %3").arg(names.value(p.partnerId)).arg(p.partnerId).arg(dateText(p.joinedOn)));
    for (const store::ExchangeSummary &x : std::as_const(*exchanges))
        out(QStringLiteral("exchange %1: %2 on %3, %4").arg(x.id).arg(domain::exchangeKindKey(x.kind), dateText(x.heldOn),
                                                               domain::exchangeStatusKey(x.status)));
    out(blockers.isEmpty() ? QStringLiteral("listening quorum complete, exchange planned")
                           : domain::describeRefusal(blockers, nameOf));
    for (const store::CampaignStatusChange &h : std::as_const(*history))
        out(QStringLiteral("%1  %2 -> %3  %4").arg(h.at, h.from ? domain::campaignStatusKey(*h.from) : QStringLiteral("-"),
                                                   domain::campaignStatusKey(h.to), h.by));
    return Success;
}

} // namespace

int campaignCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {}, {QStringLiteral("json")});
    const QString action = line.positionals().value(0);
    const int wanted = action == QLatin1String("list") ? 2 : action == QLatin1String("show") ? 3 : 4;
    if (!line.expectPositionals(wanted, wanted, kCampaignUsage)
        || (action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("status"))) {
        err(QStringLiteral("trellis-cli campaign: ") + (line.ok() ? QStringLiteral("unknown action") : line.error())
            + QStringLiteral("\nusage: trellis-cli ") + kCampaignUsage);
        return Usage;
    }
    bool numeric = true;
    const qint64 id = action == QLatin1String("list") ? 0 : line.positionals().at(2).toLongLong(&numeric);
    if (!numeric || (action != QLatin1String("list") && id <= 0)) {
        err(QStringLiteral("trellis-cli campaign: ID is a campaign's number (campaign list shows them)"));
        return Usage;
    }
    std::optional<domain::CampaignStatus> status;
    if (action == QLatin1String("status")) {
        status = domain::campaignStatusFromKey(line.positionals().at(3));
        if (!status) {
            err(QStringLiteral("trellis-cli campaign: a status is proposed, quorum_met, active, paused or closed"));
            return Usage;
        }
    }
    auto ws = action == QLatin1String("status")
        ? store::Workspace::open(line.positionals().at(1))
        : store::Workspace::open(line.positionals().at(1), {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return failCampaign(ws.error());
    if (action == QLatin1String("list"))
        return listCampaigns(*ws, line.flag(QStringLiteral("json")));
    if (action == QLatin1String("show"))
        return showCampaign(*ws, id, line.flag(QStringLiteral("json")));
    if (auto moved = store::CampaignStore(*ws).setStatus(id, *status); !moved)
        return failCampaign(moved.error());
    out(QStringLiteral("campaign %1 is now %2").arg(id).arg(domain::campaignStatusKey(*status)));
    return Success;
}

} // namespace trellis::cli
