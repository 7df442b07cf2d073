#include "gui/app/workspacepropertiesdialog.h"

#include "gui/partners/partnerpicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui_workspacepropertiesdialog.h"

namespace trellis::gui {

WorkspacePropertiesDialog::WorkspacePropertiesDialog(store::Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ws(workspace)
{
    Ui::WorkspacePropertiesDialog ui; // the layout is ui/workspacepropertiesdialog.ui
    ui.setupUi(this);
    m_name = ui.name;
    m_languages = ui.languages;
    m_currency = ui.currency;
    m_message = ui.message;
    // The partner picker reads the workspace, so it is made here and put in its row of the form.
    m_home = new PartnerPicker(workspace, this);
    m_home->insertItem(0, tr("None"), qint64(0));
    ui.form->setWidget(2, QFormLayout::FieldRole, m_home);
    ui.homeLabel->setBuddy(m_home);
    setTabOrder(m_languages, m_home);
    setTabOrder(m_home, m_currency);
    if (auto settings = workspace.settings()) {
        m_name->setText(settings->name);
        m_languages->setText(settings->workingLanguages.join(QStringLiteral(", ")));
        m_home->setCurrentIndex(std::max(0, m_home->findData(settings->homePartnerId.value_or(0))));
        m_currency->setText(settings->defaultCurrency);
    }
}

void WorkspacePropertiesDialog::accept()
{
    auto current = m_ws.settings();
    if (!current) {
        m_message->setText(current.error().message);
        m_message->show();
        return;
    }
    store::WorkspaceSettings settings = *current;
    settings.name = m_name->text().trimmed();
    settings.workingLanguages.clear();
    for (const QString &tag : m_languages->text().split(u',', Qt::SkipEmptyParts))
        settings.workingLanguages << tag.trimmed();
    const qint64 home = m_home->currentData().toLongLong();
    settings.homePartnerId = home ? std::optional<qint64>(home) : std::nullopt;
    settings.defaultCurrency = m_currency->text().trimmed().toUpper();
    if (Status s = m_ws.saveSettings(settings); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        return;
    }
    QDialog::accept();
}

QString WorkspacePropertiesDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace trellis::gui
