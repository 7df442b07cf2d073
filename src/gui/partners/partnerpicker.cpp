#include "gui/partners/partnerpicker.h"

#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/partnerquery.h"

#include <QLocale>

namespace trellis::gui {
namespace {
constexpr int kNameRole = Qt::UserRole + 1;
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
    store::PartnerQuery query(m_ws, QLocale().name().section(u'_', 0, 0));
    while (!query.atEnd()) {
        auto page = query.next(500);
        if (!page)
            break;
        for (const store::PartnerRow &row : std::as_const(*page)) {
            addItem(row.nameLatin.isEmpty() || row.nameLatin == row.name
                        ? row.name : QStringLiteral("%1 (%2)").arg(row.name, row.nameLatin),
                    row.id);
            setItemData(count() - 1, row.name, kNameRole);
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
