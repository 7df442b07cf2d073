#include "gui/app/workspacepropertiesdialog.h"

#include "gui/partners/partnerpicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trellis::gui {

WorkspacePropertiesDialog::WorkspacePropertiesDialog(store::Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ws(workspace)
{
    setWindowTitle(tr("Workspace properties"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_languages = new QLineEdit(this);
    m_languages->setObjectName(QStringLiteral("languages"));
    m_languages->setToolTip(tr("Language tags in order, separated by commas, e.g. fa, es, en"));
    m_home = new PartnerPicker(workspace, this);
    m_home->insertItem(0, tr("None"), qint64(0));
    m_currency = new QLineEdit(this);
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("ISO 4217, e.g. EUR"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Working languages:"), m_languages);
    form->addRow(tr("&Home partner:"), m_home);
    form->addRow(tr("Default &currency:"), m_currency);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
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
