#include "gui/reports/reportdialog.h"

#include "gui/editing/labels.h"

#include "reports/pdf/pagedsave.h"

#include "i18n/language.h"
#include "reports/html/htmlreport.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace trellis::gui {
namespace {

QString kindTitle(reports::ReportKind kind, bool archive)
{
    if (archive)
        return ReportDialog::tr("Export archive");
    switch (kind) {
    case reports::ReportKind::LedgerReview: return ReportDialog::tr("Ledger review");
    case reports::ReportKind::RetroReport: return ReportDialog::tr("Retro report");
    case reports::ReportKind::ProtocolHandbook: return ReportDialog::tr("Protocol handbook");
    case reports::ReportKind::PartnerDirectory: return ReportDialog::tr("Partner directory");
    }
    return {};
}

/// How many rows the preview shows before it stops reading.
constexpr qint64 kPreviewRows = 300;

} // namespace

ReportDialog::ReportDialog(store::Workspace &workspace, reports::ReportKind kind, bool archive,
                           const QPair<QString, QString> &pair, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_kind(kind), m_archive(archive), m_export(new ReportExport(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(kindTitle(kind, archive));
    auto *form = new QFormLayout;
    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    auto settings = workspace.settings();
    const QStringList languages = settings ? settings->workingLanguages : QStringList{pair.first, pair.second};
    for (QComboBox *box : {m_first, m_second}) {
        for (const QString &tag : languages)
            box->addItem(i18n::languageAutonym(tag), tag);
    }
    m_first->setCurrentIndex(std::max(0, m_first->findData(pair.first)));
    m_second->setCurrentIndex(std::max(0, m_second->findData(pair.second)));
    auto *languagesRow = new QHBoxLayout;
    languagesRow->addWidget(m_first);
    languagesRow->addWidget(m_second);
    auto *languagesLabel = new QLabel(tr("&Languages:"), this);
    languagesLabel->setBuddy(m_first);
    form->addRow(languagesLabel, languagesRow);

    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31"));
    m_partner = new QComboBox(this);
    m_partner->addItem(tr("All partners"), QVariant());
    if (auto partners = store::PartnerStore(workspace).list(pair.first)) {
        for (const auto &p : std::as_const(*partners))
            m_partner->addItem(p.name, p.id);
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (auto format : {reports::ReportFormat::Html, reports::ReportFormat::Pdf, reports::ReportFormat::Odt,
                        reports::ReportFormat::Csv}) {
        m_format->addItem(reports::reportFormatKey(format).toUpper(), int(format));
        if (!reports::writerFor(format) && !reports::isPagedFormat(format))
            m_format->setItemData(m_format->count() - 1, tr("Not available in this build"), Qt::ToolTipRole);
    }
    m_custodian = new QLineEdit(this);
    if (!archive) {
        form->addRow(tr("&Period:"), m_period);
        form->addRow(tr("Pa&rtner:"), m_partner);
        form->addRow(tr("&Format:"), m_format);
        m_custodian->hide();
    } else {
        form->addRow(tr("Cus&todian:"), m_custodian);
        m_period->hide();
        m_partner->hide();
        m_format->hide();
    }
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseDestination);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    auto *destinationLabel = new QLabel(archive ? tr("&Folder:") : tr("&Save as:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    m_open = new QCheckBox(tr("Open &when done"), this);
    form->addRow(QString(), m_open);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(240);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    previewButton->setEnabled(!archive);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_stopButton = buttons->addButton(tr("St&op"), QDialogButtonBox::ActionRole);
    m_stopButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportDialog::startExport);
    connect(m_stopButton, &QPushButton::clicked, m_export, &ReportExport::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_export, &ReportExport::progress, this, [this](qint64 done, qint64 expected) {
        m_progress->setRange(0, expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / expected)));
    });
    connect(m_export, &ReportExport::finished, this, &ReportDialog::finishExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 640);
}

Result<ReportJob> ReportDialog::job() const
{
    ReportJob job;
    job.archive = m_archive;
    const QString first = m_first->currentData().toString(), second = m_second->currentData().toString();
    if (first == second)
        return makeError(ErrorCode::InvalidInput, tr("Choose two different languages."));
    const QString destination = m_destination->text().trimmed();
    if (destination.isEmpty())
        return makeError(ErrorCode::InvalidInput, m_archive ? tr("Choose a folder for the archive.") : tr("Choose where to save the report."));
    job.destination = destination;
    if (m_archive) {
        job.archiveRequest.first = first;
        job.archiveRequest.second = second;
        job.archiveRequest.custodian = m_custodian->text().trimmed();
        job.archiveRequest.uiLanguage = uiLanguage();
        return job;
    }
    auto period = store::Period::parse(m_period->text().trimmed());
    if (!period)
        return makeError(ErrorCode::InvalidInput, tr("Period: %1").arg(period.error().message));
    job.report.kind = m_kind;
    job.report.first = first;
    job.report.second = second;
    job.report.period = *period;
    job.report.uiLanguage = uiLanguage();
    if (m_partner->currentData().isValid())
        job.report.partnerId = m_partner->currentData().toLongLong();
    job.format = reports::ReportFormat(m_format->currentData().toInt());
    if (!reports::writerFor(job.format) && !reports::isPagedFormat(job.format))
        return makeError(ErrorCode::InvalidInput, tr("%1 export is not available in this build.").arg(m_format->currentText()));
    return job;
}

void ReportDialog::showPreview()
{
    auto wanted = job();
    // The preview needs no destination yet.
    if (!wanted && m_destination->text().trimmed().isEmpty()) {
        m_destination->setText(QStringLiteral("preview"));
        wanted = job();
        m_destination->clear();
    }
    if (!wanted) {
        m_message->setText(wanted.error().message);
        return;
    }
    auto doc = reports::buildReport(m_ws, wanted->report);
    if (!doc) {
        m_message->setText(doc.error().message);
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    reports::WriteOptions options;
    options.keepGoing = [](qint64 rows, qint64) { return rows < kPreviewRows; };
    const Status written = reports::writeHtml(*doc, buffer, options);
    QString html = QString::fromUtf8(buffer.data());
    if (!written && !reports::isStopped(written.error())) {
        m_message->setText(written.error().message);
        return;
    }
    m_preview->setHtml(html);
    m_message->setText(written ? tr("Preview of the whole report.") : tr("Preview of the first %n rows.", nullptr, int(kPreviewRows)));
}

bool ReportDialog::startExport()
{
    auto wanted = job();
    if (!wanted) {
        m_message->setText(wanted.error().message);
        return false;
    }
    m_exportButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_progress->show();
    m_progress->setRange(0, 0);
    m_message->setText(tr("Exporting…"));
    m_export->start(m_ws.path(), *wanted);
    return true;
}

void ReportDialog::finishExport(const QString &error, bool stopped)
{
    m_exportButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_progress->hide();
    if (stopped)
        m_message->setText(tr("Stopped. Nothing was saved."));
    else if (!error.isEmpty())
        m_message->setText(error);
    else {
        m_message->setText(tr("Saved to %1.").arg(leftToRight(QDir::toNativeSeparators(m_destination->text().trimmed()))));
        if (m_open->isChecked()) {
            const QString path = m_destination->text().trimmed();
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_archive ? QDir(path).filePath(QStringLiteral("index.html")) : path));
        }
    }
    Q_EMIT exportEnded(error, stopped);
}

