// Partners round-trip in every script; bad fields are refused with the field named.
#include "storefixture.h"

#include "store/partnerstore.h"
#include "store/statement.h"

using namespace trellis;
using namespace trellis::domain;

TEST_CASE("A partner round-trips with RTL and CJK texts, translations and NFC normalisation", "[store][partner]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    Partner p;
    p.name = BilingualText(QStringLiteral("fa"), QStringLiteral("کارگران پوشاک تهران"));
    p.name.setTranslation(QStringLiteral("es"), {QStringLiteral("Trabajadoras del vestido de Teherán"),
                                                  TranslationStatus::Human, QStringLiteral("Lucía"),
                                                  QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)});
    p.kind = PartnerKind::Union;
    p.country = QStringLiteral("ir");
    p.languages = {QStringLiteral("fa"), QStringLiteral("EN")};
    p.locale = QStringLiteral("fa-IR-u-ca-persian");
    p.timeZone = QStringLiteral("Asia/Tehran");
    // "é" written decomposed must be stored composed.
    p.goals = BilingualText(QStringLiteral("zh-Hans"), QStringLiteral("团结 cafe\u0301"));
    p.contactNotes = BilingualText(QStringLiteral("en"), QStringLiteral("Signal only"));
    auto id = partners.add(p);
    REQUIRE(id.ok());
    CHECK(p.stamp.uuid.size() == 36);
    CHECK(p.country == QStringLiteral("IR"));

    auto back = partners.get(*id);
    REQUIRE(back.ok());
    CHECK(back->name == p.name);
    CHECK(back->name.statusIn(QStringLiteral("es")) == TranslationStatus::Human);
    CHECK(back->name.statusIn(QStringLiteral("ar")) == TranslationStatus::Missing);
    CHECK_FALSE(back->name.textIn(QStringLiteral("ar")).has_value());
    CHECK(back->goals.original() == QStringLiteral("团结 caf\u00e9"));
    CHECK(back->goals.originalLanguage() == QStringLiteral("zh-Hans"));
    CHECK(back->languages == QStringList{QStringLiteral("fa"), QStringLiteral("en")});
    CHECK(back->locale == QStringLiteral("fa-IR-u-ca-persian"));
    CHECK(back->timeZone == QStringLiteral("Asia/Tehran"));
    CHECK(back->contactNotes.original() == QStringLiteral("Signal only"));
    CHECK_FALSE(back->nameLatin.isEmpty());
    CHECK(back->stamp == p.stamp);
}

TEST_CASE("Updating a partner replaces translations and keeps its identity", "[store][partner]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    Partner p;
    p.name = BilingualText(QStringLiteral("ru"), QStringLiteral("Сергей"));
    p.name.setTranslation(QStringLiteral("en"), {QStringLiteral("Sergei"), TranslationStatus::Machine, {}, {}});
    REQUIRE(partners.add(p).ok());
    const QString uuid = p.stamp.uuid;
    p.name.removeTranslation(QStringLiteral("en"));
    p.name.setTranslation(QStringLiteral("es"), {QStringLiteral("Serguéi"), TranslationStatus::Reviewed, {}, {}});
    REQUIRE(partners.update(p).ok());
    auto back = partners.get(p.stamp.id);
    REQUIRE(back.ok());
    CHECK(back->stamp.uuid == uuid);
    CHECK(back->name.statusIn(QStringLiteral("en")) == TranslationStatus::Missing);
    CHECK(back->name.statusIn(QStringLiteral("es")) == TranslationStatus::Reviewed);
}

TEST_CASE("Bad partner fields are refused with the field named and nothing saved", "[store][partner][bad-input]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    auto refused = [&](Partner p, const QString &expected) {
        auto id = partners.add(p);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::InvalidInput);
        CHECK(id.error().message.contains(expected));
    };
    Partner good;
    good.name = BilingualText(QStringLiteral("es"), QStringLiteral("Rede Solidária"));

    Partner noName;
    refused(noName, QStringLiteral("needs a name"));
    Partner badLanguage = good;
    badLanguage.name = BilingualText(QStringLiteral("xx-!!"), QStringLiteral("Name"));
    refused(badLanguage, QStringLiteral("xx-!!"));
    Partner badCountry = good;
    badCountry.country = QStringLiteral("QQ");
    refused(badCountry, QStringLiteral("QQ"));
    Partner badZone = good;
    badZone.timeZone = QStringLiteral("Mars/Olympus");
    refused(badZone, QStringLiteral("Mars/Olympus"));
    Partner lone = good;
    lone.goals = BilingualText(QStringLiteral("en"), QString(QChar(0xD800)) + QStringLiteral("x"));
    refused(lone, QStringLiteral("Goals contains an invalid character"));
    Partner tooLong = good;
    tooLong.goals = BilingualText(QStringLiteral("en"), QString(2 * 1024 * 1024, u'a'));
    refused(tooLong, QStringLiteral("too long"));
    Partner sameLanguage = good;
    sameLanguage.name.setTranslation(QStringLiteral("es"), {QStringLiteral("otra"), TranslationStatus::Human, {}, {}});
    refused(sameLanguage, QStringLiteral("replace the original"));
    CHECK(*partners.count() == 0);
}

