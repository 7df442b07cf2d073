// The XLIFF export as other tools see it: the XLIFF 1.2 strict schema (xmllint), translate-toolkit's
// counts (pocount), and a round trip through PO (xliff2po, then pomerge into the exported file).
#include "xliffsupport.h"

#include "store/textstore.h"
#include "store/translationqueue.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace trellis;
using domain::TranslationStatus;

namespace {

const QString kSchemas = QStringLiteral("/usr/share/php/Symfony/Component/Translation/Resources/schemas");

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO("scripts/deps.sh installs " << name.toStdString() << " (libxml2-utils, translate-toolkit)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

/// The strict schema with its import of xml.xsd pointed at the local copy, so xmllint needs no network.
QString strictSchema(const test::ScratchDir &dir)
{
    INFO("scripts/deps.sh installs php-symfony-translation, which ships the XLIFF 1.2 schemas");
    REQUIRE(QFile::exists(kSchemas + QStringLiteral("/xliff-core-1.2-strict.xsd")));
    REQUIRE(QFile::copy(kSchemas + QStringLiteral("/xml.xsd"), dir.path(QStringLiteral("xml.xsd"))));
    QString schema = test::XliffDemo::read(kSchemas + QStringLiteral("/xliff-core-1.2-strict.xsd"));
    const QString remote = QStringLiteral("schemaLocation=\"http://www.w3.org/2001/xml.xsd\"");
    REQUIRE(schema.contains(remote));
    schema.replace(remote, QStringLiteral("schemaLocation=\"xml.xsd\""));
    const QString path = dir.path(QStringLiteral("xliff-core-1.2-strict.xsd"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(schema.toUtf8());
    return path;
}

test::ProcessResult validate(const QString &schema, const QString &xlf)
{
    return test::runProgram(tool(QStringLiteral("xmllint")),
                            {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), schema, xlf});
}

/// pocount's "Label: N" figures, colours stripped.
int pocountFigure(const QString &output, const QString &label)
{
    QString plain = output;
    plain.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    const auto match = QRegularExpression(QStringLiteral("^%1:\\s+(\\d+)").arg(label), QRegularExpression::MultilineOption).match(plain);
    INFO(plain.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("Every export validates against the XLIFF 1.2 strict schema", "[io][xliff][tools]")
{
    test::XliffDemo demo;
    const QString schema = strictSchema(demo.dir);
    for (const auto dialect : {io::XliffDialect::Standard, io::XliffDialect::OmegaT}) {
        for (const bool machine : {false, true}) {
            qint64 units = 0;
            const QString xlf = demo.exportTo(QStringLiteral("v.xlf"), {QStringLiteral("en"), QStringLiteral("es"), {}, machine, dialect}, &units);
            REQUIRE(units > 0);
            const auto result = validate(schema, xlf);
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 0);
            CHECK(result.err.contains(QStringLiteral("validates")));
        }
    }
    // The schema does catch a broken file: a unit without its source.
    QString broken = test::XliffDemo::read(demo.dir.path(QStringLiteral("v.xlf")));
    broken.remove(QRegularExpression(QStringLiteral("<source>[^<]*</source>")));
    demo.write(demo.dir.path(QStringLiteral("broken.xlf")), broken);
    CHECK(validate(schema, demo.dir.path(QStringLiteral("broken.xlf"))).exitCode != 0);
}

TEST_CASE("translate-toolkit counts the export's units, drafts and words", "[io][xliff][tools]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString xlf = demo.exportTo(QStringLiteral("count.xlf"), {QStringLiteral("en"), QStringLiteral("es"), {}, true, {}}, &units);
    auto queue = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, {}});
    REQUIRE(queue.ok());
    const auto drafts = std::count_if(queue->begin(), queue->end(), [](const auto &i) { return i.status == TranslationStatus::Machine; });
    REQUIRE(drafts > 0);
    const auto result = test::runProgram(tool(QStringLiteral("pocount")), {xlf});
    REQUIRE(result.exitCode == 0);
    CHECK(pocountFigure(result.out, QStringLiteral("Total")) == units);
    CHECK(pocountFigure(result.out, QStringLiteral("Translated")) == 0);
    CHECK(pocountFigure(result.out, QStringLiteral("Fuzzy")) == drafts); // machine drafts need review
    CHECK(pocountFigure(result.out, QStringLiteral("Untranslated")) == units - drafts);
}

TEST_CASE("A round trip through PO brings translations back with their statuses", "[io][xliff][tools]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString xlf = demo.exportTo(QStringLiteral("trip.xlf"), {QStringLiteral("en"), QStringLiteral("es"), {}, true, {}}, &units);
    const QString po = demo.dir.path(QStringLiteral("trip.po"));
    REQUIRE(test::runProgram(tool(QStringLiteral("xliff2po")), {xlf, po}).exitCode == 0);

    // A translator fills every empty msgstr and leaves the machine drafts (fuzzy) as they are.
    // Translations derive from the source, so units pomerge pairs by source text get the right one.
    const QStringList entries = test::XliffDemo::read(po).split(QStringLiteral("\n\n"));
    QStringList filled{entries.first()};
    // A long msgid is wrapped over several quoted lines after an empty first one.
    const QRegularExpression msgid(QStringLiteral("^msgid \"(.*)\"((?:\n\".*\")*)\nmsgstr"), QRegularExpression::MultilineOption);
    int translated = 0;
    for (qsizetype i = 1; i < entries.size(); ++i) {
        QString entry = entries.at(i).trimmed();
        if (entry.endsWith(QStringLiteral("msgstr \"\""))) {
            const auto id = msgid.match(entry);
            REQUIRE(id.hasMatch());
            entry.chop(2);
            QString source = id.captured(2);
            source.remove(QStringLiteral("\"\n\""));
            source = id.captured(1) + source.mid(2, source.size() - 3);
            entry += QStringLiteral("\"ES: %1\"").arg(source);
            ++translated;
        }
        filled << entry;
    }
    REQUIRE(translated > 0);
    demo.write(po, filled.join(QStringLiteral("\n\n")) + u'\n');
    const QString merged = demo.dir.path(QStringLiteral("merged.xlf"));
    const auto merge = test::runProgram(tool(QStringLiteral("pomerge")),
                                        {QStringLiteral("-t"), xlf, QStringLiteral("-i"), po, QStringLiteral("-o"), merged});
    INFO(merge.err.toStdString());
    REQUIRE(merge.exitCode == 0);
    const QString mergedXml = test::XliffDemo::read(merged);
    // pomerge pairs units by source text: a machine draft whose source repeats a filled one's gets
    // the filled translation too (its state left as it was), which import takes as a person's edit.
    const auto filledTargets = mergedXml.count(QStringLiteral(">ES: "));
    REQUIRE(filledTargets > 0);

    const QByteArray untouched = demo.textsFingerprint();
    const auto summary = demo.imported(merged);
    CHECK(summary.read == units);
    CHECK(summary.refused == 0);
    CHECK(summary.updated == filledTargets);
    CHECK(demo.textsFingerprint() != untouched);
    // Each imported translation is its source's, human, by the importer; the drafts stay machine.
    auto select = demo.ws.database().prepare(QStringLiteral(
        "SELECT o.body, v.body, v.status, v.translator FROM bitext_version v "
        "JOIN bitext_version o ON o.text_id = v.text_id AND o.status = 'original' "
        "WHERE v.lang = 'es' AND v.body LIKE 'ES: %'"));
    REQUIRE(select.ok());
    qint64 rows = 0;
    while (*select->step()) {
        ++rows;
        CHECK(select->text(1) == QStringLiteral("ES: ") + select->text(0));
        CHECK(select->text(2) == QStringLiteral("human"));
        CHECK(select->text(3) == QStringLiteral("ana"));
    }
    CHECK(rows == filledTargets);
    auto drafts = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, TranslationStatus::Machine});
    REQUIRE(drafts.ok());
    auto missing = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, TranslationStatus::Missing});
    REQUIRE(missing.ok());
    // Every exported unit is now a person's translation from the PO, still a draft, or still missing.
    CHECK(units == rows + drafts->size() + missing->size());
    for (const auto &item : std::as_const(*drafts))
        CHECK_FALSE(item.draft.startsWith(QStringLiteral("ES: ")));

    const auto again = demo.imported(merged);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == units);
}

TEST_CASE("po2xliff's own XLIFF (1.1, numbered units, no fingerprints) is refused, nothing changed", "[io][xliff][tools]")
{
    test::XliffDemo demo;
    const QString xlf = demo.exportTo(QStringLiteral("trip.xlf"), {QStringLiteral("en"), QStringLiteral("es"), {}, false, {}});
    const QString po = demo.dir.path(QStringLiteral("trip.po"));
    REQUIRE(test::runProgram(tool(QStringLiteral("xliff2po")), {xlf, po}).exitCode == 0);
    const QString back = demo.dir.path(QStringLiteral("back.xlf"));
    REQUIRE(test::runProgram(tool(QStringLiteral("po2xliff")), {po, back}).exitCode == 0);
    const QByteArray before = demo.textsFingerprint();
    auto summary = io::importXliff(demo.ws, back, QStringLiteral("ana"), false);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.contains(QStringLiteral("not an XLIFF 1.2 file")));
    CHECK(demo.textsFingerprint() == before);
}
