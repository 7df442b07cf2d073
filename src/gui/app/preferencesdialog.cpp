#include "gui/app/preferencesdialog.h"

#include "i18n/language.h"

#include <QSettings>

#include "ui_preferencesdialog.h"

namespace trellis::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    Ui::PreferencesDialog ui; // the layout is ui/preferencesdialog.ui; the languages are filled in here
    ui.setupUi(this);
    m_language = ui.language;
    m_language->addItem(tr("The system's language"), QString());
    for (const char *tag : {"en", "es", "fr", "ar", "pt"}) {
        const QString t = QString::fromLatin1(tag);
        m_language->addItem(i18n::languageAutonym(t), t);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedUiLanguage())));
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
