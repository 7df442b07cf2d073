#include "gui/ledger/consentdialog.h"

#include <QPushButton>

#include "ui_consentdialog.h"

namespace trellis::gui {

ConsentDialog::ConsentDialog(bool approve, const QList<QPair<qint64, QString>> &sides, QWidget *parent)
    : QDialog(parent)
{
    Ui::ConsentDialog ui; // the layout is ui/consentdialog.ui; the sides and the wording are set here
    ui.setupUi(this);
    setWindowTitle(approve ? tr("Approve the funds") : tr("Withdraw an approval"));
    m_side = ui.consentSide;
    m_by = ui.consentBy;
    m_note = ui.consentNote;
    for (const auto &[id, name] : sides)
        m_side->addItem(name, id);
    ui.buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("&Approve") : tr("&Withdraw approval"));
    m_by->setFocus();
}

qint64 ConsentDialog::partnerId() const { return m_side->currentData().toLongLong(); }
QString ConsentDialog::byName() const { return m_by->text(); }
QString ConsentDialog::note() const { return m_note->text(); }
void ConsentDialog::setSide(qint64 partnerId) { m_side->setCurrentIndex(std::max(0, m_side->findData(partnerId))); }
void ConsentDialog::setByName(const QString &name) { m_by->setText(name); }
void ConsentDialog::setNote(const QString &note) { m_note->setText(note); }

} // namespace trellis::gui
