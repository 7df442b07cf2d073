#pragma once
// A date edit for keyboard-first forms: ISO order, a calendar popup, and Tab that leaves the field.

#include <QDateEdit>

namespace trellis::gui {

/// QDateEdit whose Tab moves to the next field instead of the next date section (sections are
/// reached with the arrow keys, or filled by typing digits).
class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace trellis::gui
