#include "gui/app/aboutdialog.h"

#include "gui/widgets/themedicon.h"
#include "util/versions.h"

#include "ui_aboutdialog.h"

namespace trellis::gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    Ui::AboutDialog ui; // the layout is ui/aboutdialog.ui; the versions are filled in here
    ui.setupUi(this);
    ui.icon->setPixmap(applicationIcon().pixmap(64, 64));
    ui.title->setText(ui.title->text().arg(trellisVersion().toHtmlEscaped()));
    ui.licence->setText(ui.licence->text().arg(trellisLicence()));
    ui.versions->setText(ui.versions->text().arg(qtVersion(), sqliteVersion(), icuVersion()));
}

} // namespace trellis::gui
