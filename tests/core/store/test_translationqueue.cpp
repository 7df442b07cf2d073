// The translation queue: exactly the fields missing or machine-drafted in a language, what matters
// first, filters that narrow it, and a translated field leaving it.
#include "testsupport.h"

#include "store/demoalliance.h"
#include "store/partnerstore.h"
#include "store/retrostore.h"
#include "store/statement.h"
#include "store/textowners.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/translationqueue.h"
#include "store/workspacequery.h"
#include "store/workspace.h"

#include <QSet>

using namespace trellis;
using domain::TranslationStatus;

namespace {

struct DemoQueue {
    test::ScratchDir dir;
    store::Workspace ws;
    DemoQueue() : ws(open(dir)) {}

    static store::Workspace open(const test::ScratchDir &dir)
    {
        const QString path = dir.path(QStringLiteral("demo.trellis"));
        REQUIRE(store::writeDemoAlliance(path, 120).ok());
        auto ws = store::Workspace::open(path, {.dailyBackup = false});
        REQUIRE(ws.ok());
        return std::move(*ws);
    }

    QList<store::QueueItem> queue(store::QueueFilter filter)
    {
        auto items = store::translationQueue(ws.database(), filter);
        INFO((items ? QString() : items.error().message).toStdString());
        REQUIRE(items.ok());
        return *items;
    }

    /// Counted independently of the queue: non-sensitive texts but partners' Latin names with no
    /// human, reviewed or original version in lang.
    qint64 waiting(const QString &lang)
    {
        auto select = ws.database().prepare(QStringLiteral(
            "SELECT count(*) FROM bitext t WHERE t.sensitive = 0 AND t.field <> 'latin' AND NOT EXISTS (SELECT 1 FROM bitext_version v "
            "WHERE v.text_id = t.id AND v.lang = ? AND v.status <> 'machine')"));
        REQUIRE(select.ok());
        select->bind(1, lang);
        REQUIRE(*select->step());
        return select->int64(0);
    }
};

} // namespace

TEST_CASE("The queue lists exactly the fields missing or only machine-drafted in a language", "[store][queue]")
{
    DemoQueue demo;
    const auto items = demo.queue({.targetLanguage = QStringLiteral("es")});
    REQUIRE(items.size() == demo.waiting(QStringLiteral("es")));
    REQUIRE(items.size() > 50);
    store::TextStore texts(demo.ws.database());
    int machine = 0;
    for (const store::QueueItem &item : items) {
        auto text = texts.load(item.textId);
        REQUIRE(text.ok());
        const TranslationStatus status = text->statusIn(QStringLiteral("es"));
        CHECK((status == TranslationStatus::Missing || status == TranslationStatus::Machine));
        CHECK(item.status == status);
        CHECK(item.source == text->original());
        CHECK(item.sourceLanguage == text->originalLanguage());
        CHECK(item.sourceLanguage != QStringLiteral("es"));
        if (status == TranslationStatus::Machine) {
            ++machine;
            CHECK(item.draft == text->textIn(QStringLiteral("es")).value());
        }
        CHECK(item.ownerId > 0);
        CHECK(item.since.isValid());
        CHECK(item.words > 0);
    }
    CHECK(machine > 0);
    CHECK(machine < items.size());
}

TEST_CASE("Published retros and agreed protocols come first, then the oldest records", "[store][queue]")
{
    DemoQueue demo;
    store::RetroStore retros(demo.ws);
    auto list = retros.list();
    REQUIRE(list.ok());
    REQUIRE_FALSE(list->isEmpty());
    REQUIRE(retros.publish(list->first().id).ok());

    const auto items = demo.queue({.targetLanguage = QStringLiteral("en")});
    REQUIRE_FALSE(items.isEmpty());
    bool sawUnsettled = false;
    bool sawRetro = false;
    bool sawProtocol = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const store::QueueItem &item = items.at(i);
        if (item.settled) {
            CHECK_FALSE(sawUnsettled); // no settled field after an unsettled one
            sawRetro = sawRetro || item.record.kind == QStringLiteral("retro");
            sawProtocol = sawProtocol || item.ownerKind == QStringLiteral("protocol");
        } else {
            sawUnsettled = true;
        }
        if (i > 0 && items.at(i - 1).settled == item.settled)
            CHECK(items.at(i - 1).since <= item.since);
    }
    CHECK(sawRetro);
    CHECK(sawProtocol);
    CHECK(sawUnsettled);
    // Answers open their retro, whose id is the published one.
    for (const store::QueueItem &item : items) {
        if (item.ownerKind == QStringLiteral("retro_answer") && item.settled)
            CHECK(item.record.id == list->first().id);
    }
}

