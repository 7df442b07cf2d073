#pragma once
// Workspace properties: its name, working languages (ordered), home partner and default currency.

#include "store/workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace trellis::gui {

class PartnerPicker;

/// Edits WorkspaceSettings; OK saves through Workspace::saveSettings and shows its refusal inline.
class WorkspacePropertiesDialog : public QDialog {
    Q_OBJECT
public:
    WorkspacePropertiesDialog(store::Workspace &workspace, QWidget *parent = nullptr);
    void accept() override;
    QLineEdit *languagesEdit() const { return m_languages; }
    QString message() const;

private:
    store::Workspace &m_ws;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_languages = nullptr;
    PartnerPicker *m_home = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace trellis::gui
