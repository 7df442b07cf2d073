#include "gui/balances/balanceperiodpicker.h"
#include "gui/editing/labels.h"

#include "gui/editing/datefield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace trellis::gui {
namespace {

DateField *dayEdit(QWidget *parent, const QString &name)
{
    auto *edit = new DateField(parent);
    edit->setDate(QDate::currentDate());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

BalancePeriodPicker::BalancePeriodPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("balancePeriod"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("All time"), int(Kind::AllTime));
    m_kind->addItem(tr("Month"), int(Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Kind::Quarter));
    m_kind->addItem(tr("Year"), int(Kind::Year));
    m_kind->addItem(tr("Custom range"), int(Kind::Range));
    m_day = dayEdit(this, tr("A day in the period (the range's first day)"));
    m_last = dayEdit(this, tr("The range's last day"));
    m_span = new QLabel(this);
    m_span->setObjectName(QStringLiteral("periodSpan"));
    row->addWidget(m_kind);
    row->addWidget(m_day);
    row->addWidget(m_last);
    row->addWidget(m_span);
    connect(m_kind, &QComboBox::activated, this, &BalancePeriodPicker::update);
    for (DateField *edit : {m_day, m_last})
        connect(edit, &DateField::editingFinished, this, &BalancePeriodPicker::update);
    update();
}

BalancePeriodPicker::Kind BalancePeriodPicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

store::Period BalancePeriodPicker::period() const
{
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate(); // a field naming no day is marked
    switch (kind()) {
    case Kind::AllTime: return {};
    case Kind::Month: return {QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), day.daysInMonth())};
    case Kind::Quarter: {
        const QDate first(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case Kind::Year: return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    case Kind::Range: return {std::min(day, m_last->date()), std::max(day, m_last->date())};
    }
    return {};
}

void BalancePeriodPicker::choose(Kind kind, const QDate &day, const QDate &last)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (day.isValid())
        m_day->setDate(day);
    if (last.isValid())
        m_last->setDate(last);
    update();
}

void BalancePeriodPicker::update()
{
    const Kind k = kind();
    m_day->setVisible(k != Kind::AllTime);
    m_last->setVisible(k == Kind::Range);
    const store::Period p = period();
    m_span->setText(p.isAllTime() ? QString()
                                  : tr("%1 to %2").arg(shortDate(p.first),
                                                        shortDate(p.last)));
    Q_EMIT periodChanged(p);
}

} // namespace trellis::gui