TEST_CASE("Filters by kind, source language and status narrow the queue", "[store][queue]")
{
    DemoQueue demo;
    const auto all = demo.queue({.targetLanguage = QStringLiteral("es")});
    const auto ledger = demo.queue({.targetLanguage = QStringLiteral("es"), .kinds = {QStringLiteral("ledger_entry")}});
    const auto fromFa = demo.queue({.targetLanguage = QStringLiteral("es"), .sourceLanguages = {QStringLiteral("fa")}});
    const auto missing = demo.queue({.targetLanguage = QStringLiteral("es"), .status = TranslationStatus::Missing});
    const auto machine = demo.queue({.targetLanguage = QStringLiteral("es"), .status = TranslationStatus::Machine});
    REQUIRE_FALSE(ledger.isEmpty());
    REQUIRE_FALSE(fromFa.isEmpty());
    CHECK(ledger.size() < all.size());
    CHECK(fromFa.size() < all.size());
    CHECK(missing.size() + machine.size() == all.size());
    for (const auto &item : ledger)
        CHECK(item.ownerKind == QStringLiteral("ledger_entry"));
    for (const auto &item : fromFa)
        CHECK(item.sourceLanguage == QStringLiteral("fa"));
    for (const auto &item : missing)
        CHECK(item.status == TranslationStatus::Missing);
    for (const auto &item : machine)
        CHECK(item.status == TranslationStatus::Machine);
}

TEST_CASE("A field translated by a person leaves the queue, a machine draft stays in it", "[store][queue]")
{
    DemoQueue demo;
    const auto before = demo.queue({.targetLanguage = QStringLiteral("es"), .status = TranslationStatus::Missing});
    REQUIRE(before.size() >= 2);
    store::TextStore texts(demo.ws.database());
    auto save = [&](const store::QueueItem &item, TranslationStatus status) {
        auto text = texts.load(item.textId);
        REQUIRE(text.ok());
        text->setTranslation(QStringLiteral("es"), {QStringLiteral("traducido"), status, QStringLiteral("ana"), {}});
        REQUIRE(texts.save({item.ownerKind, item.ownerUuid, item.field}, *text, item.textId).ok());
    };
    save(before.at(0), TranslationStatus::Human);
    save(before.at(1), TranslationStatus::Machine);
    const auto after = demo.queue({.targetLanguage = QStringLiteral("es")});
    auto find = [&](qint64 textId) {
        return std::find_if(after.begin(), after.end(), [&](const auto &i) { return i.textId == textId; });
    };
    CHECK(find(before.at(0).textId) == after.end());
    REQUIRE(find(before.at(1).textId) != after.end());
    CHECK(find(before.at(1).textId)->status == TranslationStatus::Machine);
    CHECK(find(before.at(1).textId)->draft == QStringLiteral("traducido"));
}

