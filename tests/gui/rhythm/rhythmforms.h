#pragma once
// What the rhythm room's editor tests share: a user's clicks and typing (partners come from test::addPartner).

#include "gui/editing/recordchecklist.h"
#include "store/partnerstore.h"

#include <QComboBox>
#include <QTest>

#include <catch2/catch.hpp>

namespace trellis::test {

/// Ticks record id in a checklist, as a click on its box would.
inline void tick(gui::RecordChecklist *list, qint64 id, Qt::CheckState state = Qt::Checked)
{
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            list->item(i)->setCheckState(state);
            return;
        }
    FAIL("record " << id << " is not in the list");
}

inline void chooseData(QComboBox *box, qint64 data)
{
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

/// Types text into field key by key.
inline void type(QWidget *field, const QString &text)
{
    REQUIRE(field);
    field->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace trellis::test
