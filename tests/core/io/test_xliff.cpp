// XLIFF 1.2 export and import: units as specified, states both ways, the source check, one
// transaction, and hostile files refused with nothing changed.
#include "xliffsupport.h"

#include "io/xliffunit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/translationqueue.h"

#include <QRegularExpression>
#include <QSet>

using namespace trellis;
using domain::TranslationStatus;

namespace {

const io::XliffExportOptions kEnToEs{QStringLiteral("en"), QStringLiteral("es"), {}, false, io::XliffDialect::Standard};

io::XliffExportOptions withMachine(io::XliffExportOptions options)
{
    options.includeMachine = true;
    return options;
}

int countOf(const QString &haystack, const QString &needle) { return int(haystack.count(needle)); }

/// Gives every unit of an exported file a target, as a translator would.
QString fillTargets(QString xml, const QString &state)
{
    static const QRegularExpression source(QStringLiteral("(<source>)(.*?)(</source>)"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString filled;
    qsizetype last = 0;
    int n = 0;
    auto it = source.globalMatch(xml);
    while (it.hasNext()) {
        const auto match = it.next();
        filled += xml.mid(last, match.capturedEnd() - last);
        filled += QStringLiteral("<target state=\"%1\">trad-xliff %2</target>").arg(state).arg(++n);
        last = match.capturedEnd();
    }
    filled += xml.mid(last);
    // Drop the machine drafts the export carried: the new targets replace them.
    static const QRegularExpression draft(QStringLiteral("<target state=\"needs-review-translation\"[^>]*>.*?</target>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    return filled.replace(draft, QString());
}

store::QueueItem firstWaiting(store::Workspace &ws, const QString &from, const QString &to, TranslationStatus status)
{
    auto queue = store::translationQueue(ws.database(), {to, {}, {from}, status});
    REQUIRE(queue.ok());
    REQUIRE_FALSE(queue->isEmpty());
    return queue->first();
}

} // namespace

TEST_CASE("An XLIFF export has one unit per waiting field with id, resname, context, note and fingerprints", "[io][xliff]")
{
    test::XliffDemo demo;
    qint64 missingUnits = 0;
    qint64 allUnits = 0;
    const QString missing = test::XliffDemo::read(demo.exportTo(QStringLiteral("missing.xlf"), kEnToEs, &missingUnits));
    const QString all = test::XliffDemo::read(demo.exportTo(QStringLiteral("all.xlf"), withMachine(kEnToEs), &allUnits));
    auto queue = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, {}});
    REQUIRE(queue.ok());
    REQUIRE(allUnits == queue->size());
    REQUIRE(missingUnits > 0);
    REQUIRE(missingUnits < allUnits);
    CHECK(countOf(missing, QStringLiteral("<trans-unit ")) == missingUnits);
    CHECK(countOf(missing, QStringLiteral("<target")) == 0);
    CHECK(countOf(all, QStringLiteral("<target state=\"needs-review-translation\" state-qualifier=\"leveraged-mt\">"))
          == allUnits - missingUnits);
    CHECK(countOf(all, QStringLiteral("<file ")) == 1);
    CHECK(all.contains(QStringLiteral("source-language=\"en\" target-language=\"es\"")));
    CHECK(countOf(all, QStringLiteral("xml:space=\"preserve\"")) == allUnits);
    const store::QueueItem &item = queue->first();
    const QString id = io::xliff::unitId(item.ownerUuid, item.field);
    CHECK(all.contains(QStringLiteral("id=\"%1\"").arg(id)));
    CHECK(all.contains(QStringLiteral("resname=\"%1 %2 %3\"").arg(item.ownerKind).arg(item.ownerId).arg(item.field)));
    CHECK(all.contains(QStringLiteral("<context context-type=\"record\">%1 %2</context>").arg(item.ownerKind).arg(item.ownerId)));
    CHECK(all.contains(QStringLiteral("source-sha256=") + io::xliff::fingerprint(item.source)));
    CHECK(countOf(all, QStringLiteral("<note from=\"Trellis\">")) == allUnits);
}

TEST_CASE("The omegat dialect copies the source into the target of a missing field", "[io][xliff]")
{
    test::XliffDemo demo;
    auto options = kEnToEs;
    options.dialect = io::XliffDialect::OmegaT;
    qint64 units = 0;
    const QString xml = test::XliffDemo::read(demo.exportTo(QStringLiteral("omegat.xlf"), options, &units));
    REQUIRE(units > 0);
    CHECK(countOf(xml, QStringLiteral("<target>")) == units);
    const auto item = firstWaiting(demo.ws, QStringLiteral("en"), QStringLiteral("es"), TranslationStatus::Missing);
    CHECK(xml.contains(QStringLiteral("<source>%1</source>").arg(item.source.toHtmlEscaped())));
    CHECK(xml.contains(QStringLiteral("<target>%1</target>").arg(item.source.toHtmlEscaped())));
    // Imported untouched, the copies are recognised as untranslated.
    const QByteArray before = demo.textsFingerprint();
    const auto summary = demo.imported(demo.dir.path(QStringLiteral("omegat.xlf")));
    CHECK(summary.unchanged == units);
    CHECK(summary.updated == 0);
    CHECK(demo.textsFingerprint() == before);
}

TEST_CASE("Imported targets take their status from the state, and a re-import changes nothing", "[io][xliff]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString path = demo.exportTo(QStringLiteral("out.xlf"), kEnToEs, &units);
    QString xml = fillTargets(test::XliffDemo::read(path), QStringLiteral("translated"));
    // One unit signed off, one machine-translated by the CAT tool.
    xml.replace(xml.indexOf(QStringLiteral("state=\"translated\"")), 18, QStringLiteral("state=\"signed-off\""));
    xml.replace(xml.indexOf(QStringLiteral("state=\"translated\"")), 18,
                QStringLiteral("state=\"needs-review-translation\" state-qualifier=\"mt-suggestion\""));
    demo.write(path, xml);

    const auto first = demo.imported(path);
    CHECK(first.read == units);
    CHECK(first.updated == units);
    CHECK(first.refused == 0);
    store::TextStore texts(demo.ws.database());
    auto after = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, TranslationStatus::Missing});
    REQUIRE(after.ok());
    CHECK(after->isEmpty());
    int human = 0, reviewed = 0, machine = 0;
    auto select = demo.ws.database().prepare(QStringLiteral(
        "SELECT status, translator, count(*) FROM bitext_version WHERE lang = 'es' AND body LIKE 'trad-xliff %' GROUP BY status, translator"));
    REQUIRE(select.ok());
    while (*select->step()) {
        CHECK(select->text(1) == QStringLiteral("ana"));
        const auto count = int(select->int64(2));
        (select->text(0) == QStringLiteral("human") ? human : select->text(0) == QStringLiteral("reviewed") ? reviewed : machine) += count;
    }
    CHECK(reviewed == 1);
    CHECK(machine == 1);
    CHECK(human == units - 2);

