#include "reports/partnerdirectory.h"

#include "reports/columnformat.h"
#include "reports/partnernames.h"
#include "reports/reportlabels.h"
#include "i18n/language.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

namespace trellis::reports {

Status PartnerDirectory::build(store::Workspace &ws, const ReportRequest &request, Document &doc)
{
    auto names = PartnerNames::load(ws);
    if (!names)
        return names.error();
    store::PartnerStore partners(ws);
    auto list = partners.list(doc.first.language);
    if (!list)
        return list.error();
    for (const store::PartnerSummary &summary : std::as_const(*list)) {
        if (request.partnerId && summary.id != *request.partnerId)
            continue;
        auto partner = partners.get(summary.id);
        if (!partner)
            return partner.error();
        ++doc.records;
        Section section;
        section.title = partner->name.original();
        section.blocks.append(Row{tr("Name"), nameCell(partner->name, doc.first.language),
                                  nameCell(partner->name, doc.second.language), true});
        section.blocks.append(Row{tr("Latin form"), Cell::plain(summary.nameLatin), Cell::plain(summary.nameLatin), false});
        section.blocks.append(Row{tr("Kind"), Cell::plain(partnerKindLabel(partner->kind)),
                                  Cell::plain(partnerKindLabel(partner->kind)), false});
        if (!partner->country.isEmpty())
            section.blocks.append(Row{tr("Country"), Cell::plain(partner->country), Cell::plain(partner->country), false});
        QStringList first, second;
        for (const QString &language : std::as_const(partner->languages)) {
            first.append(i18n::languageDisplayName(language, doc.first.language));
            second.append(i18n::languageDisplayName(language, doc.second.language));
        }
        if (!partner->languages.isEmpty())
            section.blocks.append(Row{tr("Languages"), Cell::figure(doc.first, first.join(QStringLiteral(", "))),
                                  Cell::figure(doc.second, second.join(QStringLiteral(", "))), false});
        if (!partner->goals.isEmpty())
            section.blocks.append(Row{tr("Goals in its own words"), Cell::of(doc.first, partner->goals),
                                      Cell::of(doc.second, partner->goals), false});
        auto paraphrases = partners.paraphrasesOf(summary.id);
        if (!paraphrases)
            return paraphrases.error();
        for (const domain::GoalParaphrase &p : std::as_const(*paraphrases))
            section.blocks.append(Row{tr("As %1 understood it").arg(names->name(p.byPartnerId)),
                                      Cell::of(doc.first, p.text), Cell::of(doc.second, p.text), false});
        doc.sections.append(std::move(section));
    }
    if (doc.sections.isEmpty())
        doc.sections.append(Section{tr("Partners"), {Paragraph{Cell::plain(tr("The alliance has no partners yet."))}}});
    return {};
}

} // namespace trellis::reports
