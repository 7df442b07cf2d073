// trellis-cli translations and xliff: the queue as text and JSON, an XLIFF round trip with its
// counts line, refusals with exit 3, and usage errors.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace trellis::test;

namespace {

QString demo(const ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("40")}).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("translations lists the queue as text and JSON, with the same fields", "[cli][translations]")
{
    ScratchDir dir;
    const QString ws = demo(dir);
    const auto text = runCli({QStringLiteral("translations"), ws, QStringLiteral("--to"), QStringLiteral("es")});
    REQUIRE(text.exitCode == 0);
    const auto json = runCli({QStringLiteral("translations"), ws, QStringLiteral("--to"), QStringLiteral("es"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(items.size() > 10);
    const QStringList lines = text.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == items.size() + 1);
    qint64 words = 0;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        CHECK(item.value(QStringLiteral("source_language")).toString() != QStringLiteral("es"));
        const QString status = item.value(QStringLiteral("status")).toString();
        CHECK((status == QStringLiteral("missing") || status == QStringLiteral("machine")));
        CHECK(item.value(QStringLiteral("id")).toInteger() > 0);
        words += item.value(QStringLiteral("words")).toInteger();
    }
    CHECK(lines.last() == QStringLiteral("%1 fields, %2 words to translate into es").arg(items.size()).arg(words));
    const QJsonObject first = items.first().toObject();
    CHECK(lines.first().startsWith(QStringLiteral("%1 %2\t%3\t")
                                       .arg(first.value(QStringLiteral("kind")).toString())
                                       .arg(first.value(QStringLiteral("id")).toInteger())
                                       .arg(first.value(QStringLiteral("field")).toString())));

    const auto ledger = runCli({QStringLiteral("translations"), ws, QStringLiteral("--to"), QStringLiteral("es"),
                                QStringLiteral("--kinds"), QStringLiteral("ledger_entry"), QStringLiteral("--status"), QStringLiteral("machine")});
    REQUIRE(ledger.exitCode == 0);
    for (const QString &line : ledger.out.trimmed().split(u'\n').mid(0, ledger.out.count(u'\n') - 1))
        CHECK(line.contains(QRegularExpression(QStringLiteral("^ledger_entry \\d+\t.*\tmachine\t"))));
}

TEST_CASE("translations and xliff refuse bad arguments with their usage", "[cli][translations]")
{
    ScratchDir dir;
    const QString ws = demo(dir);
    auto noTarget = runCli({QStringLiteral("translations"), ws});
    CHECK(noTarget.exitCode == 2);
    CHECK(noTarget.err.contains(QStringLiteral("--to LANG is required")));
    auto badKind = runCli({QStringLiteral("translations"), ws, QStringLiteral("--to"), QStringLiteral("es"), QStringLiteral("--kinds"), QStringLiteral("cats")});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.err.contains(QStringLiteral("\"cats\" is not a kind of record")));
    auto badStatus = runCli({QStringLiteral("translations"), ws, QStringLiteral("--to"), QStringLiteral("es"), QStringLiteral("--status"), QStringLiteral("human")});
    CHECK(badStatus.exitCode == 2);
    auto badDialect = runCli({QStringLiteral("xliff"), QStringLiteral("export"), ws, QStringLiteral("--from"), QStringLiteral("en"),
                              QStringLiteral("--to"), QStringLiteral("es"), QStringLiteral("--dialect"), QStringLiteral("trados"),
                              QStringLiteral("--out"), dir.path(QStringLiteral("x.xlf"))});
    CHECK(badDialect.exitCode == 2);
    CHECK(badDialect.err.contains(QStringLiteral("--dialect takes standard or omegat")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.xlf"))));
    auto missingFile = runCli({QStringLiteral("xliff"), QStringLiteral("import"), ws, dir.path(QStringLiteral("nope.xlf"))});
    CHECK(missingFile.exitCode == 1);
    CHECK(missingFile.err.contains(QStringLiteral("Cannot read")));
}

TEST_CASE("xliff export and import through the command line print the counts, refusals exit 3", "[cli][xliff]")
{
    ScratchDir dir;
    const QString ws = demo(dir);
    const QString xlf = dir.path(QStringLiteral("out.xlf"));
    const auto exported = runCli({QStringLiteral("xliff"), QStringLiteral("export"), ws, QStringLiteral("--from"), QStringLiteral("en"),
                                  QStringLiteral("--to"), QStringLiteral("es"), QStringLiteral("--out"), xlf});
    REQUIRE(exported.exitCode == 0);
    const auto units = QRegularExpression(QStringLiteral("^(\\d+) units written")).match(exported.out);
    REQUIRE(units.hasMatch());
    const int n = units.captured(1).toInt();
    REQUIRE(n >= 2);
    QFile file(xlf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString xml = QString::fromUtf8(file.readAll());
    file.close();
    // Translate every unit; break the fingerprint of the first so that it is refused.
    xml.replace(QRegularExpression(QStringLiteral("(<source>[^<]*</source>)")), QStringLiteral("\\1<target state=\"translated\">hecho</target>"));
    xml.replace(xml.indexOf(QStringLiteral("source-sha256=")) + 14, 4, QStringLiteral("0000"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(xml.toUtf8());
    file.close();

    const auto dry = runCli({QStringLiteral("xliff"), QStringLiteral("import"), ws, xlf, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 3);
    CHECK(dry.out.contains(QStringLiteral("en→es (dry run, nothing saved): read %1, updated %2, unchanged 0, refused 1").arg(n).arg(n - 1)));
    const auto imported = runCli({QStringLiteral("xliff"), QStringLiteral("import"), ws, xlf, QStringLiteral("--by"), QStringLiteral("Lucía")});
    CHECK(imported.exitCode == 3);
    CHECK(imported.out.contains(QRegularExpression(QStringLiteral("^refused [0-9a-f-]{36}#\\S+: its source text changed since the export$"),
                                                   QRegularExpression::MultilineOption)));
    CHECK(imported.out.contains(QStringLiteral("en→es: read %1, updated %2, unchanged 0, refused 1").arg(n).arg(n - 1)));
    const auto again = runCli({QStringLiteral("xliff"), QStringLiteral("import"), ws, xlf});
    CHECK(again.out.contains(QStringLiteral("en→es: read %1, updated 0, unchanged %2, refused 1").arg(n).arg(n - 1)));
}
