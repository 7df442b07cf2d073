#include "reports/document.h"

namespace trellis::reports {

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::LedgerReview: return QStringLiteral("ledger");
    case ReportKind::RetroReport: return QStringLiteral("retro");
    case ReportKind::ProtocolHandbook: return QStringLiteral("protocols");
    case ReportKind::PartnerDirectory: return QStringLiteral("partners");
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString &key)
{
    for (auto kind : {ReportKind::LedgerReview, ReportKind::RetroReport, ReportKind::ProtocolHandbook,
                      ReportKind::PartnerDirectory}) {
        if (reportKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Column Column::of(const QString &language)
{
    return Column{language, i18n::textDirection(language)};
}

Cell Cell::figure(const Column &column, QString text, QString raw)
{
    return Cell{column.language, column.direction, std::nullopt, std::move(text), std::move(raw)};
}

Cell Cell::plain(QString text)
{
    return Cell{QString(), i18n::TextDirection::LeftToRight, std::nullopt, std::move(text), QString()};
}

Cell Cell::of(const Column &column, const domain::BilingualText &text)
{
    const auto status = text.statusIn(column.language);
    return Cell{column.language, column.direction, status, text.textIn(column.language).value_or(QString()), QString()};
}

bool RowList::next(TableRow &row)
{
    if (m_at >= m_rows.size())
        return false;
    row = std::move(m_rows[m_at++]);
    return true;
}

} // namespace trellis::reports
