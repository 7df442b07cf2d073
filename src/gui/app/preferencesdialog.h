#pragma once
// Preferences: the user-interface language (system, English, Spanish, French, Arabic, Portuguese).

#include <QDialog>

class QComboBox;

namespace trellis::gui {

/// Stores the UI language in QSettings ("ui/language"); it applies on the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;
    /// The saved UI language, empty for the system's.
    static QString savedUiLanguage();

private:
    QComboBox *m_language = nullptr;
};

} // namespace trellis::gui
