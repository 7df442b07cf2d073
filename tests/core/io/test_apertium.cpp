// Apertium drafts: marked machine, not counted in parity, unknown words kept and unmarked; a
// hanging or failing apertium leaves fields missing with a clear message; no pair says how to check.
#include "../store/storefixture.h"

#include "domain/partner.h"
#include "io/apertiumdrafts.h"
#include "store/partnerstore.h"
#include "store/textstore.h"
#include "store/workspacequery.h"

#include <QFile>
#include <QStandardPaths>

using namespace trellis;
using domain::TranslationStatus;
using namespace std::chrono_literals;

namespace {

/// A workspace with one partner whose goals are written in English only.
struct DraftFixture : test::WorkspaceFixture {
    qint64 partner = 0;
    DraftFixture()
    {
        domain::Partner p;
        p.name = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Night Shift Collective"));
        p.name.setTranslation(QStringLiteral("es"), {QStringLiteral("Colectivo del Turno de Noche"), TranslationStatus::Human, QStringLiteral("ana"), {}});
        p.goals = domain::BilingualText(QStringLiteral("en"), QStringLiteral("The alliance shares the strike fund with Zwelbrook workers."));
        auto id = store::PartnerStore(ws).add(p);
        REQUIRE(id.ok());
        partner = *id;
    }
    QList<store::QueueItem> waiting(const QString &to = QStringLiteral("es"))
    {
        auto queue = store::translationQueue(ws.database(), {to, {QStringLiteral("partner")}, {}, {}});
        REQUIRE(queue.ok());
        return *queue;
    }
    domain::BilingualText goals()
    {
        auto text = store::TextStore(ws.database()).load(goalsId());
        REQUIRE(text.ok());
        return *text;
    }
    qint64 goalsId()
    {
        auto id = store::TextStore(ws.database()).find(store::PartnerStore(ws).get(partner)->stamp.uuid, QStringLiteral("goals"));
        REQUIRE(id.ok());
        REQUIRE(id->has_value());
        return **id;
    }
    /// A shell script standing in for apertium.
    QString fake(const QString &name, const QString &body)
    {
        const QString path = dir.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nif [ \"$1\" = \"-l\" ]; then echo '  eng-spa'; exit 0; fi\n" + body.toUtf8() + '\n');
        file.close();
        REQUIRE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        return path;
    }
};

bool apertiumWithEngSpa()
{
    if (QStandardPaths::findExecutable(QStringLiteral("apertium")).isEmpty())
        return false;
    auto modes = io::apertiumModes({});
    return modes && io::apertiumModeFor(*modes, QStringLiteral("en"), QStringLiteral("es")).has_value();
}

} // namespace

TEST_CASE("Apertium's marks are removed and its unknown words kept once each", "[io][apertium]")
{
    const auto draft = io::readApertiumOutput(QStringLiteral("La alianza comparte *Zwelbrook con #trabajar y *Zwelbrook @obreras."));
    CHECK(draft.text == QStringLiteral("La alianza comparte Zwelbrook con trabajar y Zwelbrook obreras."));
    CHECK(draft.unknownWords == QStringList{QStringLiteral("Zwelbrook")});
    CHECK(io::readApertiumOutput(QStringLiteral("5 * 3 = 15")).text == QStringLiteral("5 * 3 = 15"));
}

TEST_CASE("Modes are matched by two- and three-letter codes, plain modes before variants", "[io][apertium]")
{
    const QStringList modes{QStringLiteral("spa-eng_US"), QStringLiteral("spa-eng"), QStringLiteral("eng-spa"), QStringLiteral("es-pt")};
    CHECK(io::apertiumModeFor(modes, QStringLiteral("en"), QStringLiteral("es")) == QStringLiteral("eng-spa"));
    CHECK(io::apertiumModeFor(modes, QStringLiteral("es"), QStringLiteral("en")) == QStringLiteral("spa-eng"));
    CHECK(io::apertiumModeFor(modes, QStringLiteral("es"), QStringLiteral("pt-BR")) == QStringLiteral("es-pt"));
    CHECK_FALSE(io::apertiumModeFor(modes, QStringLiteral("es"), QStringLiteral("ar")).has_value());
    CHECK(io::apertiumModeFor({QStringLiteral("spa-eng_US")}, QStringLiteral("es"), QStringLiteral("en")) == QStringLiteral("spa-eng_US"));
}

