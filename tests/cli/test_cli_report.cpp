// trellis-cli report: each kind written as HTML and CSV from the demo alliance; every bad input a
// one-line error, a non-zero exit and nothing at the destination.
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace trellis::test;

namespace {

struct DemoWorkspace {
    ScratchDir dir;
    QString path = dir.path(QStringLiteral("demo.trellis"));
    DemoWorkspace()
    {
        const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("300")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    QString out(const QString &name) const { return dir.path(name); }
    ProcessResult report(const QString &kind, const QStringList &more)
    {
        return runCli(QStringList{QStringLiteral("report"), path, kind} + more);
    }
};

QString read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("report writes each kind as HTML with both languages' cells", "[cli][report]")
{
    DemoWorkspace demo;
    for (const QString &kind : {QStringLiteral("ledger"), QStringLiteral("retro"), QStringLiteral("protocols"), QStringLiteral("partners")}) {
        const QString path = demo.out(kind + QStringLiteral(".html"));
        const auto r = demo.report(kind, {QStringLiteral("--languages"), QStringLiteral("zh-Hans,he"), QStringLiteral("--format"),
                                          QStringLiteral("html"), QStringLiteral("--out"), path});
        INFO(kind.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral(" written to ") + path));
        const QString html = read(path);
        CHECK(html.contains(QStringLiteral("lang=\"he\" dir=\"rtl\"")));
        CHECK(html.contains(QStringLiteral("lang=\"zh-Hans\" dir=\"ltr\"")));
        CHECK(html.endsWith(QStringLiteral("</html>\n")));
    }
}

TEST_CASE("report as CSV is formula-safe and has the figures as plain numbers", "[cli][report]")
{
    DemoWorkspace demo;
    const QString path = demo.out(QStringLiteral("ledger.csv"));
    const auto r = demo.report(QStringLiteral("ledger"), {QStringLiteral("--languages"), QStringLiteral("ar,es"), QStringLiteral("--format"),
                                                          QStringLiteral("csv"), QStringLiteral("--out"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = read(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == QStringLiteral("Partner,With,Unit,Given,Received,Net,Asymmetry,Entries"));
    for (const QString &line : lines) {
        for (const QString &cell : line.split(u',')) {
            INFO(cell.toStdString());
            CHECK_FALSE(QStringLiteral("=+@").contains(cell.left(1)));
        }
    }
}

TEST_CASE("report refuses bad input with one line, exit 1 or 2, and writes nothing", "[cli][report]")
{
    DemoWorkspace demo;
    const QString path = demo.out(QStringLiteral("r.html"));
    const QStringList html{QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), path};
    struct Case {
        QString kind;
        QStringList args;
        int exit;
        QString message;
    };
    const QList<Case> cases = {
        {QStringLiteral("ledger"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,xx")} + html, 1,
         QStringLiteral("trellis-cli report: Unknown language “xx”")},
        {QStringLiteral("ledger"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa")} + html, 2,
         QStringLiteral("trellis-cli report: --languages needs two languages")},
        {QStringLiteral("ledger"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--partner"),
                                               QStringLiteral("Nobody At All")} + html, 1,
         QStringLiteral("trellis-cli report: --partner: unknown partner")},
        {QStringLiteral("ledger"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--period"),
                                               QStringLiteral("1999-Q1")} + html, 1,
         QStringLiteral("trellis-cli report: no posted ledger entries in the period 1999-01-01..1999-03-31: nothing written")},
        {QStringLiteral("ledger"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--period"),
                                               QStringLiteral("1999-Q5")} + html, 2, QStringLiteral("trellis-cli report: --period: ")},
        {QStringLiteral("budget"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es")} + html, 2,
         QStringLiteral("trellis-cli report: unknown report \"budget\"")},
        {QStringLiteral("retro"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--format"),
                                              QStringLiteral("docx"), QStringLiteral("--out"), path}, 2,
         QStringLiteral("trellis-cli report: --format must be pdf, html, odt or csv")},
        {QStringLiteral("retro"), QStringList{QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--format"),
                                              QStringLiteral("html"), QStringLiteral("--out"), demo.out(QStringLiteral("no/such/dir/r.html"))}, 1,
         QStringLiteral("trellis-cli report: Cannot write ")},
    };
    for (const Case &c : cases) {
        const auto r = demo.report(c.kind, c.args);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == c.exit);
        CHECK(r.err.startsWith(c.message));
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK(QDir(demo.out(QString())).entryList({QStringLiteral("*.html"), QStringLiteral("r.*")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("archive writes a folder and zip whose manifest sha256sum verifies", "[cli][archive]")
{
    DemoWorkspace demo;
    const QString folder = demo.out(QStringLiteral("handed-on"));
    const auto r = runCli({QStringLiteral("archive"), demo.path, QStringLiteral("--languages"), QStringLiteral("he,zh-Hans"),
                           QStringLiteral("--out"), folder, QStringLiteral("--zip"), QStringLiteral("--custodian"),
                           QStringLiteral("Noa Levi")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("zip: ") + folder + QStringLiteral(".zip")));
    CHECK(r.out.contains(QStringLiteral("ledger chain head: ")));
    const auto check = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cd \"$1\" && sha256sum -c MANIFEST.sha256"),
                                                         QStringLiteral("sh"), folder});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(read(folder + QStringLiteral("/handover.html")).contains(QStringLiteral("Noa Levi")));

    const auto bad = runCli({QStringLiteral("archive"), demo.path, QStringLiteral("--languages"), QStringLiteral("he,qq"),
                             QStringLiteral("--out"), demo.out(QStringLiteral("never"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.startsWith(QStringLiteral("trellis-cli archive: Unknown language “qq”")));
    CHECK_FALSE(QFile::exists(demo.out(QStringLiteral("never"))));
    const auto unwritable = runCli({QStringLiteral("archive"), demo.path, QStringLiteral("--languages"), QStringLiteral("he,es"),
                                    QStringLiteral("--out"), QStringLiteral("/proc/trellis-archive")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.startsWith(QStringLiteral("trellis-cli archive: Cannot create the folder /proc/trellis-archive.")));
}
