// Retros: answers in each speaker's language, stable answer identity across saves, actions, publishing.
#include "storefixture.h"

#include "store/retrostore.h"
#include "store/statement.h"

#include <functional>

using namespace trellis;
using namespace trellis::domain;

namespace {
Retro sampleRetro(qint64 tehran, qint64 recife)
{
    Retro r;
    r.heldOn = QDate(2026, 10, 2);
    r.facilitator = QStringLiteral("Mina");
    r.languageA = QStringLiteral("fa");
    r.languageB = QStringLiteral("es");
    r.participantIds = {tehran, recife};
    RetroAnswer extractive;
    extractive.question = RetroQuestion::Extractive;
    extractive.authorPartnerId = tehran;
    extractive.text = BilingualText(QStringLiteral("fa"), QStringLiteral("ترجمه‌ها همیشه با ما بود"));
    extractive.text.setTranslation(QStringLiteral("es"), {QStringLiteral("Las traducciones siempre nos tocaban a nosotras"),
                                                          TranslationStatus::Human, QStringLiteral("Lucía"), {}});
    extractive.tags = {QStringLiteral("translation"), QStringLiteral("labour")};
    extractive.votes = 4;
    RetroAnswer risk;
    risk.question = RetroQuestion::SharedRisk;
    risk.text = BilingualText(QStringLiteral("es"), QStringLiteral("La vigilia simultánea frente a las embajadas"));
    RetroAction action;
    action.partnerId = recife;
    action.text = BilingualText(QStringLiteral("es"), QStringLiteral("Turnar la traducción cada mes"));
    action.dueOn = QDate(2026, 12, 31);
    r.answers = {extractive, risk};
    r.actions = {action};
    return r;
}
} // namespace

TEST_CASE("A retro round-trips with its answers, participants and actions", "[store][retro]")
{
    test::WorkspaceFixture f;
    const qint64 tehran = f.addPartner(QStringLiteral("کارگران تهران"), QStringLiteral("fa"));
    const qint64 recife = f.addPartner(QStringLiteral("Rede Recife"), QStringLiteral("pt-BR"));
    store::RetroStore retros(f.ws);
    Retro r = sampleRetro(tehran, recife);
    auto id = retros.add(r);
    REQUIRE(id.ok());
    CHECK(r.quarter == QStringLiteral("2026-Q4"));
    auto back = retros.get(*id);
    REQUIRE(back.ok());
    CHECK(back->participantIds == QList<qint64>{tehran, recife});
    REQUIRE(back->answers.size() == 2);
    CHECK(back->answers.at(0).text == r.answers.at(0).text);
    CHECK(back->answers.at(0).tags == QStringList{QStringLiteral("translation"), QStringLiteral("labour")});
    CHECK(back->answers.at(0).votes == 4);
    CHECK(back->answers.at(0).authorPartnerId == tehran);
    CHECK_FALSE(back->answers.at(1).authorPartnerId.has_value());
    CHECK(back->answers.at(1).question == RetroQuestion::SharedRisk);
    REQUIRE(back->actions.size() == 1);
    CHECK(back->actions.at(0).dueOn == QDate(2026, 12, 31));
    auto list = retros.list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().answers == 2);
}

