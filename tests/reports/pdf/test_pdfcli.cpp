#include "pdftools.h"
#include "testsupport.h"

#include <QFileInfo>

using namespace trellis::test;

TEST_CASE("trellis-cli report writes the ledger review as PDF and ODT with both languages", "[reports][pdf][cli]")
{
    ScratchDir dir;
    const QString workspace = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), workspace, QStringLiteral("--entries"), QStringLiteral("300")}).exitCode == 0);

    const QString pdf = dir.path(QStringLiteral("review.pdf"));
    const auto run = runCli({QStringLiteral("report"), workspace, QStringLiteral("ledger"), QStringLiteral("--languages"),
                             QStringLiteral("fa,es"), QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 2);
    const QString last = pdfText(pdf, pages);
    CHECK(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(last.contains(QStringLiteral("trellis-cli check")));
    for (const auto &font : pdfFonts(pdf))
        CHECK((font.embedded && font.subset));

    const QString odt = dir.path(QStringLiteral("review.odt"));
    REQUIRE(runCli({QStringLiteral("report"), workspace, QStringLiteral("ledger"), QStringLiteral("--languages"),
                    QStringLiteral("fa,es"), QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), odt})
                .exitCode
            == 0);
    CHECK(QFileInfo(odt).size() > 1000);

    // An unwritable destination: a one-line error, a non-zero exit, nothing written.
    const QString nowhere = dir.path(QStringLiteral("missing-folder/review.pdf"));
    const auto failed = runCli({QStringLiteral("report"), workspace, QStringLiteral("ledger"), QStringLiteral("--languages"),
                                QStringLiteral("fa,es"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--out"), nowhere});
    CHECK(failed.exitCode != 0);
    CHECK(failed.err.contains(QStringLiteral("review.pdf")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
