#pragma once
// The Calendar page: a month of the calendar chosen (the UI locale's by default: Persian, Buddhist,
// …, with the Gregorian beside) and an agenda of the same span, showing what rituals are due,
// done or missed, each partner's clock for a ritual at a set time, pauses and the next hand-over.

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace trellis::gui {

class CalendarAgendaModel;
class CalendarMonthModel;
class Workbench;

/// The month and agenda views of the alliance's rhythm.
class CalendarView : public QWidget {
    Q_OBJECT
public:
    explicit CalendarView(Workbench &workbench, QWidget *parent = nullptr);

    /// Titles and partners' names in language (the pair's first), else in their original.
    void setLanguage(const QString &language);
    /// Shows the month of the chosen calendar that holds day, and selects day.
    void showDay(const QDate &day);
    /// The calendar the month is counted in: "gregorian", "persian", "buddhist", … (kept in the settings).
    void setCalendarType(const QString &type);
    QString calendarType() const;
    /// The UI locale with the calendar chosen, as ICU reads it ("en-u-ca-persian").
    QString calendarTag() const;
    void showAgenda(bool agenda);
    bool isAgendaShown() const;
    /// Reads the entries again (a ritual, pause or fulfilling record changed), keeping the day.
    void refresh();

    CalendarMonthModel *monthModel() const { return m_month; }
    CalendarAgendaModel *agendaModel() const { return m_agenda; }
    CalendarAgendaModel *dayModel() const { return m_day; }
    QTableView *monthTable() const { return m_monthTable; }
    QLabel *monthLabel() const { return m_label; }
    QDate selectedDay() const { return m_selected; }

Q_SIGNALS:
    /// File ▸ Export calendar… asked from the page's button.
    void exportRequested();

protected:
    /// Reads the entries again: records changed while another page was shown.
    void showEvent(QShowEvent *event) override;
    /// Turns the month arrows round when the UI's direction changes.
    void changeEvent(QEvent *event) override;

private:
    void load();
    /// Points the previous and next arrows back and forward in the reading direction.
    void pointArrows();
    void showSelectedDay();
    void openEntry(const CalendarAgendaModel *model, int row);
    QTableView *agendaTable(CalendarAgendaModel *model);

    Workbench &m_workbench;
    QString m_language;
    QDate m_selected;
    CalendarMonthModel *m_month = nullptr;
    CalendarAgendaModel *m_agenda = nullptr;
    CalendarAgendaModel *m_day = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_calendar = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_monthButton = nullptr;
    QToolButton *m_agendaButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_monthTable = nullptr;
};

} // namespace trellis::gui
