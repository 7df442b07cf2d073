// Ledger entries: exact quantities, posting, immutability (also through raw SQL), reversal, consent.
#include "storefixture.h"

#include "store/ledgerstore.h"
#include "store/statement.h"

using namespace trellis;
using namespace trellis::domain;

namespace {
struct LedgerFixture : test::WorkspaceFixture {
    qint64 colombo = addPartner(QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
    qint64 recife = addPartner(QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
    store::LedgerStore ledger{ws};

    LedgerEntry entry(const QString &amount, const QString &unit, ContributionKind kind = ContributionKind::Time)
    {
        LedgerEntry e;
        e.date = QDate(2026, 3, 14);
        e.fromPartnerId = colombo;
        e.toPartnerId = recife;
        e.kind = kind;
        auto u = Unit::parse(unit);
        REQUIRE(u.ok());
        if (!u->isNone()) {
            auto q = Quantity::fromPlainString(amount, *u);
            REQUIRE(q.ok());
            e.quantity = *q;
        }
        e.narrative = BilingualText(QStringLiteral("en"), QStringLiteral("Subtitled the strike video"));
        return e;
    }
    qint64 count() { return *ledger.count(); }
};
} // namespace

TEST_CASE("Quantities are exact integers of minor units", "[domain][ledger]")
{
    CHECK(Quantity::fromPlainString(QStringLiteral("12.5"), Unit::hours())->minorUnits == 1250);
    CHECK(Quantity::fromPlainString(QStringLiteral("1234.50"), *Unit::currency(QStringLiteral("EUR")))->minorUnits == 123450);
    CHECK(Quantity::fromPlainString(QStringLiteral("1500"), *Unit::currency(QStringLiteral("JPY")))->minorUnits == 1500);
    CHECK(Quantity::fromPlainString(QStringLiteral("1.250"), *Unit::currency(QStringLiteral("KWD")))->minorUnits == 1250);
    CHECK(Quantity::fromPlainString(QStringLiteral("0.10"), *Unit::currency(QStringLiteral("EUR")))->toPlainString() == QStringLiteral("0.10"));
    CHECK(Quantity{-5, *Unit::currency(QStringLiteral("EUR"))}.toPlainString() == QStringLiteral("-0.05"));
    CHECK(Quantity{std::numeric_limits<qint64>::min(), Unit::words()}.toPlainString() == QStringLiteral("-9223372036854775808"));
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("1.5"), *Unit::currency(QStringLiteral("JPY"))).ok());
    CHECK(Quantity::fromPlainString(QStringLiteral("1.50"), Unit::hours())->minorUnits == 150);
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("1.255"), Unit::hours()).ok());
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("92233720368547758.08"), *Unit::currency(QStringLiteral("EUR"))).ok());
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("1e5"), Unit::words()).ok());
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("12,5"), Unit::hours()).ok());
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral(""), Unit::hours()).ok());
    CHECK_FALSE(Quantity::fromPlainString(QStringLiteral("1.2.3"), Unit::hours()).ok());
}

TEST_CASE("Units accept ISO currencies and the counted units, and refuse the rest", "[domain][ledger][bad-input]")
{
    CHECK(Unit::parse(QStringLiteral("eur"))->key() == QStringLiteral("EUR"));
    CHECK(Unit::parse(QStringLiteral("Hours"))->key() == QStringLiteral("hours"));
    CHECK(Unit::parse(QStringLiteral(""))->isNone());
    auto bad = Unit::parse(QStringLiteral("XBT"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("XBT")));
    CHECK_FALSE(Unit::currency(QStringLiteral("EURO")).ok());
}

TEST_CASE("Contribution kinds are read in British and American spellings", "[domain][ledger]")
{
    CHECK(contributionKindFromText(QStringLiteral("Emotional labor")) == ContributionKind::EmotionalLabour);
    CHECK(contributionKindFromText(QStringLiteral("emotional_labour")) == ContributionKind::EmotionalLabour);
    CHECK(contributionKindFromText(QStringLiteral("Contextualizing news")) == ContributionKind::ContextualisingNews);
    CHECK(contributionKindFromText(QStringLiteral("MORAL LEADERSHIP")) == ContributionKind::MoralLeadership);
    CHECK_FALSE(contributionKindFromText(QStringLiteral("bribes")).has_value());
}

TEST_CASE("A ledger entry round-trips", "[store][ledger]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("12.5"), QStringLiteral("hours"), ContributionKind::Translation);
    e.narrative.setTranslation(QStringLiteral("es"), {QStringLiteral("Subtituló el video de la huelga"),
                                                       TranslationStatus::Reviewed, QStringLiteral("Ana"), {}});
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    auto back = f.ledger.get(*id);
    REQUIRE(back.ok());
    CHECK(back->date == QDate(2026, 3, 14));
    CHECK(back->kind == ContributionKind::Translation);
    REQUIRE(back->quantity.has_value());
    CHECK(back->quantity->minorUnits == 1250);
    CHECK(back->quantity->unit == Unit::hours());
    CHECK(back->narrative == e.narrative);
    CHECK(back->status == EntryStatus::Draft);
}

