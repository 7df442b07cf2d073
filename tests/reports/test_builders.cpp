// Each report kind built from a hand-built workspace, its figures and texts written out.
#include "reportfixture.h"

#include "store/ledgerchain.h"

using namespace trellis;
using namespace trellis::reports;
using test::ReportFixture;

namespace {

QList<QStringList> table(const QList<std::pair<QString, QList<QStringList>>> &tables, const QString &caption)
{
    for (const auto &[c, rows] : tables) {
        if (c == caption)
            return rows;
    }
    FAIL("no table " << caption.toStdString());
    return {};
}

} // namespace

TEST_CASE("Ledger review of a quarter, figures in each column's formats", "[reports][builders]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::LedgerReview, QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("2026-Q3"));
    CHECK(doc.title == QStringLiteral("Ledger review"));
    CHECK(doc.first.direction == i18n::TextDirection::RightToLeft);
    CHECK(doc.second.direction == i18n::TextDirection::LeftToRight);
    const auto rows = test::rowTexts(doc);
    CHECK(rows.contains(QStringLiteral("Alliance | Alianza <Lenta> | Alianza <Lenta>")));
    // The period in the Persian calendar and digits, and in Spanish; each end isolated.
    CHECK(rows.contains(QStringLiteral("Period | \u2068۱۰ تیر ۱۴۰۵\u2069 – \u2068۸ مهر ۱۴۰۵\u2069 | "
                                       "\u20681 de julio de 2026\u2069 – \u206830 de septiembre de 2026\u2069")));
    CHECK(rows.contains(QStringLiteral("Made on | ۱۰ مهر ۱۴۰۵ | 2 de octubre de 2026")));

    const auto tables = test::tableTexts(doc);
    // June's 100 hours lie outside the quarter; 10.5 given against 2 received.
    CHECK(table(tables, QStringLiteral("Balances in español"))
          == QList<QStringList>{
              {QStringLiteral("انجمن کارگران تهران"), QStringLiteral("Red de Traductoras"), QStringLiteral("EUR"),
               QStringLiteral("300,00\u00a0€"), QStringLiteral("0,00\u00a0€"), QStringLiteral("300,00\u00a0€"), QStringLiteral("1"), QStringLiteral("1")},
              {QStringLiteral("انجمن کارگران تهران"), QStringLiteral("Red de Traductoras"), QStringLiteral("hours"),
               QStringLiteral("10,5 horas"), QStringLiteral("2 horas"), QStringLiteral("8,5 horas"), QStringLiteral("0,68"),
               QStringLiteral("2")}});
    const auto persian = table(tables, QStringLiteral("Balances in فارسی"));
    REQUIRE(persian.size() == 2);
    CHECK(persian[1].mid(3) == QStringList{QStringLiteral("۱۰٫۵ ساعت"), QStringLiteral("۲ ساعت"), QStringLiteral("۸٫۵ ساعت"),
                                           QStringLiteral("۰٫۶۸"), QStringLiteral("۲")});
    // Narrative-only contributions side by side: a missing Persian-to-Spanish translation stays missing.
    CHECK(table(tables, QStringLiteral("Contributions that are not counted in numbers"))
          == QList<QStringList>{
              {QStringLiteral("۱۰ شهریور ۱۴۰۵"), QStringLiteral("Red de Traductoras"), QStringLiteral("انجمن کارگران تهران"),
               QStringLiteral("Hosting"), QStringLiteral("میزبانی از هیئت"), QStringLiteral("=Alojamos a la delegación")},
              {QStringLiteral("۱۱ شهریور ۱۴۰۵"), QStringLiteral("انجمن کارگران تهران"), QStringLiteral("Red de Traductoras"),
               QStringLiteral("Emotional labour"), QStringLiteral("همراهی در سوگ"), QStringLiteral("<missing>")}});
    const auto funds = table(tables, QStringLiteral("Funds and their consent"));
    REQUIRE(funds.size() == 1);
    CHECK(funds[0][4] == QStringLiteral("300,00\u00a0€"));
    CHECK(funds[0][5] == QStringLiteral("disbursed"));
    CHECK(funds[0][6].startsWith(QStringLiteral("approved for انجمن کارگران تهران by Leila at 2026-")));
    CHECK(funds[0][6].contains(QStringLiteral("; approved for Red de Traductoras by Marta at ")));

    // The chain covers every posted entry, June's too; its head is the file's.
    REQUIRE(doc.chain.has_value());
    auto head = store::chainHead(f.ws.database());
    REQUIRE(head.ok());
    CHECK(doc.chain->head == QString::fromLatin1(head->toHex()));
    CHECK(doc.chain->entries == 6);
    CHECK(doc.chain->verifyCommand == QStringLiteral("trellis-cli check WORKSPACE --head ") + doc.chain->head);
    CHECK(doc.records == 5);
}

