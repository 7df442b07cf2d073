#include "gui/app/preferencesdialog.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace trellis::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->addItem(tr("The system's language"), QString());
    for (const char *tag : {"en", "es", "fr", "ar", "pt"}) {
        const QString t = QString::fromLatin1(tag);
        m_language->addItem(i18n::languageAutonym(t), t);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedUiLanguage())));
    form->addRow(tr("&Interface language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The new language applies when Trellis starts again."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    QDialog::accept();
}

QString PreferencesDialog::savedUiLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

} // namespace trellis::gui
