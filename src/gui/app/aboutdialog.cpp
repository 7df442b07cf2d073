#include "gui/app/aboutdialog.h"

#include "util/versions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace trellis::gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Trellis"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Trellis %1</h2>").arg(trellisVersion().toHtmlEscaped()), this);
    auto *purpose = new QLabel(tr("A workbench for movements that work together across borders and languages: "
                                  "partners, the reciprocity ledger, solidarity retros and conflict protocols, "
                                  "side by side in two languages."), this);
    purpose->setWordWrap(true);
    auto *versions = new QLabel(tr("Qt %1 · SQLite %2 · ICU %3").arg(qtVersion(), sqliteVersion(), icuVersion()), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(purpose);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace trellis::gui