TEST_CASE("Bad ledger entries are refused and nothing is saved", "[store][ledger][bad-input]")
{
    LedgerFixture f;
    auto refused = [&](LedgerEntry e, ErrorCode code, const QString &expected) {
        auto id = f.ledger.add(e);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == code);
        CHECK(id.error().message.contains(expected));
    };
    LedgerEntry self = f.entry(QStringLiteral("1"), QStringLiteral("hours"));
    self.toPartnerId = self.fromPartnerId;
    refused(self, ErrorCode::InvalidInput, QStringLiteral("not to itself"));
    LedgerEntry ghost = f.entry(QStringLiteral("1"), QStringLiteral("hours"));
    ghost.toPartnerId = 4242;
    refused(ghost, ErrorCode::NotFound, QStringLiteral("must exist"));
    LedgerEntry zero = f.entry(QStringLiteral("0"), QStringLiteral("hours"));
    refused(zero, ErrorCode::InvalidInput, QStringLiteral("more than zero"));
    LedgerEntry negative = f.entry(QStringLiteral("-3"), QStringLiteral("EUR"), ContributionKind::Funds);
    refused(negative, ErrorCode::InvalidInput, QStringLiteral("more than zero"));
    LedgerEntry fundsInHours = f.entry(QStringLiteral("3"), QStringLiteral("hours"), ContributionKind::Funds);
    refused(fundsInHours, ErrorCode::InvalidInput, QStringLiteral("currency"));
    LedgerEntry silent = f.entry(QString(), QString());
    silent.narrative = BilingualText();
    refused(silent, ErrorCode::InvalidInput, QStringLiteral("narrative"));
    LedgerEntry noDate = f.entry(QStringLiteral("1"), QStringLiteral("hours"));
    noDate.date = QDate();
    refused(noDate, ErrorCode::InvalidInput, QStringLiteral("date"));
    CHECK(f.count() == 0);
}

TEST_CASE("Posted entries are immutable, here and through raw SQL", "[store][ledger][bad-input]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("250.00"), QStringLiteral("EUR"), ContributionKind::Funds);
    e.status = EntryStatus::Posted;
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    CHECK_FALSE(e.postedAt.isEmpty());

    LedgerEntry edited = *f.ledger.get(*id);
    edited.quantity->minorUnits = 1;
    auto update = f.ledger.updateDraft(edited);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().code == ErrorCode::Immutable);
    auto removal = f.ledger.removeDraft(*id);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().code == ErrorCode::Immutable);

    auto &db = f.ws.database();
    auto raw = db.exec(QStringLiteral("UPDATE ledger_entry SET quantity = 1 WHERE id = %1").arg(*id));
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().code == ErrorCode::Immutable);
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM ledger_entry WHERE id = %1").arg(*id)).ok());
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE bitext_version SET body = 'forged' WHERE status = 'original' AND "
                                       "text_id = (SELECT narrative_text_id FROM ledger_entry WHERE id = %1)").arg(*id)).ok());
    auto back = f.ledger.get(*id);
    CHECK(back->quantity->minorUnits == 25000);
    CHECK(back->narrative.original() == QStringLiteral("Subtitled the strike video"));

    // Translations of a posted narrative may still be added.
    auto translated = db.exec(QStringLiteral(
        "INSERT INTO bitext_version(text_id, lang, body, status) SELECT narrative_text_id, 'es', 'Subtituló', 'human' "
        "FROM ledger_entry WHERE id = %1").arg(*id));
    CHECK(translated.ok());
}

TEST_CASE("A posted narrative takes translations, never a new original, and the chain holds", "[store][ledger][translation]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("3"), QStringLiteral("hours"));
    e.status = EntryStatus::Posted;
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    auto &db = f.ws.database();
    auto headBefore = db.query(QStringLiteral("SELECT hash FROM ledger_chain ORDER BY position DESC LIMIT 1"));
    REQUIRE(headBefore.ok());
    REQUIRE(headBefore->step().value());
    const QByteArray head = headBefore->blob(0);

    LedgerEntry shown = *f.ledger.get(*id);
    shown.narrative.setTranslation(QStringLiteral("es"), {QStringLiteral("Subtituló el vídeo de la huelga"), TranslationStatus::Human, {}, {}});
    REQUIRE(f.ledger.saveNarrativeTranslations(*id, shown.narrative).ok());
    LedgerEntry back = *f.ledger.get(*id);
    REQUIRE(back.narrative.translation(QStringLiteral("es")));
    CHECK(back.narrative.translation(QStringLiteral("es"))->text == QStringLiteral("Subtituló el vídeo de la huelga"));
    CHECK(back.narrative.original() == QStringLiteral("Subtitled the strike video"));
    CHECK(back.stamp.updatedAt == shown.stamp.updatedAt); // the row is untouched

    // A changed original, or another original language, is refused and changes nothing.
    LedgerEntry forged = back;
    forged.narrative = BilingualText(QStringLiteral("en"), QStringLiteral("Forged"));
    auto refused = f.ledger.saveNarrativeTranslations(*id, forged.narrative);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("only its translations")));
    CHECK(f.ledger.get(*id)->narrative.original() == QStringLiteral("Subtitled the strike video"));
    CHECK_FALSE(f.ledger.saveNarrativeTranslations(*id, BilingualText(QStringLiteral("fr"), back.narrative.original())).ok());
    CHECK_FALSE(f.ledger.saveNarrativeTranslations(9999, back.narrative).ok());

    auto headAfter = db.query(QStringLiteral("SELECT hash FROM ledger_chain ORDER BY position DESC LIMIT 1"));
    REQUIRE(headAfter.ok());
    REQUIRE(headAfter->step().value());
    CHECK(headAfter->blob(0) == head);
}