TEST_CASE("Saving a retro again keeps answer identities and drops removed answers", "[store][retro]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::RetroStore retros(f.ws);
    Retro r = sampleRetro(a, b);
    REQUIRE(retros.add(r).ok());
    const QString keptUuid = r.answers.at(0).stamp.uuid;
    const QString keptCreated = r.answers.at(0).stamp.createdAt;
    r.answers.removeAt(1);
    r.answers[0].votes = 9;
    REQUIRE(retros.update(r).ok());
    auto back = retros.get(r.stamp.id);
    REQUIRE(back->answers.size() == 1);
    CHECK(back->answers.at(0).stamp.uuid == keptUuid);
    CHECK(back->answers.at(0).stamp.createdAt == keptCreated);
    CHECK(back->answers.at(0).votes == 9);
    auto orphans = f.ws.database().prepare(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'retro_answer'"));
    REQUIRE(orphans->step().ok());
    CHECK(orphans->int64(0) == 1);
}

TEST_CASE("Bad retros are refused", "[store][retro][bad-input]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::RetroStore retros(f.ws);
    Retro samePair = sampleRetro(a, b);
    samePair.languageB = QStringLiteral("fa");
    CHECK(retros.add(samePair).error().message.contains(QStringLiteral("two different languages")));
    Retro badQuarter = sampleRetro(a, b);
    badQuarter.quarter = QStringLiteral("2026-Q5");
    CHECK(retros.add(badQuarter).error().message.contains(QStringLiteral("2026-Q5")));
    Retro ghost = sampleRetro(a, b);
    ghost.participantIds.append(999);
    CHECK(retros.add(ghost).error().code == ErrorCode::NotFound);
    Retro emptyAnswer = sampleRetro(a, b);
    emptyAnswer.answers[0].text = BilingualText();
    CHECK(retros.add(emptyAnswer).error().message.contains(QStringLiteral("needs its text")));
    CHECK(retros.list()->isEmpty());
}

TEST_CASE("Publishing a retro happens once", "[store][retro]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::RetroStore retros(f.ws);
    Retro r = sampleRetro(a, b);
    auto id = retros.add(r);
    REQUIRE(retros.publish(*id).ok());
    CHECK_FALSE(retros.get(*id)->publishedAt.isEmpty());
    CHECK_FALSE(retros.publish(*id).ok());
    CHECK(retros.publish(4711).error().code == ErrorCode::Conflict);
    Retro draft = sampleRetro(a, b);
    auto draftId = retros.add(draft);
    REQUIRE(retros.remove(*draftId).ok()); // an unpublished retro is deleted, a published one is kept
    CHECK(retros.get(*draftId).error().code == ErrorCode::NotFound);
    CHECK(retros.remove(*id).error().code == ErrorCode::Immutable);
}

TEST_CASE("A published retro takes new translations only, and is not deleted", "[store][retro]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::RetroStore retros(f.ws);
    Retro r = sampleRetro(a, b);
    const qint64 id = *retros.add(r);
    REQUIRE(retros.publish(id).ok());
    const Retro published = *retros.get(id);

    Retro translated = published;
    translated.answers[1].text.setTranslation(QStringLiteral("fa"), {QStringLiteral("ایستادگی همزمان جلوی سفارت‌ها"),
                                                                     TranslationStatus::Human, QStringLiteral("Mina"), {}});
    translated.actions[0].text.setTranslation(QStringLiteral("fa"), {QStringLiteral("ترجمه را هر ماه بچرخانیم"),
                                                                     TranslationStatus::Machine, {}, {}});
    REQUIRE(retros.update(translated).ok());
    auto back = retros.get(id);
    CHECK(back->answers.at(1).text.statusIn(QStringLiteral("fa")) == TranslationStatus::Human);
    CHECK(back->actions.at(0).text.statusIn(QStringLiteral("fa")) == TranslationStatus::Machine);
    CHECK(back->publishedAt == published.publishedAt);

    auto refused = [&](const std::function<void(Retro &)> &change, const QString &what) {
        Retro edited = *retros.get(id);
        change(edited);
        const auto s = retros.update(edited);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Immutable);
        CHECK(s.error().message.contains(what));
    };
    refused([](Retro &e) { e.answers[0].votes += 1; }, QStringLiteral("the votes of answer 1"));
    refused([](Retro &e) { e.answers[0].tags.removeLast(); }, QStringLiteral("the tags of answer 1"));
    refused([](Retro &e) { e.answers[1].tags.append(QStringLiteral("risk")); }, QStringLiteral("the tags of answer 2"));
    refused([](Retro &e) { e.answers[0].text.setOriginal(QStringLiteral("fa"), QStringLiteral("دیگر")); },
            QStringLiteral("the original text of answer 1"));
    refused([](Retro &e) { e.answers.removeLast(); }, QStringLiteral("the answers"));
    refused([](Retro &e) { e.facilitator = QStringLiteral("Someone else"); }, QStringLiteral("the facilitator"));
    refused([](Retro &e) { e.heldOn = e.heldOn.addDays(1); }, QStringLiteral("the date"));
    refused([](Retro &e) { e.actions[0].done = true; }, QStringLiteral("the actions"));
    // Nothing of the refused edits reached the file.
    auto after = retros.get(id);
    CHECK(after->answers.at(0).votes == published.answers.at(0).votes);
    CHECK(after->answers.at(0).tags == published.answers.at(0).tags);
    CHECK(after->facilitator == published.facilitator);

    const auto removal = retros.remove(id);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().code == ErrorCode::Immutable);
    CHECK(retros.get(id).ok());
    CHECK(retros.remove(31337).error().code == ErrorCode::NotFound);
}

TEST_CASE("Tags and votes of an unpublished retro change and are checked", "[store][retro][bad-input]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::RetroStore retros(f.ws);
    Retro r = sampleRetro(a, b);
    const qint64 id = *retros.add(r);
    r.answers[0].tags = {QStringLiteral("  care "), QString(), QStringLiteral("labour")};
    r.answers[1].votes = 12;
    REQUIRE(retros.update(r).ok());
    CHECK(retros.get(id)->answers.at(0).tags == QStringList{QStringLiteral("care"), QStringLiteral("labour")});
    CHECK(retros.get(id)->answers.at(1).votes == 12);

    Retro comma = *retros.get(id);
    comma.answers[0].tags = {QStringLiteral("care, labour")};
    CHECK(retros.update(comma).error().message.contains(QStringLiteral("comma")));
    Retro negative = *retros.get(id);
    negative.answers[1].votes = -1;
    CHECK(retros.update(negative).error().message.contains(QStringLiteral("negative")));
    CHECK(retros.get(id)->answers.at(1).votes == 12);
}
