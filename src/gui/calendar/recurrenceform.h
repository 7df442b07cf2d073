#pragma once
// How a ritual repeats, asked as calendar apps ask it (once; every N weeks; every N months on the
// first date's day or weekday; every N years; never ending, until a day, or N times), with the
// RFC 5545 rule itself for what those choices cannot say.

#include "rhythm/schedule.h"

#include <QJsonObject>
#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace trellis::gui {

class DateField;

/// The repeat rows of the ritual editor's facts: builds a RecurrenceRule from the choices.
class RecurrenceForm : public QObject {
    Q_OBJECT
public:
    /// What the "Repeats" list offers; the monthly weekday patterns follow the first date.
    enum class Pattern { Once, Weekly, MonthlyOnDay, MonthlyOnWeekday, MonthlyOnLastWeekday, Yearly, Custom };
    enum class End { Never, OnDay, AfterCount };

    /// Adds its rows ("Repeats", "Every", "Ends", "Rule") to form.
    RecurrenceForm(QFormLayout *form, QWidget *parent);

    /// The first date the choices are read from ("the last Thursday" is its weekday); keeps the
    /// pattern chosen when the new date allows it.
    void setFirstDate(const QDate &date);
    /// Shows schedule's rule (none: Once). A rule the choices cannot say, or one changed from what
    /// they would write, is shown as Custom with its RRULE text, and kept exactly while untouched.
    void showSchedule(const rhythm::Schedule &schedule);
    /// The rule chosen for a schedule with base's first date, time and zone (its rule is ignored):
    /// none for Once; an error names what is wrong (a rule that does not parse, an end before the start).
    Result<std::optional<rhythm::RecurrenceRule>> rule(const rhythm::Schedule &base) const;

    Pattern pattern() const;
    void setPattern(Pattern pattern);
    /// The widgets a message can be about, for marking: the end day, the count, the rule text.
    QWidget *endDayField() const;
    QWidget *ruleField() const;
    /// The field one of rule()'s messages is about: the end day, or the rule text while it is shown.
    QWidget *fieldOf(const QString &message) const;
    QWidget *firstWidget() const;
    QList<QWidget *> widgets() const; ///< in tab order

    /// The choices as text for a crash-recovery draft, and back.
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);

Q_SIGNALS:
    void changed();

private:
    void fillPatterns();
    void updateRows();
    std::optional<rhythm::RecurrenceRule> ruleWithoutEnd(Pattern pattern) const;
    /// The pattern that writes rule for the first date, or Custom.
    Pattern patternOf(const rhythm::RecurrenceRule &rule) const;

    QFormLayout *m_form = nullptr;
    QDate m_firstDate;
    QComboBox *m_pattern = nullptr;
    QWidget *m_everyRow = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_unit = nullptr;
    QWidget *m_endRow = nullptr;
    QComboBox *m_end = nullptr;
    DateField *m_endDay = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_custom = nullptr;
    std::optional<rhythm::RecurrenceRule> m_shown; ///< the rule as read, kept while the choices are untouched
    QString m_shownZone;                           ///< the zone it was read with ("" all day): its UNTIL depends on it
    Pattern m_previous = Pattern::Once;            ///< the pattern before the last change (Custom starts from it)
    bool m_touched = false;
};

} // namespace trellis::gui