void ReportDialog::chooseDestination()
{
    QString chosen;
    if (m_archive) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Archive folder"));
    } else {
        const QString suffix = reports::reportFormatKey(reports::ReportFormat(m_format->currentData().toInt()));
        chosen = QFileDialog::getSaveFileName(this, tr("Save report"), QString(),
                                              tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    }
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

void ReportDialog::reject()
{
    if (m_export->isRunning()) {
        m_export->stop();
        m_export->wait();
    }
    QDialog::reject();
}

void addReportActions(QMenu *menu, QWidget *window, const std::function<store::Workspace &()> &workspace,
                      const std::function<QPair<QString, QString>()> &pair)
{
    const auto open = [=](reports::ReportKind kind, bool archive) {
        ReportDialog dialog(workspace(), kind, archive, pair(), window);
        dialog.exec();
    };
    using K = reports::ReportKind;
    menu->addAction(ReportDialog::tr("&Ledger review…"), window, [=] { open(K::LedgerReview, false); })
        ->setObjectName(QStringLiteral("reportLedger"));
    menu->addAction(ReportDialog::tr("&Retro report…"), window, [=] { open(K::RetroReport, false); })
        ->setObjectName(QStringLiteral("reportRetro"));
    menu->addAction(ReportDialog::tr("&Protocol handbook…"), window, [=] { open(K::ProtocolHandbook, false); })
        ->setObjectName(QStringLiteral("reportProtocols"));
    menu->addAction(ReportDialog::tr("Partner &directory…"), window, [=] { open(K::PartnerDirectory, false); })
        ->setObjectName(QStringLiteral("reportPartners"));
    menu->addSeparator();
    menu->addAction(ReportDialog::tr("Export &archive…"), window, [=] { open(K::LedgerReview, true); })
        ->setObjectName(QStringLiteral("exportArchive"));
    menu->addSeparator();
}

} // namespace trellis::gui
