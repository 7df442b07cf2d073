// The HTML report as a browser draws it: headless Chromium's screenshot of a right-to-left-first
// report compared with a committed reference, so a broken direction or a missing font fails.
#include "pdfsamples.h"
#include "pdftools.h"
#include "testsupport.h"

#include "reports/html/htmlreport.h"

#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QUrl>

using namespace trellis;
using namespace trellis::reports;
using namespace trellis::test;

namespace {

/// Chromium's screenshot of the HTML report of the pair, 1000 by 1400 CSS pixels at scale 1.
QImage screenshot(const ScratchDir &dir, const QString &chromium, const QString &first, const QString &second)
{
    const QString html = dir.path(QStringLiteral("%1-%2.html").arg(first, second));
    {
        QFile file(html);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const auto written = writeHtml(sampleReport(first, second, 12), file);
        REQUIRE(written.ok());
    }
    const QString png = dir.path(QStringLiteral("%1-%2.png").arg(first, second));
    const auto run = runProgram(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                           QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
                                           QStringLiteral("--force-device-scale-factor=1"),
                                           QStringLiteral("--window-size=1000,1400"),
                                           QStringLiteral("--user-data-dir=") + dir.path(QStringLiteral("profile")),
                                           QStringLiteral("--screenshot=") + png,
                                           QUrl::fromLocalFile(html).toString()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QImage(png);
}

} // namespace

TEST_CASE("A right-to-left-first HTML report looks like its reference in headless Chromium", "[reports][html][chromium]")
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        WARN("skipped: chromium is not installed (Debian's chromium package, which scripts/deps.sh installs)");
        return;
    }
    ScratchDir dir;
    const QImage page = screenshot(dir, chromium, QStringLiteral("fa"), QStringLiteral("en"));
    REQUIRE_FALSE(page.isNull());
    const QImage expected = referenceImage(page, QStringLiteral(TRELLIS_PDF_REFERENCE_DIR "/fa-en-html-chromium.png"));
    REQUIRE_FALSE(expected.isNull());
    REQUIRE(expected.size() == page.size());

    const double difference = pageDifference(page, expected);
    INFO("share of differing cells: " << difference);
    CHECK(difference < 0.03);

    // Sharp enough to see the page the wrong way round, or the pair in the other order (measured
    // 0.18 and 0.059 of the inked cells; a match is 0, a re-run on the same machine 0 too).
    const double mirrored = pageDifference(page.mirrored(true, false), expected);
    INFO("mirrored: " << mirrored);
    CHECK(mirrored > 0.1);
    const double leftToRight = pageDifference(screenshot(dir, chromium, QStringLiteral("en"), QStringLiteral("fa")), expected);
    INFO("en-fa instead of fa-en: " << leftToRight);
    CHECK(leftToRight > 0.03);
}
