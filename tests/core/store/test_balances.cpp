// Balances on a hand-built ledger: units kept apart, reversals cancelled, drafts and pending funds
// left out, narrative-only entries listed, every kind of period, and the whole matrix.
#include "storefixture.h"

#include "store/balances.h"
#include "store/ledgerstore.h"

using namespace trellis;
using namespace trellis::domain;
using store::Balances;
using store::Period;

namespace {

struct BalanceFixture : test::WorkspaceFixture {
    qint64 a = addPartner(QStringLiteral("Colombo Garment Workers"), QStringLiteral("en"));
    qint64 b = addPartner(QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR"));
    qint64 c = addPartner(QStringLiteral("Союз учителей"), QStringLiteral("ru"));
    store::LedgerStore ledger{ws};
    Balances balances{ws};

    qint64 add(const char *date, qint64 from, qint64 to, ContributionKind kind, const char *amount, const char *unit,
               EntryStatus status = EntryStatus::Posted, const QString &narrative = QStringLiteral("Shared work"))
    {
        LedgerEntry e;
        e.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
        e.fromPartnerId = from;
        e.toPartnerId = to;
        e.kind = kind;
        e.status = status;
        const auto u = Unit::parse(QLatin1String(unit));
        REQUIRE(u.ok());
        if (!u->isNone())
            e.quantity = *Quantity::fromPlainString(QLatin1String(amount), *u);
        e.narrative = BilingualText(QStringLiteral("en"), narrative);
        auto id = ledger.add(e);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    void approve(qint64 entry, qint64 partner, bool yes = true)
    {
        REQUIRE(ledger.recordConsent(entry, partner, yes, QStringLiteral("Treasurer")).ok());
    }
    store::Balance balance(qint64 of, std::optional<qint64> with, const QString &period = QString())
    {
        auto p = Period::parse(period);
        REQUIRE(p.ok());
        auto result = balances.between(of, with, *p);
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return *result;
    }
    QStringList units(const store::Balance &bal)
    {
        QStringList keys;
        for (const auto &u : bal.units)
            keys << u.unit;
        return keys;
    }
};

/// The ledger every balance test below reads: figures chosen so that each rule changes a total.
struct AllianceLedger : BalanceFixture {
    qint64 hostingNights = 0;
    AllianceLedger()
    {
        add("2025-12-31", a, b, ContributionKind::Time, "2", "hours");
        add("2026-01-10", a, b, ContributionKind::Time, "10.50", "hours");
        add("2026-02-05", b, a, ContributionKind::Time, "4.25", "hours");
        const qint64 disbursed = add("2026-02-20", a, b, ContributionKind::Funds, "300.00", "EUR");
        approve(disbursed, a);
        approve(disbursed, b);
        const qint64 pending = add("2026-03-15", b, a, ContributionKind::Funds, "120.00", "EUR");
        approve(pending, b);
        const qint64 dollars = add("2026-04-02", a, b, ContributionKind::Funds, "50.00", "USD");
        approve(dollars, b);
        approve(dollars, a);
        add("2026-04-10", a, b, ContributionKind::Translation, "2000", "words");
        add("2026-05-01", b, a, ContributionKind::Materials, "45.50", "EUR");
        hostingNights = add("2026-03-30", a, b, ContributionKind::Hosting, "3", "nights");
        REQUIRE(ledger.reverse(hostingNights, BilingualText(QStringLiteral("en"), QStringLiteral("Entered twice")),
                               QDate(2026, 4, 3)).ok());
        add("2026-02-01", a, b, ContributionKind::Time, "100", "hours", EntryStatus::Draft);
        add("2026-02-14", b, a, ContributionKind::MoralLeadership, "", "", EntryStatus::Posted,
            QStringLiteral("Public statement of support during the crackdown"));
        add("2026-07-15", a, c, ContributionKind::Time, "7", "hours");
        add("2026-06-01", c, b, ContributionKind::Funds, "999.00", "EUR");
        const qint64 withdrawn = add("2026-05-20", a, b, ContributionKind::Funds, "80.00", "EUR");
        approve(withdrawn, a);
        approve(withdrawn, b);
        approve(withdrawn, b, false);
    }
};

} // namespace

TEST_CASE("Periods parse months, quarters, years and ranges", "[store][balance]")
{
    auto p = [](const char *text) {
        auto r = Period::parse(QLatin1String(text));
        INFO(text);
        REQUIRE(r.ok());
        return r->toString();
    };
    CHECK(p("2026-Q3") == QStringLiteral("2026-07-01..2026-09-30"));
    CHECK(p("2026-q1") == QStringLiteral("2026-01-01..2026-03-31"));
    CHECK(p("2026-07") == QStringLiteral("2026-07-01..2026-07-31"));
    CHECK(p("2026-02") == QStringLiteral("2026-02-01..2026-02-28"));
    CHECK(p("2024-02") == QStringLiteral("2024-02-01..2024-02-29"));
    CHECK(p("2026") == QStringLiteral("2026-01-01..2026-12-31"));
    CHECK(p("2026-01-01..2026-03-31") == QStringLiteral("2026-01-01..2026-03-31"));
    CHECK(p("..2026-03-31") == QStringLiteral("..2026-03-31"));
    CHECK(p("2026-05-04") == QStringLiteral("2026-05-04..2026-05-04"));
    CHECK(p("") == QStringLiteral("all time"));
}

TEST_CASE("A period's ISO bounds stand in for open ends with the earliest and latest dates", "[store][balance]")
{
    const Period quarter = *Period::parse(QStringLiteral("2026-Q3"));
    CHECK(quarter.firstIso() == QStringLiteral("2026-07-01"));
    CHECK(quarter.lastIso() == QStringLiteral("2026-09-30"));
    const Period until = *Period::parse(QStringLiteral("..2026-03-31"));
    CHECK(until.firstIso() == QStringLiteral("0000-01-01"));
    CHECK(until.lastIso() == QStringLiteral("2026-03-31"));
    const Period always;
    CHECK(always.firstIso() == QStringLiteral("0000-01-01"));
    CHECK(always.lastIso() == QStringLiteral("9999-12-31"));
}

TEST_CASE("Bad periods are refused with the reason", "[store][balance][bad-input]")
{
    auto why = [](const char *text) {
        auto r = Period::parse(QLatin1String(text));
        INFO(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        return r.error().message;
    };
    CHECK(why("2026-13").contains(QStringLiteral("no month 13")));
    CHECK(why("2026-Q5").contains(QStringLiteral("2026-Q1 to 2026-Q4")));
    CHECK(why("2026-02-30").contains(QStringLiteral("\"2026-02-30\" is not a real day")));
    CHECK(why("2026-03-31..2026-01-01").contains(QStringLiteral("ends before it starts")));
    CHECK(why("..").contains(QStringLiteral("at least one end")));
    CHECK(why("yesterday").contains(QStringLiteral("not a period")));
    CHECK(why("0000").contains(QStringLiteral("no year 0")));
}

TEST_CASE("Asymmetry is exact and rounded half up", "[store][balance]")
{
    CHECK(store::Asymmetry{1, 3}.toString() == QStringLiteral("0.3333"));
    CHECK(store::Asymmetry{2, 3}.toString() == QStringLiteral("0.6667"));
    CHECK(store::Asymmetry{0, 5}.toString() == QStringLiteral("0.0000"));
    CHECK(store::Asymmetry{5, 5}.toString() == QStringLiteral("1.0000"));
    CHECK(store::Asymmetry{1, 8}.toString(2) == QStringLiteral("0.13"));
    CHECK(store::Asymmetry{1, 2}.toString(0) == QStringLiteral("1"));
    store::UnitBalance u{QStringLiteral("hours"), 1050, 425};
    REQUIRE(u.asymmetry().has_value());
    CHECK(*u.asymmetry() == store::Asymmetry{625, 1475});
    CHECK(u.net() == 625);
    CHECK_FALSE(store::UnitBalance{QStringLiteral("EUR")}.asymmetry().has_value());
    const qint64 big = std::numeric_limits<qint64>::max() / 2;
    CHECK(store::UnitBalance{QStringLiteral("words"), big, big}.asymmetry()->toString() == QStringLiteral("0.0000"));
}

TEST_CASE("A pair's all-time balance keeps units apart and counts only what holds", "[store][balance]")
{
    AllianceLedger f;
    const auto bal = f.balance(f.a, f.b);
    CHECK(f.units(bal) == QStringList{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("hours"),
                                      QStringLiteral("words")});
    const auto *hours = bal.unit(QStringLiteral("hours"));
    REQUIRE(hours);
    CHECK(hours->given == 1250);    // 2 + 10.50; the 100-hour draft does not count
    CHECK(hours->received == 425);
    CHECK(hours->net() == 825);
    CHECK(hours->asymmetry()->toString() == QStringLiteral("0.4925")); // 825 / 1675
    CHECK(hours->entries == 3);

    const auto *eur = bal.unit(QStringLiteral("EUR"));
    REQUIRE(eur);
    CHECK(eur->given == 30000);                 // 300.00 disbursed; 80.00 withdrawn by one side
    CHECK(eur->fundsProposedGiven == 38000);
    CHECK(eur->fundsDisbursedGiven == 30000);
    CHECK(eur->received == 4550);               // materials 45.50; the 120.00 funds await A's approval
    CHECK(eur->fundsProposedReceived == 12000);
    CHECK(eur->fundsDisbursedReceived == 0);
    CHECK(eur->net() == 25450);
    CHECK(eur->asymmetry()->toString() == QStringLiteral("0.7366")); // 25450 / 34550
    CHECK(eur->entries == 4);

    const auto *usd = bal.unit(QStringLiteral("USD"));
    REQUIRE(usd);
    CHECK(usd->given == 5000);
    CHECK(usd->received == 0);
    CHECK(usd->asymmetry()->toString() == QStringLiteral("1.0000"));
    CHECK(bal.unit(QStringLiteral("words"))->given == 2000);
    CHECK(bal.unit(QStringLiteral("nights")) == nullptr); // reversed: gone from every balance

    REQUIRE(bal.narrativeOnly.size() == 1);
    const auto &n = bal.narrativeOnly.first();
    CHECK(n.date == QDate(2026, 2, 14));
    CHECK(n.fromPartnerId == f.b);
    CHECK(n.toPartnerId == f.a);
    CHECK(n.kind == ContributionKind::MoralLeadership);
    CHECK(n.language == QStringLiteral("en"));
    CHECK(n.narrative == QStringLiteral("Public statement of support during the crackdown"));

    // The other side sees the mirror image.
    const auto mirror = f.balance(f.b, f.a);
    CHECK(mirror.unit(QStringLiteral("EUR"))->given == 4550);
    CHECK(mirror.unit(QStringLiteral("EUR"))->received == 30000);
    CHECK(mirror.unit(QStringLiteral("hours"))->net() == -825);
    CHECK(mirror.narrativeOnly.size() == 1);
}

TEST_CASE("Balances per month, quarter, year and range", "[store][balance]")
{
    AllianceLedger f;
    const auto q1 = f.balance(f.a, f.b, QStringLiteral("2026-Q1"));
    CHECK(f.units(q1) == QStringList{QStringLiteral("EUR"), QStringLiteral("hours")});
    CHECK(q1.unit(QStringLiteral("hours"))->given == 1050);
    CHECK(q1.unit(QStringLiteral("hours"))->received == 425);
    CHECK(q1.unit(QStringLiteral("EUR"))->given == 30000);
    CHECK(q1.unit(QStringLiteral("EUR"))->received == 0);
    CHECK(q1.unit(QStringLiteral("EUR"))->fundsProposedReceived == 12000);
    CHECK(q1.narrativeOnly.size() == 1);

    // The reversal is dated 2026-04-03 but cancels its March original: April shows no nights.
    const auto april = f.balance(f.a, f.b, QStringLiteral("2026-04"));
    CHECK(f.units(april) == QStringList{QStringLiteral("USD"), QStringLiteral("words")});
    CHECK(april.unit(QStringLiteral("USD"))->given == 5000);
    CHECK(april.narrativeOnly.isEmpty());
    const auto march = f.balance(f.a, f.b, QStringLiteral("2026-03"));
    CHECK(march.unit(QStringLiteral("nights")) == nullptr);

    const auto year = f.balance(f.a, f.b, QStringLiteral("2026"));
    CHECK(year.unit(QStringLiteral("hours"))->given == 1050); // the 2025 entry is outside
    CHECK(year.unit(QStringLiteral("EUR"))->received == 4550);

    // A range that holds the 100-hour draft of 2026-02-01: drafts never count.
    const auto range = f.balance(f.a, f.b, QStringLiteral("2026-02-01..2026-04-30"));
    CHECK(f.units(range) == QStringList{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("hours"),
                                       QStringLiteral("words")});
    CHECK(range.unit(QStringLiteral("hours"))->given == 0);
    CHECK(range.unit(QStringLiteral("hours"))->received == 425);
    CHECK(range.unit(QStringLiteral("hours"))->net() == -425);
    CHECK(range.unit(QStringLiteral("hours"))->asymmetry()->toString() == QStringLiteral("1.0000"));
    CHECK(range.narrativeOnly.size() == 1);

    const auto empty = f.balance(f.a, f.b, QStringLiteral("2027"));
    CHECK(empty.units.isEmpty());
    CHECK(empty.narrativeOnly.isEmpty());
}

TEST_CASE("One partner against all others", "[store][balance]")
{
    AllianceLedger f;
    const auto all = f.balance(f.a, std::nullopt);
    CHECK(all.unit(QStringLiteral("hours"))->given == 1950); // 12.50 to Recife, 7 to the teachers
    CHECK(all.unit(QStringLiteral("hours"))->received == 425);
    CHECK(all.unit(QStringLiteral("EUR"))->given == 30000); // the teachers' 999.00 to Recife is not A's
    const auto teachers = f.balance(f.c, std::nullopt);
    CHECK(teachers.unit(QStringLiteral("hours"))->received == 700);
    CHECK(teachers.unit(QStringLiteral("EUR"))->given == 0);
    CHECK(teachers.unit(QStringLiteral("EUR"))->fundsProposedGiven == 99900);
    CHECK_FALSE(teachers.unit(QStringLiteral("EUR"))->asymmetry().has_value()); // nothing counted either way
}

TEST_CASE("Bad balance requests are refused", "[store][balance][bad-input]")
{
    AllianceLedger f;
    auto self = f.balances.between(f.a, f.a);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("two different partners")));
    auto ghost = f.balances.between(f.a, 4242);
    REQUIRE_FALSE(ghost.ok());
    CHECK(ghost.error().code == ErrorCode::NotFound);
    CHECK(ghost.error().message == QStringLiteral("Partner 4242 does not exist"));
}

TEST_CASE("Funds follow consent: proposed, one side, both, withdrawn, reversed", "[store][balance][consent]")
{
    BalanceFixture f;
    const qint64 id = f.add("2026-08-01", f.a, f.b, ContributionKind::Funds, "1250.75", "BRL");
    auto given = [&] { return f.balance(f.a, f.b).unit(QStringLiteral("BRL"))->given; };
    auto consent = [&] {
        auto c = f.ledger.consent(id);
        REQUIRE(c.ok());
        return *c;
    };
    CHECK_FALSE(consent().fromApproved);
    CHECK_FALSE(consent().toApproved);
    CHECK(given() == 0);
    CHECK(f.balance(f.a, f.b).unit(QStringLiteral("BRL"))->fundsProposedGiven == 125075);

    f.approve(id, f.a);
    CHECK(consent().fromApproved);
    CHECK_FALSE(consent().disbursed());
    CHECK(given() == 0);

    f.approve(id, f.b);
    CHECK(consent().disbursed());
    CHECK(given() == 125075);
    CHECK(f.balance(f.b, f.a).unit(QStringLiteral("BRL"))->received == 125075);

    f.approve(id, f.a, false);
    CHECK_FALSE(consent().disbursed());
    CHECK(consent().history.size() == 3);
    CHECK(given() == 0);

    f.approve(id, f.a);
    CHECK(given() == 125075);

    // A third partner's word is refused and changes nothing.
    CHECK_FALSE(f.ledger.recordConsent(id, f.c, true, QStringLiteral("Outsider")).ok());
    CHECK(consent().history.size() == 4);

    REQUIRE(f.ledger.reverse(id, {}, QDate(2026, 9, 2)).ok());
    const auto after = f.balance(f.a, f.b);
    CHECK(after.unit(QStringLiteral("BRL")) == nullptr);
}

TEST_CASE("The partner matrix sums every pair and unit in one pass", "[store][balance]")
{
    AllianceLedger f;
    auto cells = f.balances.matrix();
    REQUIRE(cells.ok());
    QStringList rows;
    for (const auto &cell : *cells)
        rows << QStringLiteral("%1>%2 %3 %4/%5/%6 n=%7").arg(cell.fromPartnerId).arg(cell.toPartnerId).arg(cell.unit)
                    .arg(cell.counted).arg(cell.fundsProposed).arg(cell.fundsDisbursed).arg(cell.entries);
    rows.sort();
    const QString A = QString::number(f.a), B = QString::number(f.b), C = QString::number(f.c);
    QStringList expected{
        A + u'>' + B + QStringLiteral(" EUR 30000/38000/30000 n=2"),
        A + u'>' + B + QStringLiteral(" USD 5000/5000/5000 n=1"),
        A + u'>' + B + QStringLiteral(" hours 1250/0/0 n=2"),
        A + u'>' + B + QStringLiteral(" words 2000/0/0 n=1"),
        A + u'>' + C + QStringLiteral(" hours 700/0/0 n=1"),
        B + u'>' + A + QStringLiteral(" EUR 4550/12000/0 n=2"),
        B + u'>' + A + QStringLiteral(" hours 425/0/0 n=1"),
        C + u'>' + B + QStringLiteral(" EUR 0/99900/0 n=1"),
    };
    expected.sort();
    CHECK(rows == expected);

    auto q2 = f.balances.matrix(*Period::parse(QStringLiteral("2026-Q2")));
    REQUIRE(q2.ok());
    qint64 eurQ2 = -1;
    for (const auto &cell : *q2)
        if (cell.fromPartnerId == f.b && cell.unit == QLatin1String("EUR"))
            eurQ2 = cell.counted;
    CHECK(eurQ2 == 4550);
    CHECK(q2->size() == 5); // A>B USD, words, EUR(withdrawn 80); B>A EUR materials; C>B EUR
}

namespace {

QString describe(const store::Balance &b)
{
    QStringList lines{QStringLiteral("partner %1 with %2 over %3").arg(b.partnerId)
                          .arg(b.otherPartnerId ? QString::number(*b.otherPartnerId) : QStringLiteral("all"))
                          .arg(b.period.toString())};
    for (const auto &u : b.units)
        lines << QStringLiteral("  %1 given %2 received %3 proposed %4/%5 disbursed %6/%7 entries %8")
                     .arg(u.unit).arg(u.given).arg(u.received).arg(u.fundsProposedGiven).arg(u.fundsProposedReceived)
                     .arg(u.fundsDisbursedGiven).arg(u.fundsDisbursedReceived).arg(u.entries);
    for (const auto &n : b.narrativeOnly)
        lines << QStringLiteral("  narrative %1 %2 %3>%4 %5 [%6] %7").arg(n.entryId).arg(n.date.toString(Qt::ISODate))
                     .arg(n.fromPartnerId).arg(n.toPartnerId).arg(contributionKindKey(n.kind), n.language, n.narrative);
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("All balances in one pass equal each partner's balance against all others", "[store][balance]")
{
    AllianceLedger f;
    const qint64 d = f.addPartner(QStringLiteral("Sindicato sin entradas"), QStringLiteral("es"));
    // More of what the one pass must get right: a reversed narrative-only entry, a disbursed and
    // then reversed funds entry, a third currency, narratives on one day (ordered by id), a reversal
    // dated in another quarter than its original.
    const qint64 told = f.add("2026-03-03", f.c, f.a, ContributionKind::Other, "", "", EntryStatus::Posted,
                              QStringLiteral("Told twice by mistake"));
    REQUIRE(f.ledger.reverse(told, {}, QDate(2026, 3, 4)).ok());
    f.add("2026-02-14", f.c, f.b, ContributionKind::ContextualisingNews, "", "", EntryStatus::Posted,
          QStringLiteral("Объяснили новый трудовой закон"));
    f.add("2026-02-14", f.a, f.c, ContributionKind::Other, "", "", EntryStatus::Draft, QStringLiteral("A draft"));
    const qint64 yen = f.add("2026-03-28", f.c, f.a, ContributionKind::Funds, "5000", "JPY");
    f.approve(yen, f.c);
    f.approve(yen, f.a);
    REQUIRE(f.ledger.reverse(yen, {}, QDate(2026, 7, 1)).ok());
    f.add("2026-06-30", f.b, f.c, ContributionKind::Funds, "10.00", "USD");

    for (const QString &text : {QString(), QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"), QStringLiteral("2026-03"),
                                QStringLiteral("2026-02-01..2026-04-30"), QStringLiteral("2027")}) {
        INFO("period " << text.toStdString());
        const auto period = Period::parse(text);
        REQUIRE(period.ok());
        auto all = f.balances.all(*period);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 4);
        for (qsizetype i = 0; i < all->size(); ++i) {
            const store::Balance &one = all->at(i);
            CHECK(one.partnerId == QList<qint64>{f.a, f.b, f.c, d}.at(i));
            CHECK_FALSE(one.otherPartnerId.has_value());
            CHECK(describe(one) == describe(f.balance(one.partnerId, std::nullopt, text)));
        }
    }

    // The comparison above would pass on two empty answers: a few figures by hand.
    auto all = f.balances.all();
    REQUIRE(all.ok());
    const store::Balance &a = all->at(0), &c = all->at(2), &none = all->at(3);
    CHECK(a.unit(QStringLiteral("hours"))->given == 1950);
    CHECK(a.unit(QStringLiteral("EUR"))->given == 30000);
    CHECK(a.unit(QStringLiteral("JPY")) == nullptr); // disbursed, then reversed: nothing left
    CHECK(c.unit(QStringLiteral("USD"))->fundsProposedReceived == 1000);
    CHECK(c.unit(QStringLiteral("USD"))->received == 0);
    REQUIRE(c.narrativeOnly.size() == 1); // the reversed one is gone, the draft never counts
    CHECK(c.narrativeOnly.first().narrative == QStringLiteral("Объяснили новый трудовой закон"));
    REQUIRE(all->at(1).narrativeOnly.size() == 2); // B: both of 2026-02-14, by id
    CHECK(all->at(1).narrativeOnly.at(0).entryId < all->at(1).narrativeOnly.at(1).entryId);
    CHECK(none.units.isEmpty());
    CHECK(none.narrativeOnly.isEmpty());
}

TEST_CASE("Balance totals equal every partner's units in all balances, with no narratives", "[store][balance]")
{
    AllianceLedger f;
    const qint64 d = f.addPartner(QStringLiteral("Sindicato sin entradas"), QStringLiteral("es"));
    const qint64 told = f.add("2026-03-03", f.c, f.a, ContributionKind::Other, "", "", EntryStatus::Posted,
                              QStringLiteral("Told twice by mistake"));
    REQUIRE(f.ledger.reverse(told, {}, QDate(2026, 3, 4)).ok());
    const qint64 yen = f.add("2026-03-28", f.c, f.a, ContributionKind::Funds, "5000", "JPY");
    f.approve(yen, f.c);
    f.approve(yen, f.a);
    REQUIRE(f.ledger.reverse(yen, {}, QDate(2026, 7, 1)).ok());
    f.add("2026-06-30", f.b, f.c, ContributionKind::Funds, "10.00", "USD");
    f.add("2026-06-30", f.a, f.c, ContributionKind::Funds, "7.00", "USD", EntryStatus::Draft);

    for (const QString &text : {QString(), QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"), QStringLiteral("2027")}) {
        INFO("period " << text.toStdString());
        const auto period = Period::parse(text);
        REQUIRE(period.ok());
        auto all = f.balances.all(*period);
        auto totals = f.balances.totals(*period);
        REQUIRE(all.ok());
        REQUIRE(totals.ok());
        REQUIRE(totals->size() == all->size());
        for (qsizetype i = 0; i < all->size(); ++i) {
            store::Balance expected = all->at(i);
            expected.narrativeOnly.clear();
            CHECK(totals->at(i).narrativeOnly.isEmpty());
            CHECK(describe(totals->at(i)) == describe(expected));
        }
    }
    auto totals = f.balances.totals();
    REQUIRE(totals.ok());
    REQUIRE(totals->size() == 4);
    CHECK(totals->at(0).unit(QStringLiteral("EUR"))->given == 30000);
    CHECK(totals->at(0).unit(QStringLiteral("JPY")) == nullptr);
    CHECK(totals->at(2).unit(QStringLiteral("USD"))->fundsProposedReceived == 1000);
    CHECK(totals->at(3).partnerId == d);
    CHECK(totals->at(3).units.isEmpty());
}
