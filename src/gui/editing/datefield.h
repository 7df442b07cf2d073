#pragma once
// A date field for keyboard-first forms: the date is taken as typed (ISO, or the UI locale's short
// format), an impossible day is named and never changed, and Alt+Down opens a calendar.

#include "util/result.h"

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace trellis::gui {

/// A line edit holding one calendar date. What is typed stays as typed: date() is the day it names,
/// or an invalid date while it names none (problem() says why). Shown in ISO once a day is taken.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    /// The day typed or set; invalid when the text names no day (or is empty in an optional field).
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    /// An optional field may be left empty ("from any date"): placeholder says what empty means.
    void setOptional(const QString &placeholder);
    /// Why the text names no day, in words for the user; empty when it does (or is an allowed blank).
    QString problem() const;
    /// Opens the calendar at the field's day, or at today when it has none.
    void showCalendar();

    /// Reads a typed date: ISO yyyy-MM-dd or the locale's short numeric format (four-digit year),
    /// in any digits; a text that fits but names no real day says so ("month 2 of 2026 has 28 days").
    static Result<QDate> parse(const QString &text, const QLocale &locale);

Q_SIGNALS:
    /// The day named changed (an invalid date while the text names none).
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void takeTyped();
    void markProblem();
    void choose(const QDate &date);

    QDate m_date;
    bool m_optional = false;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace trellis::gui