TEST_CASE("A draft can be edited, posted, then only reversed", "[store][ledger]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("3"), QStringLiteral("nights"), ContributionKind::Hosting);
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    e.quantity->minorUnits = 4;
    REQUIRE(f.ledger.updateDraft(e).ok());
    REQUIRE(f.ledger.post(*id).ok());
    CHECK(f.ledger.get(*id)->status == EntryStatus::Posted);
    CHECK_FALSE(f.ledger.post(*id).ok());

    auto reversal = f.ledger.reverse(*id, BilingualText(QStringLiteral("en"), QStringLiteral("Counted twice")),
                                     QDate(2026, 4, 1));
    REQUIRE(reversal.ok());
    auto r = f.ledger.get(*reversal);
    REQUIRE(r.ok());
    CHECK(r->reversesId == *id);
    CHECK(r->status == EntryStatus::Posted);
    CHECK(r->quantity->minorUnits == -4);
    CHECK(r->fromPartnerId == e.fromPartnerId);
    CHECK(*f.ledger.reversalOf(*id) == *reversal);

    auto twice = f.ledger.reverse(*id, {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK_FALSE(f.ledger.reverse(*reversal, {}).ok());
    LedgerEntry draft = f.entry(QStringLiteral("1"), QStringLiteral("hours"));
    auto draftId = f.ledger.add(draft);
    CHECK_FALSE(f.ledger.reverse(*draftId, {}).ok());
    REQUIRE(f.ledger.removeDraft(*draftId).ok());
    CHECK(f.count() == 2);
}

TEST_CASE("The file refuses a forged reversal that does not mirror its original", "[store][ledger][bad-input]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("10"), QStringLiteral("hours"));
    e.status = EntryStatus::Posted;
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    auto forged = f.ws.database().exec(QStringLiteral(
        "INSERT INTO ledger_entry(uuid, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, status, "
        "reverses_id, posted_at, created_at, updated_at) VALUES ('f', '2026-05-01', %1, %2, 'time', -999, 'hours', "
        "'posted', %3, 'x', 'x', 'x')").arg(f.colombo).arg(f.recife).arg(*id));
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().message.contains(QStringLiteral("reverse a posted entry exactly")));
}

TEST_CASE("Funds count as disbursed only with an approval standing from each side", "[store][ledger][consent]")
{
    LedgerFixture f;
    LedgerEntry e = f.entry(QStringLiteral("500"), QStringLiteral("EUR"), ContributionKind::Funds);
    e.status = EntryStatus::Posted;
    auto id = f.ledger.add(e);
    REQUIRE(id.ok());
    CHECK_FALSE(f.ledger.consent(*id)->disbursed());
    REQUIRE(f.ledger.recordConsent(*id, f.colombo, true, QStringLiteral("Nadeesha")).ok());
    CHECK_FALSE(f.ledger.consent(*id)->disbursed());
    REQUIRE(f.ledger.recordConsent(*id, f.recife, true, QStringLiteral("Joana"), QStringLiteral("by phone")).ok());
    CHECK(f.ledger.consent(*id)->disbursed());
    REQUIRE(f.ledger.recordConsent(*id, f.recife, false, QStringLiteral("Joana"), QStringLiteral("bank details wrong")).ok());
    auto c = f.ledger.consent(*id);
    CHECK_FALSE(c->disbursed());
    REQUIRE(c->history.size() == 3); // the withdrawal is recorded, not an erasure
    CHECK(c->history.at(1).approve);
    CHECK_FALSE(c->history.at(2).approve);
    CHECK(c->history.at(2).note == QStringLiteral("bank details wrong"));

    const qint64 outsider = f.addPartner(QStringLiteral("Outsider"), QStringLiteral("en"));
    CHECK_FALSE(f.ledger.recordConsent(*id, outsider, true, QStringLiteral("X")).ok());
    CHECK_FALSE(f.ledger.recordConsent(*id, f.colombo, true, QStringLiteral("  ")).ok());
    CHECK_FALSE(f.ws.database().exec(QStringLiteral("DELETE FROM funds_approval")).ok());
    CHECK_FALSE(f.ws.database().exec(QStringLiteral("UPDATE funds_approval SET action = 'approve'")).ok());
    LedgerEntry hours = f.entry(QStringLiteral("2"), QStringLiteral("hours"));
    auto hoursId = f.ledger.add(hours);
    CHECK_FALSE(f.ledger.recordConsent(*hoursId, f.colombo, true, QStringLiteral("X")).ok());
}
