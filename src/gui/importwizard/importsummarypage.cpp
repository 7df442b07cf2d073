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

#include "ui_importsummarypage.h"

namespace trellis::gui {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    Ui::ImportSummaryPage ui; // the layout is ui/importsummarypage.ui; the counts are filled in here
    ui.setupUi(this);
    setFinalPage(true);
    m_counts = ui.counts;
    m_values = {ui.rowsRead, ui.imported, ui.rejected, ui.duplicates, ui.partnersCreated};
    for (QLabel *value : std::as_const(m_values)) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(static_cast<QLabel *>(m_counts->labelForField(value))->text());
    }
    m_identity = ui.importIdentity;
    m_save = ui.saveRejects;
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::chooseRejectsFile);
    m_saved = ui.saved;
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
    QString identity = r.leftOut == 0
        ? tr("%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.")
              .arg(r.imported).arg(r.rejected).arg(r.duplicates).arg(r.rowsRead)
        : tr("%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.")
              .arg(r.imported).arg(r.rejected).arg(r.duplicates).arg(r.leftOut).arg(r.rowsRead);
    if (!r.insidePauses.isEmpty())
        identity += u' '
            + (r.leftOut > 0 ? tr("The %Ln row(s) dated inside an agreed pause were left out, as you chose.", nullptr,
                                  int(r.insidePauses.size()))
                             : tr("The %Ln row(s) dated inside an agreed pause were recorded, as you chose.", nullptr,
                                  int(r.insidePauses.size())));
    m_identity->setText(identity);
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
