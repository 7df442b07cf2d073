#include "gui/translation/xliffdialogs.h"

#include "gui/editing/labels.h"
#include "io/xliffexport.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trellis::gui {

XliffExportDialog::XliffExportDialog(store::Workspace &workspace, const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("xliffExport"));
    setWindowTitle(tr("Export for translation (XLIFF)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Writes the fields whose original is in one language and that are missing in another "
                                "as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the "
                                "translated file with File ▸ Import translations (XLIFF)…"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    auto settings = workspace.settings();
    for (const QString &tag : settings ? settings->workingLanguages : QStringList{}) {
        m_from->addItem(languageLabel(tag), tag);
        m_to->addItem(languageLabel(tag), tag);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    form->addRow(tr("&Originals in:"), m_from);
    form->addRow(tr("&Translate into:"), m_to);
    m_dialect = new QComboBox(this);
    m_dialect->addItem(tr("Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)"), int(io::XliffDialect::Standard));
    m_dialect->addItem(tr("OmegaT (a copy of the original in each target)"), int(io::XliffDialect::OmegaT));
    form->addRow(tr("&Dialect:"), m_dialect);
    m_machine = new QCheckBox(tr("Include &machine drafts, for review"), this);
    form->addRow(QString(), m_machine);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &XliffExportDialog::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &XliffExportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QString folder = QFileInfo(workspace.path()).absolutePath();
    setPath(QDir(folder).filePath(QStringLiteral("%1-%2.xlf").arg(m_from->currentData().toString(), m_to->currentData().toString())));
}

void XliffExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString XliffExportDialog::message() const
{
    return m_message->text();
}

void XliffExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("XLIFF files (*.xlf *.xliff)"));
    if (!path.isEmpty())
        setPath(path);
}

bool XliffExportDialog::exportFile()
{
    auto fail = [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
        return false;
    };
    io::XliffExportOptions options;
    options.sourceLanguage = m_from->currentData().toString();
    options.targetLanguage = m_to->currentData().toString();
    options.includeMachine = m_machine->isChecked();
    options.dialect = io::XliffDialect(m_dialect->currentData().toInt());
    if (options.sourceLanguage == options.targetLanguage)
        return fail(tr("Choose two different languages."));
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return fail(tr("Choose the file to write."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto units = io::exportXliff(m_ws, options, file);
    QApplication::restoreOverrideCursor();
    if (!units) {
        file.cancelWriting();
        return fail(units.error().message);
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_message->setText(tr("%n field(s) written to %1.", nullptr, int(*units)).arg(QDir::toNativeSeparators(path)));
    accept();
    return true;
}

XliffImportReport::XliffImportReport(const io::XliffImportSummary &summary, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("xliffImportReport"));
    setWindowTitle(tr("Translations imported"));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    m_counts = new QLabel(tr("%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.")
                              .arg(languageLabel(summary.sourceLanguage), languageLabel(summary.targetLanguage),
                                   locale.toString(summary.read), locale.toString(summary.updated),
                                   locale.toString(summary.unchanged), locale.toString(summary.refused)),
                          this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_refusals = new QTreeWidget(this);
    m_refusals->setObjectName(QStringLiteral("refusals"));
    m_refusals->setRootIsDecorated(false);
    m_refusals->setHeaderLabels({tr("Unit"), tr("Why it was refused")});
    m_refusals->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const io::XliffRefusal &refusal : summary.refusals)
        new QTreeWidgetItem(m_refusals, {refusal.unitId, refusal.reason});
    m_refusals->setVisible(!summary.refusals.isEmpty());
    if (!summary.refusals.isEmpty()) {
        auto *why = new QLabel(tr("Refused units changed nothing. Export again to translate them from the current "
                                  "originals."), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_refusals, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, summary.refusals.isEmpty() ? 140 : 360);
}

QString XliffImportReport::countsText() const
{
    return m_counts->text();
}

Result<io::XliffImportSummary> importTranslations(store::Workspace &workspace, const QString &path, const QString &translator)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = io::importXliff(workspace, path, translator, false);
    QApplication::restoreOverrideCursor();
    return summary;
}

} // namespace trellis::gui
