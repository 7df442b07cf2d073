// The bilingual archive: every file listed in a manifest that sha256sum verifies, deterministic
// bytes across archives, only the hand-over page dated, a zip that unpacks to the same folder.
#include "reportfixture.h"

#include "reports/archive/archive.h"

#include <QDir>
#include <QFile>

using namespace trellis;
using namespace trellis::reports;
using test::ReportFixture;

namespace {

ArchiveRequest request(const QDate &day = QDate(2026, 12, 1))
{
    ArchiveRequest r;
    r.first = QStringLiteral("ar");
    r.second = QStringLiteral("es");
    r.custodian = QStringLiteral("Amal <Haddad>");
    r.handedOverOn = day;
    return r;
}

/// Runs `sha256sum -c MANIFEST.sha256` inside folder, as a custodian would.
test::ProcessResult verifyManifest(const QString &folder)
{
    return test::runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cd \"$1\" && sha256sum -c MANIFEST.sha256"),
                                                   QStringLiteral("sh"), folder});
}

QByteArray read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("An archive's manifest verifies with sha256sum and lists every file", "[reports][archive]")
{
    ReportFixture f;
    test::ScratchDir out;
    const QString folder = out.path(QStringLiteral("archive"));
    auto summary = writeArchive(f.ws, request(), folder);
    INFO((summary.ok() ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->files.contains(QStringLiteral("index.html")));
    CHECK(summary->files.contains(QStringLiteral("handover.html")));
    CHECK(summary->files.contains(QStringLiteral("reports/ledger.html")));
    CHECK(summary->files.contains(QStringLiteral("reports/retro.html")));
    CHECK(summary->files.contains(QStringLiteral("reports/protocols.html")));
    CHECK(summary->files.contains(QStringLiteral("reports/partners.html")));
    CHECK(summary->files.contains(QStringLiteral("csv/ledger-balances.csv")));
    CHECK(summary->files.contains(QStringLiteral("csv/ledger-entries.csv")));
    CHECK(summary->files.contains(QStringLiteral("csv/retro.csv")));
    for (const char *kind : {"ledger", "retro", "protocols", "partners"})
        CHECK(summary->files.contains(QStringLiteral("reports/%1.pdf").arg(QLatin1String(kind))));
    CHECK(summary->chainEntries == 6);

    const auto check = verifyManifest(folder);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.count(QStringLiteral(": OK")) == summary->files.size());

    const QString index = QString::fromUtf8(read(folder + QStringLiteral("/index.html")));
    CHECK_FALSE(index.contains(QStringLiteral("<script")));
    CHECK(index.contains(QStringLiteral("href=\"reports/ledger.html\"")));
    CHECK(index.contains(QStringLiteral("href=\"reports/ledger.pdf\"")));
    // Each PDF is its report, with its texts, and undated, so that it keeps its hash.
    const auto partners = test::runProgram(QStringLiteral("pdftotext"), {folder + QStringLiteral("/reports/partners.pdf"), QStringLiteral("-")});
    CHECK(partners.exitCode == 0);
    CHECK(partners.out.contains(QStringLiteral("Red de Traductoras")));
    const auto ledgerInfo = test::runProgram(QStringLiteral("pdfinfo"), {folder + QStringLiteral("/reports/ledger.pdf")});
    CHECK(ledgerInfo.exitCode == 0);
    CHECK(ledgerInfo.out.contains(QStringLiteral("Creator:")));
    CHECK_FALSE(ledgerInfo.out.contains(QStringLiteral("CreationDate:")));
    CHECK(index.contains(summary->chainHead));
    const QString handover = QString::fromUtf8(read(folder + QStringLiteral("/handover.html")));
    CHECK(handover.contains(QStringLiteral("Amal &lt;Haddad&gt;")));
    CHECK(handover.contains(QStringLiteral("<td lang=\"es\" dir=\"ltr\">1 de diciembre de 2026</td>")));
    CHECK(handover.contains(QStringLiteral("<td lang=\"ar\" dir=\"rtl\">")));

    // A damaged file fails the check.
    QFile csv(folder + QStringLiteral("/csv/retro.csv"));
    REQUIRE(csv.open(QIODevice::Append));
    csv.write("x");
    csv.close();
    CHECK(verifyManifest(folder).exitCode != 0);
}

TEST_CASE("A later archive of the same workspace keeps every file but the dated hand-over page", "[reports][archive]")
{
    ReportFixture f;
    test::ScratchDir out;
    const QString one = out.path(QStringLiteral("one")), two = out.path(QStringLiteral("two"));
    REQUIRE(writeArchive(f.ws, request(QDate(2026, 12, 1)), one).ok());
    auto again = writeArchive(f.ws, request(QDate(2026, 12, 1)), one);
    REQUIRE(again.ok());
    CHECK(again->unchanged == again->files);

    REQUIRE(writeArchive(f.ws, request(QDate(2027, 1, 15)), two).ok());
    const QStringList a = QString::fromUtf8(read(one + QStringLiteral("/MANIFEST.sha256"))).split(u'\n');
    const QStringList b = QString::fromUtf8(read(two + QStringLiteral("/MANIFEST.sha256"))).split(u'\n');
    REQUIRE(a.size() == b.size());
    QStringList differing;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            differing.append(b[i].section(QStringLiteral("  "), 1));
    }
    CHECK(differing == QStringList{QStringLiteral("handover.html")});
}

TEST_CASE("A stopped archive writes no manifest and the zip holds the whole folder", "[reports][archive]")
{
    ReportFixture f;
    test::ScratchDir out;
    const QString folder = out.path(QStringLiteral("stopped"));
    WriteOptions stop;
    stop.keepGoing = [](qint64 done, qint64) { return done < 3; };
    auto stopped = writeArchive(f.ws, request(), folder, stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(isStopped(stopped.error()));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/MANIFEST.sha256")));
    CHECK(QDir(folder).entryList({QStringLiteral("*.new")}, QDir::Files).isEmpty());

    auto zipped = request();
    zipped.zip = true;
    const QString full = out.path(QStringLiteral("full"));
    auto summary = writeArchive(f.ws, zipped, full);
    REQUIRE(summary.ok());
    CHECK(summary->zipPath == full + QStringLiteral(".zip"));
    const QString unpacked = out.path(QStringLiteral("unpacked"));
    QDir().mkpath(unpacked);
    const auto unzip = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), summary->zipPath, QStringLiteral("-d"), unpacked});
    INFO(unzip.err.toStdString());
    REQUIRE(unzip.exitCode == 0);
    CHECK(verifyManifest(unpacked + QStringLiteral("/full")).exitCode == 0);
}