    const QByteArray before = demo.textsFingerprint();
    const auto again = demo.imported(path);
    CHECK(again.read == units);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == units);
    CHECK(demo.textsFingerprint() == before);
}

TEST_CASE("A machine draft edited in the CAT tool comes back human, an untouched one stays machine", "[io][xliff]")
{
    test::XliffDemo demo;
    auto options = withMachine(kEnToEs);
    options.kinds = {QStringLiteral("ledger_entry")};
    const QString path = demo.exportTo(QStringLiteral("drafts.xlf"), options);
    QString xml = test::XliffDemo::read(path);
    const auto draft = firstWaiting(demo.ws, QStringLiteral("en"), QStringLiteral("es"), TranslationStatus::Machine);
    const QString id = io::xliff::unitId(draft.ownerUuid, draft.field);
    const qsizetype unit = xml.indexOf(QStringLiteral("id=\"%1\"").arg(id));
    REQUIRE(unit > 0);
    const qsizetype at = xml.indexOf(draft.draft.toHtmlEscaped(), xml.indexOf(QStringLiteral("<target"), unit));
    REQUIRE(at > 0);
    xml.replace(at, draft.draft.toHtmlEscaped().size(), QStringLiteral("Corregido a mano"));
    demo.write(path, xml);
    const auto summary = demo.imported(path);
    CHECK(summary.updated == 1);
    CHECK(summary.refused == 0);
    auto text = store::TextStore(demo.ws.database()).load(draft.textId);
    REQUIRE(text.ok());
    CHECK(text->translation(QStringLiteral("es"))->text == QStringLiteral("Corregido a mano"));
    CHECK(text->statusIn(QStringLiteral("es")) == TranslationStatus::Human);
    CHECK(text->translation(QStringLiteral("es"))->translator == QStringLiteral("ana"));
}

