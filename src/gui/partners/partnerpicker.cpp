#include "gui/partners/partnerpicker.h"

#include "store/partnerquery.h"

#include <QLocale>

namespace trellis::gui {

PartnerPicker::PartnerPicker(store::Workspace &workspace, QWidget *parent) : ElidingComboBox(parent), m_ws(workspace)
{
    reload();
}

void PartnerPicker::reload()
{
    const qint64 current = partnerId();
    QSignalBlocker block(this);
    clear();
    store::PartnerQuery query(m_ws, QLocale().name().section(u'_', 0, 0));
    while (!query.atEnd()) {
        auto page = query.next(500);
        if (!page)
            break;
        for (const store::PartnerRow &row : std::as_const(*page))
            addItem(row.nameLatin.isEmpty() || row.nameLatin == row.name
                        ? row.name : QStringLiteral("%1 (%2)").arg(row.name, row.nameLatin),
                    row.id);
    }
    setPartnerId(current);
    setToolTip(currentText()); // the signal that keeps it current was blocked while filling
}

qint64 PartnerPicker::partnerId() const
{
    return currentData().toLongLong();
}

void PartnerPicker::setPartnerId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace trellis::gui