TEST_CASE("Partners sort by the collation of the chosen language", "[store][partner]")
{
    test::WorkspaceFixture f;
    f.addPartner(QStringLiteral("Zeta"), QStringLiteral("en"));
    f.addPartner(QStringLiteral("Ängel"), QStringLiteral("en"));
    f.addPartner(QStringLiteral("Alfa"), QStringLiteral("en"));
    store::PartnerStore partners(f.ws);
    auto german = partners.list(QStringLiteral("de"));
    REQUIRE(german.ok());
    REQUIRE(german->size() == 3);
    CHECK(german->at(0).name == QStringLiteral("Alfa"));
    CHECK(german->at(1).name == QStringLiteral("Ängel"));
    auto swedish = partners.list(QStringLiteral("sv"));
    REQUIRE(swedish.ok());
    CHECK(swedish->at(2).name == QStringLiteral("Ängel")); // Ä sorts after Z in Swedish
}

TEST_CASE("A partner in the ledger cannot be removed, an unused one can", "[store][partner]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    const qint64 c = f.addPartner(QStringLiteral("C"), QStringLiteral("en"));
    REQUIRE(f.ws.database().exec(QStringLiteral(
        "INSERT INTO ledger_entry(uuid, occurred_on, from_partner_id, to_partner_id, kind, status, created_at, updated_at) "
        "VALUES ('u1', '2026-01-01', %1, %2, 'other', 'draft', 'x', 'x')").arg(a).arg(b)).ok());
    store::PartnerStore partners(f.ws);
    auto used = partners.remove(a);
    REQUIRE_FALSE(used.ok());
    CHECK(used.error().code == ErrorCode::Conflict);
    REQUIRE(partners.remove(c).ok());
    CHECK(*partners.count() == 2);
    auto gone = partners.get(c);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::NotFound);
}

TEST_CASE("Paraphrases of goals belong to another partner", "[store][partner]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("ب"), QStringLiteral("ar"));
    store::PartnerStore partners(f.ws);
    GoalParaphrase p;
    p.partnerId = a;
    p.byPartnerId = b;
    p.text = BilingualText(QStringLiteral("ar"), QStringLiteral("يريدون أجوراً عادلة"));
    REQUIRE(partners.addParaphrase(p).ok());
    GoalParaphrase own = p;
    own.byPartnerId = a;
    CHECK_FALSE(partners.addParaphrase(own).ok());
    GoalParaphrase ghost = p;
    ghost.byPartnerId = 999;
    auto missing = partners.addParaphrase(ghost);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto list = partners.paraphrasesOf(a);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().text.original() == QStringLiteral("يريدون أجوراً عادلة"));

    // A paraphrase takes translations; its original stays its author's words.
    BilingualText translated = list->first().text;
    translated.setTranslation(QStringLiteral("en"), {QStringLiteral("They want fair wages"), TranslationStatus::Human, {}, {}});
    REQUIRE(partners.saveParaphraseTranslations(list->first().stamp.id, translated).ok());
    CHECK(partners.paraphrasesOf(a)->first().text.textIn(QStringLiteral("en")) == QStringLiteral("They want fair wages"));
    BilingualText reworded(QStringLiteral("ar"), QStringLiteral("يريدون أجوراً أعلى"));
    auto refused = partners.saveParaphraseTranslations(list->first().stamp.id, reworded);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(partners.paraphrasesOf(a)->first().text.original() == QStringLiteral("يريدون أجوراً عادلة"));
    auto ghostly = partners.saveParaphraseTranslations(999, translated);
    REQUIRE_FALSE(ghostly.ok());
    CHECK(ghostly.error().code == ErrorCode::NotFound);
}

