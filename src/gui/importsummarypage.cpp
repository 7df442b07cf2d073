#include "gui/importsummarypage.h"

#include "gui/importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace trellis::gui {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("ImportSummaryPage"));
    setTitle(tr("Imported"));
    setSubTitle(tr("The import is saved. Every row of the file is counted once below."));
    setFinalPage(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("importIdentity"));
    m_identity->setWordWrap(true);
    m_save = new QPushButton(tr("&Save rejected rows…"), this);
    m_save->setObjectName(QStringLiteral("saveRejects"));
    m_save->setAccessibleName(tr("Save the rejected rows to a CSV file"));
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::chooseRejectsFile);
    m_saved = new QLabel(this);
    m_saved->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_identity);
    layout->addWidget(m_save, 0, Qt::AlignLeading);
    layout->addWidget(m_saved);
    layout->addStretch(1);
}

QString ImportSummaryPage::countsText() const
{
    return m_counts->text();
}

void ImportSummaryPage::initializePage()
{
    const io::LedgerImportReport &r = m_wizard->outcome().report;
    m_counts->setText(tr("Rows read: %L1\nImported: %L2\nRejected: %L3\nDuplicates skipped (imported before): %L4\n"
                         "Partners created: %L5")
                          .arg(r.rowsRead).arg(r.imported).arg(r.rejected).arg(r.duplicates).arg(r.partnersCreated));
    m_identity->setText(tr("%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.")
                            .arg(r.imported).arg(r.rejected).arg(r.duplicates).arg(r.rowsRead));
    m_save->setEnabled(!r.rejections.isEmpty());
    m_saved->setText(r.rejections.isEmpty() ? tr("No row was rejected.")
                                            : tr("Each rejected row can be saved with its line number, the reason "
                                                 "and its original text, to correct and import again."));
    if (m_save->isEnabled())
        m_save->setFocus();
}

void ImportSummaryPage::chooseRejectsFile()
{
    const QFileInfo source(m_wizard->plan().path);
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRejects(path);
}

bool ImportSummaryPage::saveRejects(const QString &path)
{
    QSaveFile file(path);
    Status written;
    if (!file.open(QIODevice::WriteOnly))
        written = makeError(ErrorCode::Io, file.errorString());
    else
        written = io::writeRejects(file, m_wizard->outcome().report.rejections);
    if (written && !file.commit())
        written = makeError(ErrorCode::Io, file.errorString());
    if (!written) {
        QMessageBox::warning(this, tr("Cannot save the rejected rows"), written.error().message);
        return false;
    }
    m_saved->setText(tr("The rejected rows were saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace trellis::gui
