#include "testsupport.h"

#include "reports/document.h"

using namespace trellis;
using namespace trellis::reports;

TEST_CASE("Report kinds have stable keys both ways", "[reports][document]")
{
    for (auto kind : {ReportKind::LedgerReview, ReportKind::RetroReport, ReportKind::ProtocolHandbook,
                      ReportKind::PartnerDirectory})
        CHECK(reportKindFromKey(reportKindKey(kind)) == kind);
    CHECK(reportKindKey(ReportKind::ProtocolHandbook) == QStringLiteral("protocols"));
    CHECK_FALSE(reportKindFromKey(QStringLiteral("Ledger")).has_value());
    CHECK_FALSE(reportKindFromKey(QString()).has_value());
}

TEST_CASE("A cell shows a missing translation as missing, never the other language", "[reports][document]")
{
    domain::BilingualText text(QStringLiteral("fa"), QStringLiteral("ترجمه"));
    text.setTranslation(QStringLiteral("es"), {QStringLiteral("traducción"), domain::TranslationStatus::Machine, {}, {}});

    const auto fa = Cell::of(Column::of(QStringLiteral("fa")), text);
    CHECK(fa.direction == i18n::TextDirection::RightToLeft);
    CHECK(fa.status == domain::TranslationStatus::Original);
    CHECK(fa.text == QStringLiteral("ترجمه"));

    const auto es = Cell::of(Column::of(QStringLiteral("es")), text);
    CHECK(es.direction == i18n::TextDirection::LeftToRight);
    CHECK(es.status == domain::TranslationStatus::Machine);
    CHECK(es.text == QStringLiteral("traducción"));

    const auto zh = Cell::of(Column::of(QStringLiteral("zh-Hans")), text);
    CHECK(zh.isMissing());
    CHECK(zh.text.isEmpty());
    CHECK(zh.language == QStringLiteral("zh-Hans"));
}

TEST_CASE("Figures and plain cells carry no translation status", "[reports][document]")
{
    const auto he = Cell::figure(Column::of(QStringLiteral("he")), QStringLiteral("12"));
    CHECK_FALSE(he.status.has_value());
    CHECK_FALSE(he.isMissing());
    CHECK(he.direction == i18n::TextDirection::RightToLeft);
    const auto hash = Cell::plain(QStringLiteral("ab12"));
    CHECK(hash.language.isEmpty());
    CHECK(hash.direction == i18n::TextDirection::LeftToRight);
}

TEST_CASE("Row sources yield their rows once, in order", "[reports][document]")
{
    RowList list({{Cell::plain(QStringLiteral("a"))}, {Cell::plain(QStringLiteral("b"))}});
    CHECK(list.sizeHint() == 2);
    TableRow row;
    REQUIRE(list.next(row));
    CHECK(row.at(0).text == QStringLiteral("a"));
    REQUIRE(list.next(row));
    CHECK(row.at(0).text == QStringLiteral("b"));
    CHECK_FALSE(list.next(row));

    int n = 0;
    RowGenerator generated(
        [&n](TableRow &r) {
            if (n == 3)
                return false;
            r = {Cell::plain(QString::number(n++))};
            return true;
        },
        [] { return Status(makeError(ErrorCode::Storage, QStringLiteral("disk gone"))); });
    int seen = 0;
    while (generated.next(row))
        ++seen;
    CHECK(seen == 3);
    CHECK_FALSE(generated.status().ok());
    CHECK(generated.status().error().message == QStringLiteral("disk gone"));
}
