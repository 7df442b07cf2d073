// trellis-cli campaign: the demo's campaigns in every status, one shown with who still has to
// paraphrase whom, and a move refused by the gate that changes nothing.
#include "ledgercli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace trellis::test;

namespace {

QJsonArray campaigns(const QString &ws)
{
    const auto listed = runCli({QStringLiteral("campaign"), QStringLiteral("list"), ws, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

} // namespace

TEST_CASE("campaign list shows the demo's campaigns in every status, as text and JSON", "[cli][campaign]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    const QJsonArray all = campaigns(ws);
    QStringList statuses;
    for (const auto &value : all)
        statuses << value.toObject().value(QStringLiteral("status")).toString();
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("active"), QStringLiteral("closed"), QStringLiteral("paused"),
                                  QStringLiteral("proposed"), QStringLiteral("quorum_met")});
    const auto text = runCli({QStringLiteral("campaign"), QStringLiteral("list"), ws});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.trimmed().split(u'\n').size() == all.size());
    CHECK(text.out.contains(QStringLiteral("Salario vital en toda la cadena textil")));
}

TEST_CASE("campaign show names who still has to paraphrase whom, and status is refused by the gate", "[cli][campaign]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    qint64 blocked = 0;
    for (const auto &value : campaigns(ws)) {
        if (value.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("proposed"))
            blocked = value.toObject().value(QStringLiteral("id")).toInteger();
    }
    REQUIRE(blocked > 0);
    const QString id = QString::number(blocked);
    const auto shown = runCli({QStringLiteral("campaign"), QStringLiteral("show"), ws, id, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject campaign = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(campaign.value(QStringLiteral("quorum_complete")).toInteger() == 0);
    const QJsonArray blockers = campaign.value(QStringLiteral("blockers")).toArray();
    REQUIRE(blockers.size() == 1);
    CHECK(blockers.first().toObject().value(QStringLiteral("message")).toString()
          == QStringLiteral("เครือข่ายแรงงานข้ามชาติเชียงใหม่ must paraphrase the goals of کانون صنفی معلمان تهران"));
    CHECK(campaign.value(QStringLiteral("exchanges")).toArray().size() == 1);

    const auto refused = runCli({QStringLiteral("campaign"), QStringLiteral("status"), ws, id, QStringLiteral("active")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("must paraphrase the goals of")));
    const auto again = runCli({QStringLiteral("campaign"), QStringLiteral("show"), ws, id, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("status")).toString()
          == QStringLiteral("proposed"));
    const auto closed = runCli({QStringLiteral("campaign"), QStringLiteral("status"), ws, id, QStringLiteral("closed")});
    CHECK(closed.exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), ws}).exitCode == 0);
}

TEST_CASE("campaign refuses bad arguments with its usage", "[cli][campaign][bad-input]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    CHECK(runCli({QStringLiteral("campaign"), QStringLiteral("launch"), ws}).exitCode == 2);
    CHECK(runCli({QStringLiteral("campaign"), QStringLiteral("show"), ws, QStringLiteral("x")}).exitCode == 2);
    const auto badStatus = runCli({QStringLiteral("campaign"), QStringLiteral("status"), ws, QStringLiteral("1"),
                                   QStringLiteral("running")});
    CHECK(badStatus.exitCode == 2);
    CHECK(badStatus.err.contains(QStringLiteral("quorum_met")));
    const auto missing = runCli({QStringLiteral("campaign"), QStringLiteral("show"), ws, QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("campaign list FILE")));
}