TEST_CASE("Names with hidden direction controls are refused and look-alikes are warned about", "[store][partner][bad-input]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    Partner spoof;
    spoof.name = BilingualText(QStringLiteral("en"), QStringLiteral("Union \u202Eevil\u202C"));
    auto refused = partners.add(spoof);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("hidden text-direction")));
    CHECK(*partners.count() == 0);

    const qint64 paypal = f.addPartner(QStringLiteral("Paypal"), QStringLiteral("en"));
    Partner lookalike;
    lookalike.name = BilingualText(QStringLiteral("en"), QStringLiteral("P\u0430ypal")); // Cyrillic а
    auto warnings = partners.nameWarnings(lookalike);
    REQUIRE(warnings.ok());
    CHECK(warnings->contains(QStringLiteral("The name looks like the name of partner %1").arg(paypal)));
    CHECK(warnings->size() >= 2); // mixed scripts as well
    Partner honest;
    honest.name = BilingualText(QStringLiteral("fa"), QStringLiteral("کانون معلمان"));
    CHECK(partners.nameWarnings(honest)->isEmpty());
}

TEST_CASE("A paraphrase in a language its author does not work in is refused and nothing is saved", "[store][partner][campaign][bad-input]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    const qint64 a = f.addPartner(QStringLiteral("Kanun"), QStringLiteral("fa"));
    Partner ittihad;
    ittihad.name = BilingualText(QStringLiteral("ar"), QStringLiteral("اتحاد"));
    ittihad.languages = {QStringLiteral("ar"), QStringLiteral("en")};
    auto b = partners.add(ittihad);
    REQUIRE(b.ok());
    GoalParaphrase p;
    p.partnerId = a;
    p.byPartnerId = *b;
    p.text = BilingualText(QStringLiteral("fr"), QStringLiteral("Ils veulent des salaires justes"));
    auto refused = partners.addParaphrase(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("works in")));
    auto none = partners.paraphrasesOf(a);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    p.text = BilingualText(QStringLiteral("en"), QStringLiteral("They want fair wages"));
    CHECK(partners.addParaphrase(p).ok());
}

TEST_CASE("A partner's name has a maximum length that is checked in the core and named in the message", "[store][partner][bad-input]")
{
    test::WorkspaceFixture f;
    store::PartnerStore partners(f.ws);
    const qsizetype limit = 200; // docs/user-guide.md names it (kMaxNameLength in partner.cpp)
    const QString limitText = QString::number(limit);

    Partner huge;
    huge.name = BilingualText(QStringLiteral("es"), QString(10000, u'a'));
    auto refused = partners.add(huge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(limitText));
    CHECK(refused.error().message.contains(QStringLiteral("10000")));
    CHECK(*partners.count() == 0);

    // Counted in the letters a reader sees: an Arabic name with a vowel mark on every letter fits.
    QString marked;
    for (qsizetype i = 0; i < limit; ++i)
        marked += QStringLiteral("بَ");
    Partner atLimit;
    atLimit.name = BilingualText(QStringLiteral("ar"), marked);
    REQUIRE(partners.add(atLimit).ok());

    Partner oneOver;
    oneOver.name = BilingualText(QStringLiteral("ar"), marked + QStringLiteral("ب"));
    CHECK_FALSE(partners.add(oneOver).ok());

    // A translation of the name, and a typed Latin form, are held to the same limit.
    Partner translated;
    translated.name = BilingualText(QStringLiteral("es"), QStringLiteral("Sindicato de Costureras"));
    translated.name.setTranslation(QStringLiteral("en"), {QString(limit + 1, u'x'), TranslationStatus::Human, QStringLiteral("Lucía"), {}});
    auto t = partners.add(translated);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().message.contains(limitText));
    translated.name.removeTranslation(QStringLiteral("en"));
    translated.nameLatin = QString(limit + 1, u'y');
    CHECK_FALSE(partners.add(translated).ok());

    // An update is refused the same way and leaves the saved name alone.
    Partner saved;
    saved.name = BilingualText(QStringLiteral("es"), QStringLiteral("Rede Solidária Recife"));
    auto id = partners.add(saved);
    REQUIRE(id.ok());
    saved.name.setOriginal(QStringLiteral("es"), QString(limit + 1, u'z'));
    CHECK_FALSE(partners.update(saved).ok());
    CHECK(partners.get(*id)->name.original() == QStringLiteral("Rede Solidária Recife"));
    CHECK(*partners.count() == 2);
}
