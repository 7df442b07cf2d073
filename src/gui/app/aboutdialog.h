#pragma once
// The About dialog: what Trellis is and the versions of Qt, SQLite and ICU it runs on.

#include <QDialog>

namespace trellis::gui {

/// Shows the product's purpose and the library versions in use.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace trellis::gui
