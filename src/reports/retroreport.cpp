#include "reports/retroreport.h"

#include "reports/columnformat.h"
#include "reports/partnernames.h"
#include "reports/reportlabels.h"
#include "store/retrostore.h"
#include "store/workspace.h"

namespace trellis::reports {
namespace {

/// A bilingual field as a row: its label and each column's text with its status.
Row retroTextRow(const QString &label, const Document &doc, const domain::BilingualText &text)
{
    return Row{label, Cell::of(doc.first, text), Cell::of(doc.second, text), false};
}

} // namespace

Status RetroReport::build(store::Workspace &ws, const ReportRequest &request, Document &doc)
{
    auto names = PartnerNames::load(ws);
    if (!names)
        return names.error();
    store::RetroStore retros(ws);
    auto list = retros.list();
    if (!list)
        return list.error();
    for (const store::RetroSummary &summary : std::as_const(*list)) {
        if (!request.period.contains(summary.heldOn))
            continue;
        auto retro = retros.get(summary.id);
        if (!retro)
            return retro.error();
        if (request.partnerId && !retro->participantIds.contains(*request.partnerId))
            continue;
        ++doc.records;
        Section section;
        section.title = tr("Retro of %1").arg(retro->quarter);
        section.blocks.append(Row{tr("Held on"), dateCell(doc.first, retro->heldOn), dateCell(doc.second, retro->heldOn), true});
        section.blocks.append(Row{tr("Facilitator"), Cell::plain(retro->facilitator), Cell::plain(retro->facilitator), false});
        QStringList participantsFirst, participantsSecond;
        for (qint64 id : std::as_const(retro->participantIds)) {
            participantsFirst.append(names->isolated(id, doc.first.language));
            participantsSecond.append(names->isolated(id, doc.second.language));
        }
        const QString separator = QStringLiteral(" · ");
        section.blocks.append(Row{tr("Participants"), Cell::figure(doc.first, participantsFirst.join(separator)),
                                   Cell::figure(doc.second, participantsSecond.join(separator)), false});
        section.blocks.append(Row{tr("Published"),
                                   Cell::plain(retro->publishedAt.isEmpty() ? tr("not yet") : retro->publishedAt),
                                   Cell::plain(retro->publishedAt.isEmpty() ? tr("not yet") : retro->publishedAt), false});
        for (auto question : {domain::RetroQuestion::Extractive, domain::RetroQuestion::Transformative,
                              domain::RetroQuestion::SharedRisk}) {
            auto part = std::make_shared<Section>();
            part->title = questionLabel(question);
            for (const domain::RetroAnswer &answer : std::as_const(retro->answers)) {
                if (answer.question != question)
                    continue;
                QString label = answer.authorPartnerId ? names->name(*answer.authorPartnerId) : tr("anonymous");
                label += u' ' + tr("(%n vote(s))", nullptr, answer.votes);
                if (!answer.tags.isEmpty())
                    label += u' ' + tr("tags: %1").arg(answer.tags.join(QStringLiteral(", ")));
                part->blocks.append(retroTextRow(label, doc, answer.text));
            }
            if (part->blocks.isEmpty())
                part->blocks.append(Paragraph{Cell::plain(tr("No answers."))});
            section.blocks.append(part);
        }
        auto actions = std::make_shared<Section>();
        actions->title = tr("Actions");
        for (const domain::RetroAction &action : std::as_const(retro->actions)) {
            QString label = action.partnerId ? names->name(*action.partnerId) : tr("no owner");
            if (action.done)
                label += u' ' + tr("(done)");
            actions->blocks.append(retroTextRow(label, doc, action.text));
            if (action.dueOn.isValid())
                actions->blocks.append(Row{tr("Due"), dateCell(doc.first, action.dueOn), dateCell(doc.second, action.dueOn), false});
        }
        if (actions->blocks.isEmpty())
            actions->blocks.append(Paragraph{Cell::plain(tr("No actions."))});
        section.blocks.append(actions);
        doc.sections.append(std::move(section));
    }
    if (doc.sections.isEmpty())
        doc.sections.append(Section{tr("Retros"), {Paragraph{Cell::plain(tr("No retro was held in this period."))}}});
    return {};
}

} // namespace trellis::reports