TEST_CASE("A field drafted to Spanish by Apertium is machine, not counted in parity, its unknown word flagged", "[io][apertium]")
{
    if (!apertiumWithEngSpa()) {
        WARN("apertium with apertium-eng-spa is not installed (scripts/deps.sh installs both): skipped");
        return;
    }
    DraftFixture f;
    const auto before = store::comprehensionParity(f.ws.database(), {QStringLiteral("es")});
    REQUIRE(before.ok());
    std::vector<std::pair<qint64, qint64>> progress;
    auto summary = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), {},
                                         [&](qint64 done, qint64 total) { progress.emplace_back(done, total); });
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->drafted == 1);
    CHECK(progress.back() == std::pair<qint64, qint64>(1, 1));
    const auto goals = f.goals();
    const auto es = goals.translation(QStringLiteral("es"));
    REQUIRE(es);
    CHECK(es->status == TranslationStatus::Machine);
    CHECK(es->translator == QStringLiteral("Apertium eng-spa"));
    CHECK(es->text.contains(QStringLiteral("alianza")));
    CHECK(es->text.contains(QStringLiteral("Zwelbrook")));
    CHECK_FALSE(es->text.contains(u'*'));
    auto unknown = store::TextStore(f.ws.database()).unknownWords(f.goalsId(), QStringLiteral("es"));
    REQUIRE(unknown.ok());
    CHECK(*unknown == QStringList{QStringLiteral("Zwelbrook")});

    const auto after = store::comprehensionParity(f.ws.database(), {QStringLiteral("es")});
    REQUIRE(after.ok());
    CHECK(after->first().readable == before->first().readable);
    CHECK(after->first().machine == before->first().machine + 1);
    // Still in the queue, as a draft to review; drafting again writes nothing twice.
    REQUIRE(f.waiting().size() == 1);
    CHECK(f.waiting().first().status == TranslationStatus::Machine);
    auto again = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), {});
    REQUIRE(again.ok());
    CHECK(again->drafted == 0);
}

TEST_CASE("Where no pair exists the run says so and how to check, and drafts nothing", "[io][apertium]")
{
    DraftFixture f;
    io::ApertiumOptions options;
    options.program = f.fake(QStringLiteral("apertium"), QStringLiteral("cat"));
    auto summary = io::draftWithApertium(f.ws, f.waiting(QStringLiteral("ar")), QStringLiteral("ar"), options);
    REQUIRE(summary.ok());
    CHECK(summary->drafted == 0);
    CHECK(summary->skipped == 2);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems.first().contains(QStringLiteral("No Apertium pair translates en into ar")));
    CHECK(summary->problems.first().contains(QStringLiteral("apertium -l")));
    CHECK(f.goals().statusIn(QStringLiteral("ar")) == TranslationStatus::Missing);
}

TEST_CASE("An apertium that hangs is stopped by the timeout, the field stays missing", "[io][apertium]")
{
    DraftFixture f;
    io::ApertiumOptions options;
    options.program = f.fake(QStringLiteral("apertium-hangs"), QStringLiteral("exec sleep 60"));
    options.timeout = 1500ms;
    const auto started = std::chrono::steady_clock::now();
    auto summary = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), options);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message == QStringLiteral("Apertium did not answer within 1 s and was stopped"));
    CHECK(std::chrono::steady_clock::now() - started < 20s);
    CHECK(f.goals().statusIn(QStringLiteral("es")) == TranslationStatus::Missing);
}

TEST_CASE("An apertium that fails leaves the field missing with its message", "[io][apertium]")
{
    DraftFixture f;
    io::ApertiumOptions options;
    options.program = f.fake(QStringLiteral("apertium-fails"), QStringLiteral("echo 'Error: Mode eng-spa does not exist' >&2; exit 1"));
    auto summary = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), options);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message == QStringLiteral("Apertium failed (exit code 1): Error: Mode eng-spa does not exist"));
    CHECK(f.goals().statusIn(QStringLiteral("es")) == TranslationStatus::Missing);
    io::ApertiumOptions missing;
    missing.program = f.dir.path(QStringLiteral("no-such-apertium"));
    auto absent = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), missing);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().message.contains(QStringLiteral("Apertium is not installed")));
    CHECK(absent.error().message.contains(QStringLiteral("apertium -l")));
}

TEST_CASE("A stop request ends the run between batches and inside one", "[io][apertium]")
{
    DraftFixture f;
    std::atomic_bool stop{true};
    io::ApertiumOptions options;
    options.program = f.fake(QStringLiteral("apertium-slow"), QStringLiteral("exec sleep 30"));
    options.stop = &stop;
    auto summary = io::draftWithApertium(f.ws, f.waiting(), QStringLiteral("es"), options);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.startsWith(QStringLiteral("Apertium was stopped")));
    CHECK(f.goals().statusIn(QStringLiteral("es")) == TranslationStatus::Missing);
}
