#include "gui/ledger/consentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace trellis::gui {

ConsentDialog::ConsentDialog(bool approve, const QList<QPair<qint64, QString>> &sides, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(approve ? tr("Approve the funds") : tr("Withdraw an approval"));
    auto *form = new QFormLayout(this);
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("consentSide"));
    m_side->setAccessibleName(tr("Side"));
    for (const auto &[id, name] : sides)
        m_side->addItem(name, id);
    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("consentBy"));
    m_by->setAccessibleName(tr("By whom"));
    m_by->setPlaceholderText(tr("the person who speaks for that side"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Side:"), m_side);
    form->addRow(tr("&By:"), m_by);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("&Approve") : tr("&Withdraw approval"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_by->setFocus();
}

qint64 ConsentDialog::partnerId() const { return m_side->currentData().toLongLong(); }
QString ConsentDialog::byName() const { return m_by->text(); }
QString ConsentDialog::note() const { return m_note->text(); }
void ConsentDialog::setSide(qint64 partnerId) { m_side->setCurrentIndex(std::max(0, m_side->findData(partnerId))); }
void ConsentDialog::setByName(const QString &name) { m_by->setText(name); }
void ConsentDialog::setNote(const QString &note) { m_note->setText(note); }

} // namespace trellis::gui
