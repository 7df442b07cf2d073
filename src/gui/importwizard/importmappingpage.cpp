#include "gui/importwizard/importmappingpage.h"

#include "gui/importwizard/importpreviewmodel.h"
#include "gui/importwizard/importwizard.h"
#include "gui/app/workbench.h"

#include <QComboBox>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QTableView>

#include "ui_importmappingpage.h"

namespace trellis::gui {

QString ImportMappingPage::fieldName(const QString &field)
{
    if (field == QLatin1String("date")) return tr("Date");
    if (field == QLatin1String("from")) return tr("From (giving partner)");
    if (field == QLatin1String("to")) return tr("To (receiving partner)");
    if (field == QLatin1String("kind")) return tr("Kind");
    if (field == QLatin1String("quantity")) return tr("Quantity");
    if (field == QLatin1String("unit")) return tr("Unit");
    if (field == QLatin1String("narrative")) return tr("Narrative");
    if (field == QLatin1String("language")) return tr("Narrative language");
    return field;
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    Ui::ImportMappingPage ui; // the layout is ui/importmappingpage.ui; the column choices are added here
    ui.setupUi(this);
    setSubTitle(subTitle().arg(kPreviewRows));

    QGridLayout *grid = ui.columns;
    const auto fields = io::ledgerImportFields();
    for (int i = 0; i < fields.size(); ++i) {
        const io::ImportField &field = fields[i];
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + field.name);
        const QString name = fieldName(field.name);
        combo->setAccessibleName(field.required ? tr("Column for %1 (required)").arg(name)
                                                : tr("Column for %1").arg(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        auto *label = new QLabel(field.required ? tr("%1 *").arg(name) : name, this);
        label->setBuddy(combo);
        const int row = i % 4, column = (i / 4) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        connect(combo, &QComboBox::activated, this, &ImportMappingPage::updatePreview);
        m_choices.insert(field.name, combo);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_model = new ImportPreviewModel(this);
    m_view = ui.importPreview;
    m_view->setModel(m_model);
    m_summary = ui.importPreviewSummary;
}

void ImportMappingPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &cell : plan.facts.header)
            combo->addItem(cell, cell);
        // A choice made before stays while the header still has it; otherwise the header's own name.
        const auto kept = plan.columns.constFind(it.key());
        const bool keep = kept != plan.columns.cend() && (kept->isEmpty() || plan.facts.header.contains(*kept));
        const QString chosen = keep ? *kept : plan.facts.named.value(it.key());
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    updatePreview();
    m_choices.value(QStringLiteral("date"))->setFocus();
}

void ImportMappingPage::updatePreview()
{
    ImportPlan &plan = m_wizard->plan();
    plan.columns.clear();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        plan.columns.insert(it.key(), it.value()->currentData().toString()); // "": not in the file
    }
    m_previewed = false;
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_model->setRows({});
        m_summary->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        Q_EMIT completeChanged();
        return;
    }
    auto rows = io::previewLedgerImport(m_wizard->workbench().workspace(), file, plan.options(), kPreviewRows);
    if (!rows) {
        m_model->setRows({});
        m_summary->setText(rows.error().message);
        Q_EMIT completeChanged();
        return;
    }
    m_model->setRows(std::move(*rows));
    m_previewed = true;
    QString summary = tr("First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.")
                          .arg(m_model->rowCount())
                          .arg(m_model->countOf(io::ImportRowOutcome::Accepted))
                          .arg(m_model->countOf(io::ImportRowOutcome::Rejected))
                          .arg(m_model->countOf(io::ImportRowOutcome::Duplicate));
    const auto &shown = m_model->rows();
    if (const auto paused = std::count_if(shown.cbegin(), shown.cend(), [](const auto &r) { return r.insidePause; }))
        summary += u' ' + tr("%Ln of them dated inside an agreed pause: the import asks about them first.", nullptr, int(paused));
    m_summary->setText(summary);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < ImportPreviewModel::ColumnCount; ++c) // long cells are cut; their tooltip and the rejects file keep them
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), c == ImportPreviewModel::Reason ? 360 : 260));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_previewed;
}

} // namespace trellis::gui