TEST_CASE("A unit whose source or translation changed since the export is refused, the others land", "[io][xliff]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString path = demo.exportTo(QStringLiteral("out.xlf"), withMachine(kEnToEs), &units);
    demo.write(path, fillTargets(test::XliffDemo::read(path), QStringLiteral("translated")));
    REQUIRE(units >= 3);
    auto queue = store::translationQueue(demo.ws.database(), {QStringLiteral("es"), {}, {QStringLiteral("en")}, {}});
    REQUIRE(queue.ok());
    store::TextStore texts(demo.ws.database());
    // The source of one unit is rewritten, the translation of another is typed in Trellis meanwhile.
    const store::QueueItem *sourceChanged = nullptr;
    for (const auto &item : std::as_const(*queue)) {
        if (item.ownerKind == QStringLiteral("ledger_entry") || item.settled)
            continue; // posted entries and agreed protocols keep their originals
        sourceChanged = &item;
        break;
    }
    REQUIRE(sourceChanged);
    const store::QueueItem &translatedHere = queue->at(sourceChanged == &queue->at(0) ? 1 : 0);
    auto text = texts.load(sourceChanged->textId);
    REQUIRE(text.ok());
    text->setOriginal(QStringLiteral("en"), text->original() + QStringLiteral(" (edited)"));
    REQUIRE(texts.save({sourceChanged->ownerKind, sourceChanged->ownerUuid, sourceChanged->field}, *text, sourceChanged->textId).ok());
    auto other = texts.load(translatedHere.textId);
    REQUIRE(other.ok());
    other->setTranslation(QStringLiteral("es"), {QStringLiteral("Ya traducido"), TranslationStatus::Human, QStringLiteral("luis"), {}});
    REQUIRE(texts.save({translatedHere.ownerKind, translatedHere.ownerUuid, translatedHere.field}, *other, translatedHere.textId).ok());

    const auto summary = demo.imported(path);
    CHECK(summary.read == units);
    CHECK(summary.refused == 2);
    CHECK(summary.updated == units - 2);
    REQUIRE(summary.refusals.size() == 2);
    QStringList refused;
    for (const auto &r : summary.refusals)
        refused << r.unitId + QStringLiteral(": ") + r.reason;
    CHECK(refused.contains(io::xliff::unitId(sourceChanged->ownerUuid, sourceChanged->field)
                           + QStringLiteral(": its source text changed since the export")));
    CHECK(refused.contains(io::xliff::unitId(translatedHere.ownerUuid, translatedHere.field)
                           + QStringLiteral(": its es translation changed in Trellis since the export")));
    auto kept = texts.load(translatedHere.textId);
    REQUIRE(kept.ok());
    CHECK(kept->translation(QStringLiteral("es"))->text == QStringLiteral("Ya traducido"));
}

TEST_CASE("A dry run reports what an import would do and saves nothing", "[io][xliff]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString path = demo.exportTo(QStringLiteral("out.xlf"), kEnToEs, &units);
    demo.write(path, fillTargets(test::XliffDemo::read(path), QStringLiteral("translated")));
    const QByteArray before = demo.textsFingerprint();
    const auto summary = demo.imported(path, true);
    CHECK(summary.updated == units);
    CHECK(demo.textsFingerprint() == before);
}

