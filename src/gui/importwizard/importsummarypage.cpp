#include "gui/importwizard/importsummarypage.h"

#include "gui/importwizard/importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLocale>
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
    m_counts = new QFormLayout;
    m_counts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // each count beside its label
    for (const QString &label : {tr("Rows read:"), tr("Imported:"), tr("Rejected:"),
                                 tr("Duplicates skipped (imported before):"), tr("Partners created:")}) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(label);
        m_counts->addRow(label, value);
        m_values << value;
    }
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
    layout->addLayout(m_counts);
    layout->addWidget(m_identity);
    layout->addWidget(m_save, 0, Qt::AlignLeading);
    layout->addWidget(m_saved);
    layout->addStretch(1);
}

QString ImportSummaryPage::countsText() const
{
    QStringList lines;
    for (QLabel *value : m_values)
        lines << static_cast<QLabel *>(m_counts->labelForField(value))->text() + u' ' + value->text();
    return lines.join(u'\n');
}

void ImportSummaryPage::initializePage()
{
    const io::LedgerImportReport &r = m_wizard->outcome().report;
    const qint64 counts[] = {r.rowsRead, r.imported, r.rejected, r.duplicates, r.partnersCreated};
    for (int i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(QLocale().toString(counts[i]));
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
