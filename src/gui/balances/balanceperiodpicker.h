#pragma once
// Chooses the period a balance covers: all time, a month, a quarter, a year or a custom range.

#include "store/period.h"

#include <QWidget>

class QComboBox;

class QLabel;

namespace trellis::gui {

class DateField;

/// A kind of period and the day(s) that place it; emits the resolved store::Period.
class BalancePeriodPicker : public QWidget {
    Q_OBJECT
public:
    enum class Kind { AllTime, Month, Quarter, Year, Range };

    explicit BalancePeriodPicker(QWidget *parent = nullptr);

    Kind kind() const;
    store::Period period() const;
    /// Picks a kind and the day it holds (a range: from day to last), then emits periodChanged.
    void choose(Kind kind, const QDate &day = {}, const QDate &last = {});

Q_SIGNALS:
    void periodChanged(const trellis::store::Period &period);

private:
    void update();

    QComboBox *m_kind = nullptr;
    DateField *m_day = nullptr;
    DateField *m_last = nullptr;
    QLabel *m_span = nullptr;
};

} // namespace trellis::gui