TEST_CASE("The queue refuses an unknown language, kind or status with a clear message", "[store][queue]")
{
    DemoQueue demo;
    auto badLanguage = store::translationQueue(demo.ws.database(), {.targetLanguage = QStringLiteral("no such tag!")});
    REQUIRE_FALSE(badLanguage.ok());
    auto badKind = store::translationQueue(demo.ws.database(),
                                           {.targetLanguage = QStringLiteral("es"), .kinds = {QStringLiteral("widgets")}});
    REQUIRE_FALSE(badKind.ok());
    CHECK(badKind.error().message.contains(QStringLiteral("\"widgets\" is not a kind of record")));
    auto badStatus = store::translationQueue(
        demo.ws.database(), {.targetLanguage = QStringLiteral("es"), .status = TranslationStatus::Human});
    REQUIRE_FALSE(badStatus.ok());
    CHECK(badStatus.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Sensitive contact notes never enter the queue", "[store][queue]")
{
    DemoQueue demo;
    for (const auto &item : demo.queue({.targetLanguage = QStringLiteral("zh-Hans")}))
        CHECK(item.field != QStringLiteral("contact"));
}

TEST_CASE("Parity leaves partners' Latin names out: a language's gap is exactly what the queue lists", "[store][queue][parity]")
{
    DemoQueue demo;
    // The demo writes a Latin name for every partner not written in Latin script.
    auto latin = demo.ws.database().prepare(QStringLiteral(
        "SELECT count(*) FROM bitext WHERE owner_kind = 'partner' AND field = 'latin'"));
    REQUIRE(latin.ok());
    REQUIRE(*latin->step());
    REQUIRE(latin->int64(0) > 0);
    for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        const auto items = demo.queue({.targetLanguage = lang});
        auto parity = store::comprehensionParity(demo.ws.database(), {lang});
        REQUIRE(parity.ok());
        const store::LanguageParity p = parity->first();
        // Every counted text is readable in lang, or waits in its queue (missing or a machine draft).
        CHECK(p.texts - p.readable == items.size());
        qsizetype machine = 0;
        for (const store::QueueItem &item : items)
            machine += item.status == TranslationStatus::Machine ? 1 : 0;
        CHECK(p.machine == machine);
    }
}

TEST_CASE("A language with every field translated reaches full parity though Latin names have no translation", "[store][queue][parity]")
{
    test::ScratchDir dir;
    auto ws = store::Workspace::create(dir.path(QStringLiteral("p.trellis")), {QStringLiteral("fa"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    domain::Partner partner;
    partner.name = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("کارگران اتوبوسرانی تهران"));
    partner.name.setTranslation(QStringLiteral("es"), {QStringLiteral("Trabajadores del autobús de Teherán"),
                                                       TranslationStatus::Human, QStringLiteral("Ana"),
                                                       QDateTime::currentDateTimeUtc()});
    REQUIRE(store::PartnerStore(*ws).add(partner).ok());
    auto latin = store::TextStore(ws->database()).find(partner.stamp.uuid, QStringLiteral("latin"));
    REQUIRE(latin.ok());
    REQUIRE(latin->has_value()); // the transliteration is a text of its own, in no working language
    auto parity = store::comprehensionParity(ws->database(), {QStringLiteral("fa"), QStringLiteral("es")});
    REQUIRE(parity.ok());
    CHECK(parity->at(0).texts == 1);
    CHECK(parity->at(0).percent() == 100);
    CHECK(parity->at(1).percent() == 100);
}

TEST_CASE("Every kind of record with texts reaches the queue and opens what a search hit of it opens", "[store][queue]")
{
    DemoQueue demo;
    const auto items = demo.queue({.targetLanguage = QStringLiteral("es")});
    QSet<QString> queued;
    for (const store::QueueItem &item : items) {
        queued << item.ownerKind;
        auto opens = store::owningRecord(demo.ws, item.ownerKind, item.ownerId);
        REQUIRE(opens.ok());
        CHECK(item.record.kind == opens->kind);
        CHECK(item.record.id == opens->id);
    }
    // Counted independently of the queue: the kinds that own a text waiting for Spanish.
    auto select = demo.ws.database().query(QStringLiteral(
        "SELECT DISTINCT t.owner_kind FROM bitext t WHERE t.sensitive = 0 AND t.field <> 'latin' AND NOT EXISTS "
        "(SELECT 1 FROM bitext_version v WHERE v.text_id = t.id AND v.lang = 'es' AND v.status <> 'machine')"));
    REQUIRE(select.ok());
    auto waiting = select->collect([](const store::Statement &row) { return row.text(0); });
    REQUIRE(waiting.ok());
    CHECK(queued == QSet<QString>(waiting->cbegin(), waiting->cend()));
    CHECK(queued.size() >= 12); // the demo writes texts of most kinds
    for (const QString &kind : std::as_const(queued))
        CHECK(store::queueKinds().contains(kind));
}

TEST_CASE("Every kind that owns texts names a table and columns the schema has, and opens a record that exists", "[store][queue]")
{
    DemoQueue demo;
    QSet<QString> kinds;
    for (const store::TextOwnerKind &owner : store::textOwnerKinds()) {
        INFO(owner.kind.toStdString());
        CHECK_FALSE(kinds.contains(owner.kind)); // each kind once
        kinds << owner.kind;
        QStringList columns{QStringLiteral("id"), QStringLiteral("uuid")};
        if (!owner.madeAt.isEmpty())
            columns << owner.madeAt;
        if (!owner.opensKind.isEmpty())
            columns << owner.partOf;
        // A misspelt table or column fails to prepare.
        CHECK(demo.ws.database().prepare(QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(columns.join(u','), owner.table)).ok());
        // A part without a time of its own takes that of a record with texts, which has one.
        if (owner.madeAt.isEmpty()) {
            const store::TextOwnerKind *around = store::textOwnerKind(owner.opensKind);
            REQUIRE(around);
            CHECK_FALSE(around->madeAt.isEmpty());
        }
        // What it opens in the end is a record kind with a table of its own.
        const QString opened = store::openedKind(owner.kind);
        CHECK((opened == QStringLiteral("retro") || store::textOwnerKind(opened)));
        const store::TextOwnerKind *end = store::textOwnerKind(opened);
        CHECK((end == nullptr || end->opensKind.isEmpty()));
    }
    CHECK(store::openedKind(QStringLiteral("paraphrase_event")) == QStringLiteral("partner"));
    CHECK(store::openedKind(QStringLiteral("retro_theme")) == QStringLiteral("retro"));
    CHECK(store::openedKind(QStringLiteral("incident")) == QStringLiteral("incident"));
    CHECK(store::openedKind(QStringLiteral("no_such_kind")) == QStringLiteral("no_such_kind"));
    CHECK(store::textOwnerKind(QStringLiteral("no_such_kind")) == nullptr);

    // A part that is gone opens nothing, with a reason; a record of its own opens itself.
    for (const QString &kind : {QStringLiteral("retro_theme"), QStringLiteral("paraphrase_event"), QStringLiteral("shared_risk_part")}) {
        auto gone = store::owningRecord(demo.ws, kind, 999999);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().code == ErrorCode::NotFound);
        CHECK(gone.error().message.contains(QStringLiteral("no longer exists")));
    }
    auto itself = store::owningRecord(demo.ws, QStringLiteral("incident"), 7);
    REQUIRE(itself.ok());
    CHECK(itself->kind == QStringLiteral("incident"));
    CHECK(itself->id == 7);
}