TEST_CASE("Hostile and foreign XLIFF files are refused with a clear error and change nothing", "[io][xliff]")
{
    test::XliffDemo demo;
    qint64 units = 0;
    const QString path = demo.exportTo(QStringLiteral("out.xlf"), kEnToEs, &units);
    const QString good = fillTargets(test::XliffDemo::read(path), QStringLiteral("translated"));
    const QByteArray before = demo.textsFingerprint();
    const auto item = firstWaiting(demo.ws, QStringLiteral("en"), QStringLiteral("es"), TranslationStatus::Missing);
    const QString firstId = io::xliff::unitId(item.ownerUuid, item.field);
    const QString prolog = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    const QString body = good.mid(good.indexOf(QStringLiteral("<xliff")));

    struct Case {
        const char *what;
        QString xml;
        QString message;
    };
    QString duplicated = good;
    {
        const qsizetype start = good.indexOf(QStringLiteral("<trans-unit "));
        const qsizetype end = good.indexOf(QStringLiteral("</trans-unit>"), start) + 13;
        duplicated.insert(end, good.mid(start, end - start));
    }
    QString unknown = good;
    unknown.replace(item.ownerUuid, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QString foreignNs = good;
    foreignNs.replace(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2"), QStringLiteral("urn:oasis:names:tc:xliff:document:2.0"));
    QString badVersion = good;
    badVersion.replace(QStringLiteral("version=\"1.2\""), QStringLiteral("version=\"1.1\""));
    const QList<Case> cases = {
        {"external entity (XXE)",
         prolog + QStringLiteral("<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>") + QString(body).replace(QStringLiteral("trad-xliff 1<"), QStringLiteral("&xxe;<")),
         QStringLiteral("DOCTYPE")},
        {"entity expansion",
         prolog + QStringLiteral("<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                 "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>") + body,
         QStringLiteral("DOCTYPE")},
        {"a plain DOCTYPE", prolog + QStringLiteral("<!DOCTYPE xliff SYSTEM \"xliff.dtd\">") + body, QStringLiteral("DOCTYPE")},
        {"an undeclared entity", QString(good).replace(QStringLiteral("trad-xliff 1<"), QStringLiteral("&nbsp;<")), QStringLiteral("not well-formed")},
        {"another namespace", foreignNs, QStringLiteral("not an XLIFF 1.2 file")},
        {"another version", badVersion, QStringLiteral("is not 1.2")},
        {"duplicate unit ids", duplicated, QStringLiteral("appears twice")},
        {"a record that does not exist", unknown, QStringLiteral("names a record field this workspace does not have")},
        {"a unit id Trellis does not write", QString(good).replace(firstId, QStringLiteral("hello")), QStringLiteral("is not one Trellis writes")},
        {"not XML", QStringLiteral("date,from,to\n2026-01-01,a,b\n"), QStringLiteral("not")},
        {"cut short", good.left(good.size() / 2), QStringLiteral("not well-formed")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString hostile = demo.dir.path(QStringLiteral("hostile.xlf"));
        demo.write(hostile, c.xml);
        auto summary = io::importXliff(demo.ws, hostile, QStringLiteral("ana"), false);
        REQUIRE_FALSE(summary.ok());
        INFO(summary.error().message.toStdString());
        CHECK(summary.error().message.contains(c.message));
        CHECK(demo.textsFingerprint() == before);
    }

    // Over 100 MB: refused before a byte is parsed (a sparse file, so the test stays quick).
    const QString huge = demo.dir.path(QStringLiteral("huge.xlf"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(good.toUtf8());
        REQUIRE(file.resize(io::kXliffMaxBytes + 1));
    }
    auto summary = io::importXliff(demo.ws, huge, QStringLiteral("ana"), false);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.contains(QStringLiteral("larger than 100 MB")));
    CHECK(demo.textsFingerprint() == before);
}

TEST_CASE("Every unit's note says in words what kind of record its field belongs to", "[io][xliff]")
{
    test::XliffDemo demo;
    static const QRegularExpression note(QStringLiteral("<note from=\"Trellis\">The .*? of (.*?) \\(([a-z_]+) \\d+\\)\\."));
    auto select = demo.ws.database().query(QStringLiteral("SELECT DISTINCT original_lang FROM bitext WHERE field <> 'latin' ORDER BY 1"));
    REQUIRE(select.ok());
    const auto sources = select->collect([](const store::Statement &row) { return row.text(0); });
    REQUIRE(sources.ok());
    QSet<QString> kinds;
    for (const QString &source : *sources) {
        const QString target = source == QStringLiteral("es") ? QStringLiteral("en") : QStringLiteral("es");
        const QString xml = test::XliffDemo::read(demo.exportTo(QStringLiteral("notes-%1.xlf").arg(source),
                                                                {source, target, {}, true, io::XliffDialect::Standard}));
        auto it = note.globalMatch(xml);
        while (it.hasNext()) {
            const auto match = it.next();
            INFO(match.captured(0).toStdString());
            CHECK(match.captured(1) != match.captured(2)); // a description, not the bare key
            kinds << match.captured(2);
        }
    }
    CHECK(kinds.size() >= 12); // the demo's kinds of record with texts
    for (const QString &kind : std::as_const(kinds))
        CHECK(store::queueKinds().contains(kind));
}