TEST_CASE("Ledger review of one pair leaves other pairs out and an empty period has no records", "[reports][builders]")
{
    ReportFixture f;
    const qint64 third = f.addPartner(QStringLiteral("Союз учителей"), QStringLiteral("ru"));
    ReportRequest request;
    request.first = QStringLiteral("es");
    request.second = QStringLiteral("ru");
    request.partnerId = third;
    auto doc = buildReport(f.ws, request);
    REQUIRE(doc.ok());
    CHECK(doc->records == 0);
    for (const auto &[caption, rows] : test::tableTexts(*doc))
        CHECK(rows.isEmpty());

    request.partnerId = f.es;
    request.period = *store::Period::parse(QStringLiteral("2026-06"));
    doc = buildReport(f.ws, request);
    REQUIRE(doc.ok());
    CHECK(doc->records == 1);
}

TEST_CASE("A report refuses unknown and repeated languages", "[reports][builders]")
{
    ReportFixture f;
    ReportRequest request;
    request.first = QStringLiteral("xx-klingon");
    request.second = QStringLiteral("es");
    auto doc = buildReport(f.ws, request);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().code == ErrorCode::InvalidInput);
    CHECK(doc.error().message.startsWith(QStringLiteral("Unknown language “xx-klingon”")));
    request.first = QStringLiteral("ES");
    doc = buildReport(f.ws, request);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().message == QStringLiteral("A report needs two different languages."));
}

TEST_CASE("Retro report: every answer side by side with votes, tags, status and actions", "[reports][builders]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::RetroReport);
    CHECK(doc.records == 1);
    REQUIRE(doc.sections.size() == 1);
    CHECK(doc.sections[0].title == QStringLiteral("Retro of 2026-Q3"));
    const auto rows = test::rowTexts(doc);
    CHECK(rows.contains(QStringLiteral("Held on | ۸ مهر ۱۴۰۵ | 30 de septiembre de 2026")));
    CHECK(rows.contains(QStringLiteral("Participants | \u2068انجمن کارگران تهران\u2069 · \u2068Red de Traductoras\u2069 | "
                                       "\u2068انجمن کارگران تهران\u2069 · \u2068Red de Traductoras\u2069")));
    CHECK(rows.contains(QStringLiteral("انجمن کارگران تهران (3 vote(s)) tags: translation | ترجمه‌های شبانه | Las traducciones nocturnas")));
    CHECK(rows.contains(QStringLiteral("Red de Traductoras (0 vote(s)) | <missing> | La huelga de agosto")));
    CHECK(rows.contains(QStringLiteral("Red de Traductoras | <missing> | Rotar la traducción")));
    CHECK(rows.contains(QStringLiteral("Due | ۱۰ آبان ۱۴۰۵ | 1 de noviembre de 2026")));
    // The machine translation keeps its status for the writers to show.
    const auto &question = std::get<std::shared_ptr<Section>>(doc.sections[0].blocks[4]);
    CHECK(question->title == QStringLiteral("What felt extractive?"));
    const auto &answer = std::get<Row>(question->blocks[0]);
    CHECK(answer.first.status == domain::TranslationStatus::Original);
    CHECK(answer.second.status == domain::TranslationStatus::Machine);

    const auto none = f.build(ReportKind::RetroReport, QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("2025"));
    CHECK(none.records == 0);
}

