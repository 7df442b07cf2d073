#include "pdfsamples.h"

#include <memory>

namespace trellis::test {

using namespace trellis::reports;

QList<LocaleSentence> thirteenLocales()
{
    return {
        {QStringLiteral("en"), QStringLiteral("Review balances publicly")},
        {QStringLiteral("es"), QStringLiteral("Revisar los saldos públicamente")},
        {QStringLiteral("fr"), QStringLiteral("Examiner les soldes publiquement")},
        {QStringLiteral("pt-BR"), QStringLiteral("Revisar os saldos publicamente")},
        {QStringLiteral("ar"), QStringLiteral("مراجعة الأرصدة علنًا")},
        {QStringLiteral("fa"), QStringLiteral("بازبینی موجودی‌ها به‌طور علنی")},
        {QStringLiteral("he"), QStringLiteral("לבחון את היתרות בפומבי")},
        {QStringLiteral("ru"), QStringLiteral("Открыто пересматривать балансы")},
        {QStringLiteral("zh-Hans"), QStringLiteral("公开审查余额")},
        {QStringLiteral("ja"), QStringLiteral("残高を公開で見直す")},
        {QStringLiteral("hi"), QStringLiteral("संतुलन की सार्वजनिक समीक्षा करें")},
        {QStringLiteral("th"), QStringLiteral("ทบทวนยอดคงเหลืออย่างเปิดเผย")},
        {QStringLiteral("sw"), QStringLiteral("Kagua mizani hadharani")},
    };
}

Document sampleReport(const QString &first, const QString &second, qint64 tableRows, const QString &uiLanguage)
{
    Document document;
    document.kind = ReportKind::LedgerReview;
    document.title = QStringLiteral("Ledger review");
    document.first = Column::of(first);
    document.second = Column::of(second);
    document.uiLanguage = uiLanguage;
    document.pageLocale = first;
    document.facts.append(Row{QStringLiteral("Alliance"), Cell::figure(document.first, QStringLiteral("Slow Solidarity")),
                              Cell::figure(document.second, QStringLiteral("Slow Solidarity")), false});
    document.facts.append(Row{QStringLiteral("Period"), Cell::figure(document.first, QStringLiteral("2026-Q3")),
                              Cell::figure(document.second, QStringLiteral("2026-Q3")), false});

    Section sentences;
    sentences.title = QStringLiteral("Thirteen languages");
    for (const auto &sentence : thirteenLocales()) {
        const Column column = Column::of(sentence.language);
        // The sentence in the first column; the second column's translation is missing.
        sentences.blocks.append(Row{sentence.language, Cell::figure(column, sentence.text),
                                    Cell{document.second.language, document.second.direction,
                                         domain::TranslationStatus::Missing, QString(), QString()},
                                    false});
    }
    document.sections.append(sentences);

    if (tableRows > 0) {
        Section ledger;
        ledger.title = QStringLiteral("Entries");
        Chart chart;
        chart.caption = QStringLiteral("Flows per month");
        chart.unit = QStringLiteral("hours");
        chart.categories = {QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09")};
        chart.series = {{QStringLiteral("given"), {12, 30, 7}}, {QStringLiteral("received"), {4, 18, 22}}};
        ledger.blocks.append(chart);
        Table table;
        table.caption = QStringLiteral("Every entry");
        table.header = {Cell::plain(QStringLiteral("No.")), Cell::figure(document.first, QStringLiteral("Narrative")),
                        Cell::figure(document.second, QStringLiteral("Narrative")), Cell::plain(QStringLiteral("Amount"))};
        table.align = {CellAlign::End, CellAlign::Start, CellAlign::Start, CellAlign::End};
        const Column a = document.first;
        const Column b = document.second;
        auto at = std::make_shared<qint64>(0);
        table.rows = std::make_shared<RowGenerator>(
            [at, tableRows, a, b](TableRow &row) {
                if (*at >= tableRows)
                    return false;
                ++*at;
                row = {Cell::plain(QStringLiteral("row %1").arg(*at)),
                       Cell::figure(a, QStringLiteral("Interpretation for the assembly, session %1").arg(*at)),
                       Cell::figure(b, QStringLiteral("Second column text %1").arg(*at)),
                       Cell::plain(QStringLiteral("%1.00").arg(*at * 3))};
                return true;
            },
            RowGenerator::Check{}, tableRows);
        ledger.blocks.append(table);
        document.sections.append(ledger);
    }
    document.chain = ChainHeadFact{QStringLiteral("9f2c4e1a7b3d5f60c8e2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5"), tableRows,
                                   QStringLiteral("trellis-cli check FILE --head 9f2c…")};
    return document;
}

} // namespace trellis::test
