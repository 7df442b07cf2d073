#include "reports/protocolhandbook.h"

#include "reports/columnformat.h"
#include "reports/partnernames.h"
#include "store/incidentstore.h"
#include "store/protocolstore.h"
#include "store/workspace.h"

namespace trellis::reports {
namespace {

Row handbookTextRow(const QString &label, const Document &doc, const domain::BilingualText &text, bool heading = false)
{
    return Row{label, Cell::of(doc.first, text), Cell::of(doc.second, text), heading};
}

/// Adds a field's row unless nobody wrote it in any language (then there is nothing to translate).
void addText(QList<Block> &blocks, const QString &label, const Document &doc, const domain::BilingualText &text)
{
    if (!text.isEmpty())
        blocks.append(handbookTextRow(label, doc, text));
}

} // namespace

Status ProtocolHandbook::build(store::Workspace &ws, const ReportRequest &request, Document &doc)
{
    auto names = PartnerNames::load(ws);
    if (!names)
        return names.error();
    store::ProtocolStore protocols(ws);
    auto list = protocols.list();
    if (!list)
        return list.error();
    auto incidentIds = store::IncidentStore(ws).ids();
    if (!incidentIds)
        return incidentIds.error();
    QList<domain::Incident> incidents;
    for (qint64 id : std::as_const(*incidentIds)) {
        auto incident = store::IncidentStore(ws).get(id);
        if (!incident)
            return incident.error();
        incidents.append(std::move(*incident));
    }
    for (const store::ProtocolSummary &summary : std::as_const(*list)) {
        auto protocol = protocols.get(summary.id);
        if (!protocol)
            return protocol.error();
        if (request.partnerId) {
            const bool agreed = std::any_of(protocol->agreements.cbegin(), protocol->agreements.cend(),
                                            [&](const auto &a) { return a.partnerId == *request.partnerId; });
            if (!agreed)
                continue;
        }
        ++doc.records;
        Section section;
        // The title isolated: an Arabic title keeps its place before "(version 2)".
        section.title = tr("%1 (version %2)").arg(QChar(0x2068) + protocol->title.original() + QChar(0x2069)).arg(protocol->version);
        section.blocks.append(handbookTextRow(tr("Title"), doc, protocol->title, true));
        addText(section.blocks, tr("Triggers"), doc, protocol->triggers);
        addText(section.blocks, tr("Roles"), doc, protocol->roles);
        for (qsizetype i = 0; i < protocol->steps.size(); ++i)
            section.blocks.append(handbookTextRow(tr("Step %1").arg(i + 1), doc, protocol->steps[i]));
        if (protocol->reviewDue.isValid())
            section.blocks.append(Row{tr("Review due"), dateCell(doc.first, protocol->reviewDue),
                                      dateCell(doc.second, protocol->reviewDue), false});
        auto agreements = std::make_shared<Section>();
        agreements->title = tr("Agreed by");
        for (const domain::ProtocolAgreement &a : std::as_const(protocol->agreements)) {
            const auto name = names->text(a.partnerId);
            agreements->blocks.append(Row{a.byName, Cell::figure(doc.first, domain::agreementLine(a, name, doc.first.language)),
                                          Cell::figure(doc.second, domain::agreementLine(a, name, doc.second.language)), false});
        }
        if (agreements->blocks.isEmpty())
            agreements->blocks.append(Paragraph{Cell::plain(tr("No partner has agreed to this version yet."))});
        section.blocks.append(agreements);
        auto linked = std::make_shared<Section>();
        linked->title = tr("Incidents that used it");
        auto versions = protocols.versions(protocol->lineageUuid);
        if (!versions)
            return versions.error();
        for (const domain::Incident &incident : std::as_const(incidents)) {
            if (!incident.protocolId || !versions->contains(*incident.protocolId))
                continue;
            linked->blocks.append(Row{tr("Occurred on"), dateCell(doc.first, incident.occurredOn),
                                      dateCell(doc.second, incident.occurredOn), true});
            addText(linked->blocks, tr("What happened"), doc, incident.summary);
            addText(linked->blocks, tr("Outcome"), doc, incident.outcome);
            addText(linked->blocks, tr("Lessons"), doc, incident.lessons);
        }
        if (linked->blocks.isEmpty())
            linked->blocks.append(Paragraph{Cell::plain(tr("No incident has used this protocol."))});
        section.blocks.append(linked);
        doc.sections.append(std::move(section));
    }
    if (doc.sections.isEmpty())
        doc.sections.append(Section{tr("Protocols"), {Paragraph{Cell::plain(tr("No conflict protocol has been drafted."))}}});

    // Rupture rehearsals: the annual practice of the protocols.
    auto rehearsalIds = store::RehearsalStore(ws).ids();
    if (!rehearsalIds)
        return rehearsalIds.error();
    Section rehearsals{tr("Rupture rehearsals"), {}};
    for (qint64 id : std::as_const(*rehearsalIds)) {
        auto rehearsal = store::RehearsalStore(ws).get(id);
        if (!rehearsal)
            return rehearsal.error();
        if (!request.period.contains(rehearsal->heldOn))
            continue;
        rehearsals.blocks.append(Row{tr("Held on"), dateCell(doc.first, rehearsal->heldOn),
                                     dateCell(doc.second, rehearsal->heldOn), true});
        addText(rehearsals.blocks, tr("Scenario"), doc, rehearsal->scenario);
        addText(rehearsals.blocks, tr("What it taught"), doc, rehearsal->observations);
        addText(rehearsals.blocks, tr("Follow-ups"), doc, rehearsal->followUps);
    }
    if (rehearsals.blocks.isEmpty())
        rehearsals.blocks.append(Paragraph{Cell::plain(tr("No rehearsal was held in this period."))});
    doc.sections.append(std::move(rehearsals));
    return {};
}

} // namespace trellis::reports
