#pragma once
// The filters above the ledger list: partner, kind, unit, period and status, and the count they match.

#include "store/ledgerquery.h"

#include <QWidget>

class QComboBox;

class QLabel;

namespace trellis::gui {

class DateField;
class Workbench;

class PartnerPicker;

/// Builds a LedgerFilter from its controls; every control starts at "any".
class LedgerFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit LedgerFilterBar(Workbench &workbench, QWidget *parent = nullptr);
    store::LedgerFilter filter() const;
    /// Shows filter in the controls and applies it (filterChanged), as a drill-down does.
    void setFilter(const store::LedgerFilter &filter);
    void setMatchingCount(qint64 count);

Q_SIGNALS:
    void filterChanged(const trellis::store::LedgerFilter &filter);

private:
    PartnerPicker *m_partner = nullptr;
    PartnerPicker *m_with = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_unit = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace trellis::gui
