// trellis-cli crossover: phrases, metaphors, slogans and strategies reborn in another partner's
// language, listed over time (for one pair, one way or both), one shown, and counted per pair.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/jsonstream.h"
#include "cli/recordcli.h"
#include "store/crossoverstore.h"
#include "store/workspace.h"

namespace trellis::cli {
namespace {

const QString kCrossoverCommand = QStringLiteral("crossover");
const QString kCrossoverUsage = QStringLiteral(
    "crossover list FILE [--pair A,B [--one-way]] [--json] | crossover show FILE ID [--json] | "
    "crossover counts FILE [--json]");

/// The two partner numbers of --pair A,B, or nothing when they are not two different numbers.
std::optional<std::pair<qint64, qint64>> readPair(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okA = false, okB = false;
    const qint64 a = parts.at(0).trimmed().toLongLong(&okA);
    const qint64 b = parts.at(1).trimmed().toLongLong(&okB);
    if (!okA || !okB || a <= 0 || b <= 0 || a == b)
        return std::nullopt;
    return std::make_pair(a, b);
}

int listCrossovers(store::Workspace &ws, const CommandLine &line, bool asJson)
{
    store::CrossoverStore crossovers(ws);
    Result<QList<store::CrossoverSummary>> found = QList<store::CrossoverSummary>();
    if (const auto pairText = line.value(QStringLiteral("pair"))) {
        const auto pair = readPair(*pairText);
        if (!pair) {
            err(QStringLiteral("trellis-cli crossover: --pair takes two different partners' numbers, like --pair 2,3"));
            return Usage;
        }
        found = crossovers.between(pair->first, pair->second, line.flag(QStringLiteral("one-way"))
                                       ? store::PairDirection::OneWay : store::PairDirection::BothWays);
    } else if (line.flag(QStringLiteral("one-way"))) {
        err(QStringLiteral("trellis-cli crossover: --one-way needs --pair A,B (from A to B)"));
        return Usage;
    } else {
        found = crossovers.list();
    }
    if (!found)
        return failCommand(kCrossoverCommand, found.error());
    PartnerNames names(ws);
    std::optional<JsonStream> json;
    if (asJson)
        json.emplace(stdout).beginArray();
    for (const store::CrossoverSummary &c : std::as_const(*found)) {
        auto pair = names.of(c.originPartnerId, c.adoptingPartnerId);
        if (!pair)
            return failCommand(kCrossoverCommand, pair.error());
        const auto &[origin, adopting] = *pair;
        if (!json) {
            out(QStringLiteral("%1\t%2\t%3\t%4 -> %5\t%6 -> %7").arg(c.id).arg(isoDate(c.rebornOn), domain::crossoverKindKey(c.kind),
                                                                  origin, adopting, c.origin, c.reborn));
            continue;
        }
        json->beginObject().value("id", c.id).value("uuid", c.uuid).value("kind", domain::crossoverKindKey(c.kind))
            .value("origin_partner_id", c.originPartnerId).value("origin_partner", origin)
            .value("adopting_partner_id", c.adoptingPartnerId).value("adopting_partner", adopting)
            .value("born_on", isoDate(c.bornOn)).value("reborn_on", isoDate(c.rebornOn))
            .value("origin", c.origin).value("origin_language", c.originLanguage)
            .value("reborn", c.reborn).value("reborn_language", c.rebornLanguage).endObject().newline();
    }
    if (json)
        json->endArray().newline();
    return Success;
}

int showCrossover(store::Workspace &ws, qint64 id, bool asJson)
{
    auto crossover = store::CrossoverStore(ws).get(id);
    if (!crossover)
        return failCommand(kCrossoverCommand, crossover.error());
    PartnerNames names(ws);
    auto pair = names.of(crossover->originPartnerId, crossover->adoptingPartnerId);
    if (!pair)
        return failCommand(kCrossoverCommand, pair.error());
    const auto &[origin, adopting] = *pair;
    const domain::NarrativeCrossover &n = *crossover;
    if (!asJson) {
        out(QStringLiteral("%1 born in %2 (%3)%4, reborn in %5 (%6) on %7")
                .arg(domain::crossoverKindKey(n.kind), origin).arg(n.originPartnerId)
                .arg(n.bornOn.isValid() ? QStringLiteral(" on ") + isoDate(n.bornOn) : QString(), adopting)
                .arg(n.adoptingPartnerId).arg(isoDate(n.rebornOn)));
        out(QStringLiteral("as born (%1): %2").arg(n.origin.originalLanguage(), n.origin.original()));
        out(QStringLiteral("as reborn (%1): %2").arg(n.reborn.originalLanguage(), n.reborn.original()));
        if (!n.seenAt.isEmpty())
            out(QStringLiteral("seen at: ") + n.seenAt.original());
        QStringList campaigns;
        for (qint64 c : n.campaignIds)
            campaigns << QString::number(c);
        out(QStringLiteral("campaigns: ") + (campaigns.isEmpty() ? QStringLiteral("none") : campaigns.join(QStringLiteral(", "))));
        return Success;
    }
    JsonStream json(stdout);
    json.beginObject().value("id", id).value("uuid", n.stamp.uuid).value("kind", domain::crossoverKindKey(n.kind))
        .value("origin_partner_id", n.originPartnerId).value("origin_partner", origin)
        .value("adopting_partner_id", n.adoptingPartnerId).value("adopting_partner", adopting)
        .value("born_on", isoDate(n.bornOn)).value("reborn_on", isoDate(n.rebornOn))
        .value("origin", n.origin.original()).value("origin_language", n.origin.originalLanguage())
        .value("reborn", n.reborn.original()).value("reborn_language", n.reborn.originalLanguage())
        .value("seen_at", n.seenAt.original()).value("seen_at_language", n.seenAt.originalLanguage())
        .beginArray("campaigns");
    for (qint64 c : n.campaignIds)
        json.value(nullptr, c);
    json.endArray().endObject().newline();
    return Success;
}

int counts(store::Workspace &ws, bool asJson)
{
    auto pairs = store::CrossoverStore(ws).countsPerPair();
    if (!pairs)
        return failCommand(kCrossoverCommand, pairs.error());
    PartnerNames names(ws);
    std::optional<JsonStream> json;
    if (asJson)
        json.emplace(stdout).beginArray();
    for (const store::CrossoverPairCount &p : std::as_const(*pairs)) {
        auto pair = names.of(p.partnerA, p.partnerB);
        if (!pair)
            return failCommand(kCrossoverCommand, pair.error());
        const auto &[a, b] = *pair;
        if (!json) {
            out(QStringLiteral("%1 (%2) <-> %3 (%4)\t%5 crossovers (%6 ->, %7 <-)\t%8..%9")
                    .arg(a).arg(p.partnerA).arg(b).arg(p.partnerB).arg(p.total()).arg(p.aToB).arg(p.bToA)
                    .arg(isoDate(p.firstRebornOn), isoDate(p.lastRebornOn)));
            continue;
        }
        json->beginObject().value("partner_a_id", p.partnerA).value("partner_a", a)
            .value("partner_b_id", p.partnerB).value("partner_b", b).value("a_to_b", qint64(p.aToB))
            .value("b_to_a", qint64(p.bToA)).value("total", qint64(p.total()))
            .value("first_reborn_on", isoDate(p.firstRebornOn)).value("last_reborn_on", isoDate(p.lastRebornOn))
            .endObject().newline();
    }
    if (json)
        json->endArray().newline();
    return Success;
}

} // namespace

int crossoverCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("pair")}, {QStringLiteral("json"), QStringLiteral("one-way")});
    RecordRequest request;
    if (!readRecordRequest(line, kCrossoverCommand, kCrossoverUsage, request, {QStringLiteral("counts")}))
        return Usage;
    if (request.action != QLatin1String("list") && (line.value(QStringLiteral("pair")) || line.flag(QStringLiteral("one-way")))) {
        err(QStringLiteral("trellis-cli crossover: --pair and --one-way go with list\nusage: trellis-cli ") + kCrossoverUsage);
        return Usage;
    }
    auto ws = store::Workspace::open(request.file, {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return failCommand(kCrossoverCommand, ws.error());
    const bool asJson = line.flag(QStringLiteral("json"));
    if (request.action == QLatin1String("list"))
        return listCrossovers(*ws, line, asJson);
    return request.action == QLatin1String("show") ? showCrossover(*ws, request.id, asJson) : counts(*ws, asJson);
}

} // namespace trellis::cli
