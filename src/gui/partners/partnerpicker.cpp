#include "gui/partners/partnerpicker.h"

#include "gui/app/workbench.h"
#include "gui/editing/labels.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/partnerquery.h"

#include <QApplication>
#include <QKeyEvent>

namespace trellis::gui {
namespace {
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kLatinRole = Qt::UserRole + 2;
}

PartnerPicker::PartnerPicker(Workbench &wb, QWidget *parent) : PartnerPicker(wb.workspace(), parent)
{
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved}) {
        connect(&wb, signal, this, [this](Section s) {
            if (s == Section::Partners)
                reload();
        });
    }
    if (SharedFile *shared = SharedFile::of(wb))
        connect(shared, &SharedFile::changedElsewhere, this, &PartnerPicker::reload);
}

PartnerPicker::PartnerPicker(store::Workspace &workspace, QWidget *parent) : ElidingComboBox(parent), m_ws(workspace)
{
    reload();
}

void PartnerPicker::setAnyPartnerItem(const QString &label)
{
    m_anyLabel = label;
    reload();
    setCurrentIndex(0);
}

void PartnerPicker::reload()
{
    const qint64 current = partnerId();
    QSignalBlocker block(this);
    clear();
    if (!m_anyLabel.isEmpty())
        addItem(m_anyLabel, qint64(0));
    store::PartnerQuery query(m_ws, uiLanguage());
    while (!query.atEnd()) {
        auto page = query.next(500);
        if (!page)
            break;
        for (const store::PartnerRow &row : std::as_const(*page)) {
            addItem(row.nameLatin.isEmpty() || row.nameLatin == row.name
                        ? row.name : QStringLiteral("%1 (%2)").arg(row.name, row.nameLatin),
                    row.id);
            setItemData(count() - 1, row.name, kNameRole);
            setItemData(count() - 1, row.nameLatin, kLatinRole);
        }
    }
    // Never a silent switch to another partner: one that is gone leaves "any", or nothing chosen.
    setCurrentIndex(findData(current) >= 0 ? findData(current) : m_anyLabel.isEmpty() ? -1 : 0);
    setToolTip(currentText()); // the signal that keeps it current was blocked while filling
}

qint64 PartnerPicker::partnerId() const
{
    return currentData().toLongLong();
}

QString PartnerPicker::partnerName() const
{
    return currentData(kNameRole).toString();
}

void PartnerPicker::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!typed) {
        ElidingComboBox::keyPressEvent(event);
        return;
    }
    if (!m_sinceTyped.isValid() || m_sinceTyped.elapsed() > QApplication::keyboardInputInterval())
        m_typed.clear();
    m_typed += text;
    m_sinceTyped.restart();
    if (const int found = findTyped(m_typed); found >= 0 && found != currentIndex()) {
        setCurrentIndex(found);
        Q_EMIT activated(found);
    }
    event->accept();
}

int PartnerPicker::findTyped(const QString &typed) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, kNameRole).toString().startsWith(typed, Qt::CaseInsensitive)
            || itemData(i, kLatinRole).toString().startsWith(typed, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

void PartnerPicker::setPartnerId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void PartnerPicker::showPartner(qint64 id)
{
    setCurrentIndex(findData(id));
}

} // namespace trellis::gui
