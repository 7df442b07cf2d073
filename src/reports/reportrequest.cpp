#include "reports/reportrequest.h"

#include "reports/columnformat.h"
#include "reports/columnwords.h"
#include "reports/ledgerreview.h"
#include "reports/partnerdirectory.h"
#include "reports/partnernames.h"
#include "reports/protocolhandbook.h"
#include "reports/retroreport.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QCoreApplication>

namespace trellis::reports {
namespace {

/// The report's header labels, in the interface language.
class ReportHeader {
    Q_DECLARE_TR_FUNCTIONS(ReportHeader)
public:
    static QString title(ReportKind kind)
    {
        switch (kind) {
        case ReportKind::LedgerReview: return tr("Ledger review");
        case ReportKind::RetroReport: return tr("Retro report");
        case ReportKind::ProtocolHandbook: return tr("Protocol handbook");
        case ReportKind::PartnerDirectory: return tr("Partner directory");
        }
        return {};
    }
    static Status fill(store::Workspace &ws, const ReportRequest &request, Document &doc);
};

Status ReportHeader::fill(store::Workspace &ws, const ReportRequest &request, Document &doc)
{
    auto settings = ws.settings();
    if (!settings)
        return settings.error();
    doc.kind = request.kind;
    doc.title = title(request.kind);
    doc.uiLanguage = request.uiLanguage.isEmpty() ? QStringLiteral("en") : request.uiLanguage;
    doc.pageLocale = doc.first.language;
    const QDate madeOn = request.madeOn.isValid() ? request.madeOn : QDate::currentDate();
    // The header's own words (an unnamed alliance, all time) stand in each column's language when
    // Trellis is translated into it; see ColumnWords.
    const ColumnWords words;
    const auto inColumns = [&](const char *source) {
        return std::pair{words.word(doc.first, doc.uiLanguage, "ReportHeader", source),
                         words.word(doc.second, doc.uiLanguage, "ReportHeader", source)};
    };
    if (settings->name.isEmpty()) {
        const auto [first, second] = inColumns(QT_TRANSLATE_NOOP("ReportHeader", "(unnamed alliance)"));
        doc.facts.append(Row{tr("Alliance"), first, second, false});
    } else {
        doc.facts.append(Row{tr("Alliance"), Cell::plain(settings->name), Cell::plain(settings->name), false});
    }
    doc.facts.append(Row{tr("Languages"), Cell::figure(doc.first, i18n::languageAutonym(doc.first.language)),
                         Cell::figure(doc.second, i18n::languageAutonym(doc.second.language)), false});
    if (!request.period.isAllTime())
        doc.facts.append(Row{tr("Period"), periodCell(doc.first, request.period), periodCell(doc.second, request.period), false});
    else {
        const auto [first, second] = inColumns(QT_TRANSLATE_NOOP("ReportHeader", "all time"));
        doc.facts.append(Row{tr("Period"), first, second, false});
    }
    if (request.partnerId) {
        auto names = PartnerNames::load(ws);
        if (!names)
            return names.error();
        const auto named = [&](const QString &language) {
            QString text = names->cell(*request.partnerId, language).text;
            if (request.withPartnerId)
                text += QStringLiteral(" ⇄ ") + names->cell(*request.withPartnerId, language).text;
            return text;
        };
        doc.facts.append(Row{request.withPartnerId ? tr("Pair") : tr("Partner"), Cell::figure(doc.first, named(doc.first.language)),
                             Cell::figure(doc.second, named(doc.second.language)), false});
    }
    if (request.dated)
        doc.facts.append(Row{tr("Made on"), dateCell(doc.first, madeOn), dateCell(doc.second, madeOn), false});
    return {};
}

Result<QString> checkedLanguage(const QString &tag)
{
    auto canonical = i18n::canonicalLanguageTag(tag);
    if (!canonical)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("ReportHeader", "Unknown language “%1”: %2")
                                                      .arg(tag, canonical.error().message));
    return canonical;
}

} // namespace

Result<Document> buildReport(store::Workspace &workspace, const ReportRequest &request)
{
    auto first = checkedLanguage(request.first);
    if (!first)
        return first.error();
    auto second = checkedLanguage(request.second);
    if (!second)
        return second.error();
    if (*first == *second)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ReportHeader", "A report needs two different languages."));
    if (request.withPartnerId && !request.partnerId)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ReportHeader", "A pair needs its first partner too."));
    Document doc;
    doc.first = Column::of(*first);
    doc.second = Column::of(*second);
    TRELLIS_TRY(ReportHeader::fill(workspace, request, doc));
    switch (request.kind) {
    case ReportKind::LedgerReview: TRELLIS_TRY(LedgerReview::build(workspace, request, doc)); break;
    case ReportKind::RetroReport: TRELLIS_TRY(RetroReport::build(workspace, request, doc)); break;
    case ReportKind::ProtocolHandbook: TRELLIS_TRY(ProtocolHandbook::build(workspace, request, doc)); break;
    case ReportKind::PartnerDirectory: TRELLIS_TRY(PartnerDirectory::build(workspace, request, doc)); break;
    }
    log::get("reports")->info("built {} report: {} sections, {} records", reportKindKey(request.kind).toStdString(),
                              doc.sections.size(), doc.records);
    return doc;
}

} // namespace trellis::reports
