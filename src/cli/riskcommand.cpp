// trellis-cli risk: the risks partners took together, listed by date, one shown with the part each bore.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/jsonstream.h"
#include "cli/recordcli.h"
#include "store/sharedriskstore.h"
#include "store/workspace.h"

namespace trellis::cli {
namespace {

const QString kRiskCommand = QStringLiteral("risk");
const QString kRiskUsage = QStringLiteral("risk list FILE [--json] | risk show FILE ID [--json]");

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", "));
}

void idArray(JsonStream &json, const char *key, const QList<qint64> &ids)
{
    json.beginArray(key);
    for (qint64 id : ids)
        json.value(nullptr, id);
    json.endArray();
}

int listRisks(store::Workspace &ws, bool asJson)
{
    auto risks = store::SharedRiskStore(ws).list();
    if (!risks)
        return failCommand(kRiskCommand, risks.error());
    PartnerNames names(ws);
    if (!asJson) {
        for (const store::SharedRiskSummary &r : std::as_const(*risks))
            out(QStringLiteral("%1\t%2\t%3 partners\t%4").arg(r.id).arg(isoDate(r.takenOn)).arg(r.partnerIds.size()).arg(r.what));
        return Success;
    }
    JsonStream json(stdout);
    json.beginArray();
    for (const store::SharedRiskSummary &r : std::as_const(*risks)) {
        json.beginObject().value("id", r.id).value("uuid", r.uuid).value("taken_on", isoDate(r.takenOn))
            .value("what", r.what).value("what_language", r.whatLanguage).beginArray("partners");
        for (qint64 partnerId : r.partnerIds) {
            auto name = names.of(partnerId);
            if (!name)
                return failCommand(kRiskCommand, name.error());
            json.beginObject().value("id", partnerId).value("name", *name).endObject();
        }
        json.endArray().endObject().newline();
    }
    json.endArray().newline();
    return Success;
}

int showRisk(store::Workspace &ws, qint64 id, bool asJson)
{
    store::SharedRiskStore risks(ws);
    auto risk = risks.get(id);
    if (!risk)
        return failCommand(kRiskCommand, risk.error());
    auto citing = risks.answersCiting(id);
    if (!citing)
        return failCommand(kRiskCommand, citing.error());
    PartnerNames names(ws);
    QStringList partNames;
    for (const domain::SharedRiskPart &p : std::as_const(risk->parts)) {
        auto name = names.of(p.partnerId);
        if (!name)
            return failCommand(kRiskCommand, name.error());
        partNames << *name;
    }
    if (!asJson) {
        out(QStringLiteral("%1 [taken %2]").arg(risk->what.original(), isoDate(risk->takenOn)));
        if (!risk->outcome.isEmpty())
            out(QStringLiteral("outcome: ") + risk->outcome.original());
        for (int i = 0; i < risk->parts.size(); ++i) {
            const domain::SharedRiskPart &p = risk->parts.at(i);
            out(QStringLiteral("part of %1 (%2): %3").arg(partNames.at(i)).arg(p.partnerId)
                    .arg(p.part.isEmpty() ? QStringLiteral("(not told)") : p.part.original()));
        }
        out(QStringLiteral("campaigns: ") + idList(risk->campaignIds));
        out(QStringLiteral("ledger entries: ") + idList(risk->ledgerEntryIds));
        out(QStringLiteral("incidents: ") + idList(risk->incidentIds));
        out(QStringLiteral("cited by retro answers: ") + idList(*citing));
        return Success;
    }
    JsonStream json(stdout);
    json.beginObject().value("id", id).value("uuid", risk->stamp.uuid).value("taken_on", isoDate(risk->takenOn))
        .value("what", risk->what.original()).value("what_language", risk->what.originalLanguage())
        .value("outcome", risk->outcome.original()).value("outcome_language", risk->outcome.originalLanguage())
        .beginArray("parts");
    for (int i = 0; i < risk->parts.size(); ++i) {
        const domain::SharedRiskPart &p = risk->parts.at(i);
        json.beginObject().value("partner_id", p.partnerId).value("name", partNames.at(i))
            .value("part", p.part.original()).value("part_language", p.part.originalLanguage()).endObject();
    }
    json.endArray();
    idArray(json, "campaigns", risk->campaignIds);
    idArray(json, "ledger_entries", risk->ledgerEntryIds);
    idArray(json, "incidents", risk->incidentIds);
    idArray(json, "cited_by_answers", *citing);
    json.endObject().newline();
    return Success;
}

} // namespace

int riskCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {}, {QStringLiteral("json")});
    RecordRequest request;
    if (!readRecordRequest(line, kRiskCommand, kRiskUsage, request))
        return Usage;
    auto ws = store::Workspace::open(request.file, {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return failCommand(kRiskCommand, ws.error());
    const bool asJson = line.flag(QStringLiteral("json"));
    return request.action == QLatin1String("list") ? listRisks(*ws, asJson) : showRisk(*ws, request.id, asJson);
}

} // namespace trellis::cli
