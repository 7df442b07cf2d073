// The side-by-side formatter: columns in each language's direction, locale and calendar,
// missing translations shown as missing, and comprehension parity per record.
#include "testsupport.h"

#include "domain/sidebyside.h"

using namespace trellis;
using namespace trellis::domain;

namespace {

LedgerEntry persianEntry()
{
    LedgerEntry e;
    e.date = QDate(2026, 3, 14);
    e.fromPartnerId = 1;
    e.toPartnerId = 2;
    e.kind = ContributionKind::Time;
    e.quantity = Quantity{1250, Unit::hours()};
    e.narrative = BilingualText(QStringLiteral("fa"), QStringLiteral("ترجمهٔ بیانیه"));
    e.narrative.setTranslation(QStringLiteral("es"),
                               {QStringLiteral("Traducción del manifiesto"), TranslationStatus::Human, {}, {}});
    return e;
}

} // namespace

TEST_CASE("A Persian and a Spanish column format the same entry each in its own way", "[sidebyside]")
{
    const SideBySide view = sideBySide(recordTexts(persianEntry()), QStringLiteral("fa"), QStringLiteral("es"));

    CHECK(view.first.language == QStringLiteral("fa"));
    CHECK(view.first.direction == i18n::TextDirection::RightToLeft);
    CHECK(view.first.date == QStringLiteral("۲۳ اسفند ۱۴۰۴"));
    CHECK(view.first.quantity == QStringLiteral("۱۲٫۵ ساعت"));
    REQUIRE(view.first.fields.size() == 1);
    CHECK(view.first.fields.at(0).key == QStringLiteral("narrative"));
    CHECK(view.first.fields.at(0).text == QStringLiteral("ترجمهٔ بیانیه"));
    CHECK(view.first.fields.at(0).status == TranslationStatus::Original);

    CHECK(view.second.direction == i18n::TextDirection::LeftToRight);
    CHECK(view.second.date == QStringLiteral("14 de marzo de 2026"));
    CHECK(view.second.quantity == QStringLiteral("12,5 horas"));
    CHECK(view.second.fields.at(0).text == QStringLiteral("Traducción del manifiesto"));
    CHECK(view.second.fields.at(0).status == TranslationStatus::Human);
    CHECK(view.first.parityPercent() == 100);
    CHECK(view.second.parityPercent() == 100);
}

TEST_CASE("A missing translation is shown as missing and never filled from the other side", "[sidebyside]")
{
    LedgerEntry e = persianEntry();
    e.narrative.removeTranslation(QStringLiteral("es"));
    const SideBySide view = sideBySide(recordTexts(e), QStringLiteral("es"), QStringLiteral("fa"));
    const ColumnField &spanish = view.first.fields.at(0);
    CHECK(spanish.isMissing());
    CHECK(spanish.text.isEmpty());
    CHECK(spanish.written);
    CHECK(view.first.parityPercent() == 0);
    CHECK(view.second.parityPercent() == 100);
}

TEST_CASE("Comprehension parity counts written fields readable in each language", "[sidebyside]")
{
    ConflictProtocol p;
    p.title = BilingualText(QStringLiteral("ar"), QStringLiteral("بروتوكول الإصغاء"));
    p.title.setTranslation(QStringLiteral("es"), {QStringLiteral("Protocolo de escucha"), TranslationStatus::Machine, {}, {}});
    p.triggers = BilingualText(QStringLiteral("es"), QStringLiteral("Cuando una parte se siente ignorada"));
    p.roles = BilingualText(QStringLiteral("ar"), QStringLiteral("ميسّر من كل طرف"));
    p.steps = {BilingualText(QStringLiteral("ar"), QStringLiteral("توقف")), BilingualText()};
    p.reviewDue = QDate(2026, 11, 26);

    const SideBySide view = sideBySide(recordTexts(p), QStringLiteral("ar"), QStringLiteral("es"));
    REQUIRE(view.first.fields.size() == 5);
    CHECK(view.first.fields.at(4).key == QStringLiteral("step:2"));
    CHECK_FALSE(view.first.fields.at(4).written);
    // Four written fields: Arabic reads 3 of them, Spanish 2 (one a machine draft, marked as such).
    CHECK(view.first.written == 4);
    CHECK(view.first.readable == 3);
    CHECK(view.first.parityPercent() == 75);
    CHECK(view.second.readable == 2);
    CHECK(view.second.parityPercent() == 50);
    CHECK(view.second.fields.at(0).status == TranslationStatus::Machine);
    CHECK(view.second.fields.at(1).status == TranslationStatus::Original);
    CHECK(view.first.fields.at(1).isMissing());
    CHECK(view.first.direction == i18n::TextDirection::RightToLeft);
    CHECK(view.second.date == QStringLiteral("26 de noviembre de 2026"));
    CHECK(view.first.quantity.isEmpty());
}

TEST_CASE("A record with no written text has no parity figure", "[sidebyside]")
{
    Incident incident;
    const SideBySideColumn column = sideBySideColumn(recordTexts(incident), QStringLiteral("en"));
    CHECK(column.written == 0);
    CHECK_FALSE(column.parityPercent().has_value());
    CHECK(column.date.isEmpty());
}

TEST_CASE("Quantities follow each column's locale, currencies keep their minor units", "[sidebyside]")
{
    const auto eur = Unit::currency(QStringLiteral("EUR"));
    REQUIRE(eur.ok());
    const Quantity funds{123450, *eur};
    CHECK(formatQuantity(funds, QStringLiteral("es")) == QStringLiteral("1234,50\u00a0€"));
    CHECK(formatQuantity(funds, QStringLiteral("en")) == QStringLiteral("€1,234.50"));
    CHECK(formatQuantity(Quantity{3, Unit::nights()}, QStringLiteral("en")) == QStringLiteral("3 nights"));
    CHECK(formatQuantity(std::nullopt, QStringLiteral("en")).isEmpty());
}

TEST_CASE("Partner contact notes are left out unless asked for", "[sidebyside]")
{
    Partner p;
    p.name = BilingualText(QStringLiteral("he"), QStringLiteral("קואופרטיב"));
    p.contactNotes = BilingualText(QStringLiteral("he"), QStringLiteral("הערה"));
    CHECK(recordTexts(p).fields.size() == 2);
    REQUIRE(recordTexts(p, true).fields.size() == 3);
    CHECK(recordTexts(p, true).fields.at(2).key == QStringLiteral("contact_notes"));
}

TEST_CASE("A text of spaces is missing: no original, not written, no parity", "[sidebyside][bad-input]")
{
    BilingualText blank(QStringLiteral("fa"), QStringLiteral("  \t "));
    CHECK(blank.isEmpty());
    CHECK(blank.statusIn(QStringLiteral("fa")) == TranslationStatus::Missing);
    CHECK_FALSE(blank.textIn(QStringLiteral("fa")).has_value());
    CHECK(blank.languages().isEmpty());
    CHECK(blank.normalise(QStringLiteral("name")).ok());
    CHECK(blank.original().isEmpty());

    LedgerEntry e = persianEntry();
    e.narrative = BilingualText(QStringLiteral("fa"), QStringLiteral("   "));
    const SideBySide view = sideBySide(recordTexts(e), QStringLiteral("fa"), QStringLiteral("es"));
    CHECK(view.first.written == 0);
    CHECK_FALSE(view.first.parityPercent().has_value());
    CHECK(view.first.fields.first().status == TranslationStatus::Missing);
}