TEST_CASE("Protocol handbook: version, steps, agreements, review date and incidents", "[reports][builders]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::ProtocolHandbook, QStringLiteral("es"), QStringLiteral("fa"));
    CHECK(doc.records == 1);
    CHECK(doc.sections[0].title == QStringLiteral("\u2068Pausa de cuidado\u2069 (version 1)"));
    const auto rows = test::rowTexts(doc);
    CHECK(rows.contains(QStringLiteral("Title | Pausa de cuidado | مکث مراقبت")));
    CHECK(rows.contains(QStringLiteral("Step 2 | Escuchar | <missing>")));
    CHECK(rows.contains(QStringLiteral("Review due | 1 de marzo de 2027 | ۱۰ اسفند ۱۴۰۵")));
    CHECK(rows.contains(QStringLiteral("Leila | \u2068انجمن کارگران تهران\u2069 · \u2068Leila\u2069 · \u20681 de julio de 2026\u2069 | "
                                       "\u2068انجمن کارگران تهران\u2069 · \u2068Leila\u2069 · \u2068۱۰ تیر ۱۴۰۵\u2069")));
    CHECK(rows.contains(QStringLiteral("What happened | Retraso en el pago | <missing>")));
    // Fields nobody wrote are left out rather than shown as untranslated.
    CHECK_FALSE(rows.join(u'\n').contains(QStringLiteral("Outcome")));
    CHECK(doc.sections.last().title == QStringLiteral("Rupture rehearsals"));
}

TEST_CASE("Partner directory: own script, Latin form, paraphrases", "[reports][builders]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::PartnerDirectory, QStringLiteral("zh-Hans"), QStringLiteral("es"));
    CHECK(doc.records == 2);
    const auto rows = test::rowTexts(doc);
    CHECK(rows.contains(QStringLiteral("Name | انجمن کارگران تهران | انجمن کارگران تهران")));
    CHECK(rows.contains(QStringLiteral("Latin form | Red de Traductoras | Red de Traductoras")));
    CHECK(rows.contains(QStringLiteral("As Red de Traductoras understood it | <missing> | Quieren salarios dignos")));
    // A name in its own script keeps its language and direction in any column.
    const auto persian = std::find_if(doc.sections.cbegin(), doc.sections.cend(),
                                      [](const Section &s) { return s.title == QStringLiteral("انجمن کارگران تهران"); });
    REQUIRE(persian != doc.sections.cend());
    const auto &name = std::get<Row>(persian->blocks[0]);
    CHECK(name.first.language == QStringLiteral("fa"));
    CHECK(name.first.direction == i18n::TextDirection::RightToLeft);
}

TEST_CASE("A report of all time says so in each column, in a language it is truly in", "[reports][builders][i18n]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::PartnerDirectory, QStringLiteral("fa"), QStringLiteral("en"), QString());
    const Row *period = nullptr;
    for (const Row &fact : doc.facts) {
        if (fact.label == QStringLiteral("Period"))
            period = &fact;
    }
    REQUIRE(period);
    // English is the words' own language. Persian: this test program has no translations built
    // in, so the word is the interface's (English), and marked English, never Persian.
    CHECK(period->second.text == QStringLiteral("all time"));
    CHECK(period->second.language == QStringLiteral("en"));
    CHECK(period->first.text == QStringLiteral("all time"));
    CHECK(period->first.language == QStringLiteral("en"));
    CHECK(period->first.direction == i18n::TextDirection::LeftToRight);
}
