// trellis-cli risk and crossover: the demo's shared risks with the part each partner bore, its
// crossovers over time, per pair and counted, as text and JSON; bad arguments and ids refused.
#include "ledgercli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace trellis::test;

namespace {

QJsonDocument json(const QStringList &arguments)
{
    const auto run = runCli(arguments + QStringList{QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("risk list and show give the demo's risks by date with each partner's part", "[cli][risk]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    const QJsonArray risks = json({QStringLiteral("risk"), QStringLiteral("list"), ws}).array();
    REQUIRE(risks.size() == 4);
    QStringList days;
    for (const auto &r : risks)
        days << r.toObject().value(QStringLiteral("taken_on")).toString();
    CHECK(days == QStringList{QStringLiteral("2026-03-14"), QStringLiteral("2026-04-20"), QStringLiteral("2026-06-10"),
                              QStringLiteral("2026-09-05")});
    const QJsonObject first = risks.first().toObject();
    CHECK(first.value(QStringLiteral("what_language")).toString() == QStringLiteral("ar"));
    CHECK(first.value(QStringLiteral("partners")).toArray().size() == 4);

    const auto text = runCli({QStringLiteral("risk"), QStringLiteral("list"), ws});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.trimmed().split(u'\n').size() == 4);
    CHECK(text.out.contains(QStringLiteral("הצהרה משותפת בזמן הפינויים")));

    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    const QJsonObject risk = json({QStringLiteral("risk"), QStringLiteral("show"), ws, id}).object();
    const QJsonArray parts = risk.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(1).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("کانون صنفی معلمان تهران"));
    CHECK(parts.at(1).toObject().value(QStringLiteral("part_language")).toString() == QStringLiteral("fa"));
    CHECK(parts.at(3).toObject().value(QStringLiteral("part")).toString().isEmpty());
    CHECK(risk.value(QStringLiteral("campaigns")).toArray().size() == 1);
    CHECK(risk.value(QStringLiteral("cited_by_answers")).toArray().size() == 1);
    const auto shown = runCli({QStringLiteral("risk"), QStringLiteral("show"), ws, id});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("part of Colombo Garment Workers Union (11): (not told)")));
    CHECK(runCli({QStringLiteral("check"), ws}).exitCode == 0);
}

TEST_CASE("crossover list, show and counts give the demo's crossovers over time and per pair", "[cli][crossover]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    const QJsonArray all = json({QStringLiteral("crossover"), QStringLiteral("list"), ws}).array();
    REQUIRE(all.size() == 8);
    QStringList days;
    for (const auto &c : all)
        days << c.toObject().value(QStringLiteral("reborn_on")).toString();
    QStringList sorted = days;
    sorted.sort();
    CHECK(days == sorted);

    const QJsonArray counts = json({QStringLiteral("crossover"), QStringLiteral("counts"), ws}).array();
    REQUIRE_FALSE(counts.isEmpty());
    const QJsonObject top = counts.first().toObject();
    CHECK(top.value(QStringLiteral("total")).toInteger() == 3);
    CHECK(top.value(QStringLiteral("a_to_b")).toInteger() == 2);
    CHECK(top.value(QStringLiteral("b_to_a")).toInteger() == 1);
    CHECK(top.value(QStringLiteral("partner_b")).toString() == QStringLiteral("اتحاد عمال النسيج في المحلة"));
    const QString a = QString::number(top.value(QStringLiteral("partner_a_id")).toInteger());
    const QString b = QString::number(top.value(QStringLiteral("partner_b_id")).toInteger());

    const QStringList pair = {QStringLiteral("crossover"), QStringLiteral("list"), ws, QStringLiteral("--pair"), b + u',' + a};
    CHECK(json(pair).array().size() == 3);
    const QJsonArray oneWay = json(pair + QStringList{QStringLiteral("--one-way")}).array();
    REQUIRE(oneWay.size() == 1);
    CHECK(oneWay.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("metaphor"));

    const QString id = QString::number(oneWay.first().toObject().value(QStringLiteral("id")).toInteger());
    const QJsonObject shown = json({QStringLiteral("crossover"), QStringLiteral("show"), ws, id}).object();
    CHECK(shown.value(QStringLiteral("origin_language")).toString() == QStringLiteral("ar"));
    CHECK(shown.value(QStringLiteral("reborn")).toString() == QStringLiteral("El hilo fino hace la cuerda fuerte"));
    CHECK(shown.value(QStringLiteral("seen_at")).toString() == QStringLiteral("Asamblea de la Colectiva en Oaxaca"));
    const auto text = runCli({QStringLiteral("crossover"), QStringLiteral("show"), ws, id});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("as reborn (es): El hilo fino hace la cuerda fuerte")));
    const auto countsText = runCli({QStringLiteral("crossover"), QStringLiteral("counts"), ws});
    CHECK(countsText.out.contains(QStringLiteral("3 crossovers (2 ->, 1 <-)")));
}

TEST_CASE("risk and crossover refuse bad arguments with their usage and a missing id with its name", "[cli][risk][crossover][bad-input]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    for (const QString &command : {QStringLiteral("risk"), QStringLiteral("crossover")}) {
        CHECK(runCli({command, QStringLiteral("launch"), ws}).exitCode == 2);
        CHECK(runCli({command, QStringLiteral("show"), ws}).exitCode == 2);
        const auto notNumber = runCli({command, QStringLiteral("show"), ws, QStringLiteral("x")});
        CHECK(notNumber.exitCode == 2);
        CHECK(notNumber.err.contains(QStringLiteral("list shows them")));
        CHECK(runCli({command, QStringLiteral("list"), ws, QStringLiteral("--colour")}).exitCode == 2);
    }
    const auto missingRisk = runCli({QStringLiteral("risk"), QStringLiteral("show"), ws, QStringLiteral("999"), QStringLiteral("--json")});
    CHECK(missingRisk.exitCode == 1);
    CHECK(missingRisk.err.trimmed() == QStringLiteral("trellis-cli risk: Shared risk 999 does not exist"));
    CHECK(missingRisk.out.isEmpty());
    const auto missingCrossover = runCli({QStringLiteral("crossover"), QStringLiteral("show"), ws, QStringLiteral("999")});
    CHECK(missingCrossover.exitCode == 1);
    CHECK(missingCrossover.err.trimmed() == QStringLiteral("trellis-cli crossover: Crossover 999 does not exist"));
    for (const QString &badPair : {QStringLiteral("2"), QStringLiteral("2,2"), QStringLiteral("a,b"), QStringLiteral("1,2,3")}) {
        const auto refused = runCli({QStringLiteral("crossover"), QStringLiteral("list"), ws, QStringLiteral("--pair"), badPair});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--pair takes two different partners' numbers")));
    }
    CHECK(runCli({QStringLiteral("crossover"), QStringLiteral("list"), ws, QStringLiteral("--one-way")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("crossover"), QStringLiteral("show"), ws, QStringLiteral("1"), QStringLiteral("--pair"),
                  QStringLiteral("1,2")}).exitCode == 2);
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("risk list FILE")));
    CHECK(help.out.contains(QStringLiteral("crossover counts FILE")));
}
