// The report dialog offscreen: the window's pair by default, a preview before saving, an export on
// the worker thread, wrong fields explained, and a stopped export that leaves nothing behind.
#include "reportfixture.h"

#include "gui/reports/reportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace trellis;
using namespace trellis::gui;
using test::ReportFixture;

TEST_CASE("The report dialog previews and exports a ledger review on its worker", "[gui][reports]")
{
    ReportFixture f;
    test::ScratchDir out;
    ReportDialog dialog(f.ws, reports::ReportKind::LedgerReview, false, {QStringLiteral("fa"), QStringLiteral("es")});
    auto job = dialog.job();
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message == QStringLiteral("Choose where to save the report."));

    dialog.periodEdit()->setText(QStringLiteral("2026-Q3"));
    dialog.showPreview();
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("میزبانی از هیئت")));
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("10,5 horas")));

    const QString path = out.path(QStringLiteral("review.html"));
    dialog.destinationEdit()->setText(path);
    job = dialog.job();
    REQUIRE(job.ok());
    CHECK(job->report.first == QStringLiteral("fa"));
    CHECK(job->report.second == QStringLiteral("es"));
    CHECK(job->report.period.first == QDate(2026, 7, 1));
    QSignalSpy ended(&dialog, &ReportDialog::exportEnded);
    REQUIRE(dialog.startExport());
    REQUIRE(ended.wait(30000));
    CHECK(ended.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(ended.at(0).at(1).toBool());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().contains("<td lang=\"fa\" dir=\"rtl\">"));
    // The path is isolated left to right, or an Arabic or Persian UI moves its slashes (walkthrough).
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->text()
          == QStringLiteral("Saved to \u2066%1\u2069.").arg(QDir::toNativeSeparators(path)));

    dialog.periodEdit()->setText(QStringLiteral("2026-Q7"));
    job = dialog.job();
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.startsWith(QStringLiteral("Period: ")));
}

TEST_CASE("The report dialog exports PDF and ODT through the paged writers", "[gui][reports]")
{
    ReportFixture f;
    test::ScratchDir out;
    for (auto format : {reports::ReportFormat::Pdf, reports::ReportFormat::Odt}) {
        ReportJob job;
        job.report.kind = reports::ReportKind::LedgerReview;
        job.report.first = QStringLiteral("fa");
        job.report.second = QStringLiteral("es");
        job.format = format;
        job.destination = out.path(QStringLiteral("review.") + reports::reportFormatKey(format));
        const std::atomic<bool> go = false;
        bool stopped = true;
        const QString error = ReportExport::run(f.path(), job, go, {}, stopped);
        CAPTURE(job.destination);
        CHECK(error.isEmpty());
        CHECK_FALSE(stopped);
        QFile written(job.destination);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray head = written.read(8);
        CHECK(head.startsWith(format == reports::ReportFormat::Pdf ? QByteArray("%PDF-") : QByteArray("PK")));
    }
    ReportDialog dialog(f.ws, reports::ReportKind::LedgerReview, false, {QStringLiteral("fa"), QStringLiteral("es")});
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("PDF")));
    dialog.destinationEdit()->setText(out.path(QStringLiteral("dialog.pdf")));
    auto job = dialog.job();
    REQUIRE(job.ok());
    CHECK(job->format == reports::ReportFormat::Pdf);
}

TEST_CASE("A stopped export or archive leaves nothing at the destination", "[gui][reports]")
{
    ReportFixture f;
    test::ScratchDir out;
    ReportJob job;
    job.report.first = QStringLiteral("ar");
    job.report.second = QStringLiteral("es");
    job.destination = out.path(QStringLiteral("stopped.html"));
    const std::atomic<bool> stop = true;
    bool stopped = false;
    const QString error = ReportExport::run(f.path(), job, stop, {}, stopped);
    CHECK(stopped);
    CHECK(error == QStringLiteral("The export was stopped; nothing was saved."));
    CHECK_FALSE(QFile::exists(job.destination));

    job.archive = true;
    job.archiveRequest.first = QStringLiteral("ar");
    job.archiveRequest.second = QStringLiteral("es");
    job.destination = out.path(QStringLiteral("archive"));
    ReportExport::run(f.path(), job, stop, {}, stopped);
    CHECK(stopped);
    CHECK_FALSE(QFile::exists(job.destination + QStringLiteral("/MANIFEST.sha256")));
}

TEST_CASE("The archive dialog asks for a folder and offers no period or format", "[gui][reports]")
{
    ReportFixture f;
    ReportDialog dialog(f.ws, reports::ReportKind::LedgerReview, true, {QStringLiteral("es"), QStringLiteral("fa")});
    CHECK(dialog.windowTitle() == QStringLiteral("Export archive"));
    CHECK(dialog.periodEdit()->isHidden());
    CHECK(dialog.formatBox()->isHidden());
    auto job = dialog.job();
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message == QStringLiteral("Choose a folder for the archive."));
}
