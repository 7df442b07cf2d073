#include "gui/calendar/recurrenceform.h"

#include "gui/editing/datefield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>

namespace trellis::gui {

using rhythm::Frequency;
using rhythm::RecurrenceRule;
using rhythm::WeekdayNumber;

namespace {

/// Which of its weekday in the month the date is: 1 for the first Thursday … 5 for a fifth.
int weekdayOrdinal(const QDate &date) { return (date.day() - 1) / 7 + 1; }
bool isLastWeekdayOfMonth(const QDate &date) { return date.day() + 7 > date.daysInMonth(); }

QString ordinalPattern(int ordinal, const QString &weekday)
{
    switch (ordinal) {
    case 1: return RecurrenceForm::tr("Monthly on the first %1").arg(weekday);
    case 2: return RecurrenceForm::tr("Monthly on the second %1").arg(weekday);
    case 3: return RecurrenceForm::tr("Monthly on the third %1").arg(weekday);
    case 4: return RecurrenceForm::tr("Monthly on the fourth %1").arg(weekday);
    }
    return QString();
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return box;
}

} // namespace

RecurrenceForm::RecurrenceForm(QFormLayout *form, QWidget *parent) : QObject(parent), m_form(form)
{
    m_pattern = new QComboBox(parent);
    m_pattern->setObjectName(QStringLiteral("repeats"));
    m_pattern->setAccessibleName(tr("How the ritual repeats"));
    m_interval = new QSpinBox(parent);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setAccessibleName(tr("Repeats every how many weeks, months or years"));
    m_interval->setRange(1, 1000);
    m_unit = new QLabel(parent);
    m_unit->setBuddy(m_interval);
    m_everyRow = row(parent, {m_interval, m_unit});
    m_end = new QComboBox(parent);
    m_end->setObjectName(QStringLiteral("ends"));
    m_end->setAccessibleName(tr("When the repeats end"));
    m_end->addItem(tr("Never"), int(End::Never));
    m_end->addItem(tr("On a day"), int(End::OnDay));
    m_end->addItem(tr("After a number of times"), int(End::AfterCount));
    m_endDay = new DateField(parent);
    m_endDay->setObjectName(QStringLiteral("endDay"));
    m_endDay->setAccessibleName(tr("Last day it may fall on"));
    m_count = new QSpinBox(parent);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setAccessibleName(tr("How many times it happens, the first included"));
    m_count->setRange(1, 10000);
    m_count->setValue(4);
    m_endRow = row(parent, {m_end, m_endDay, m_count});
    m_custom = new QLineEdit(parent);
    m_custom->setObjectName(QStringLiteral("rrule"));
    m_custom->setAccessibleName(tr("Recurrence rule (RFC 5545 RRULE)"));
    m_custom->setPlaceholderText(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH"));
    m_custom->setLayoutDirection(Qt::LeftToRight); // rule text reads left to right in every UI
    m_form->addRow(tr("&Repeats:"), m_pattern);
    m_form->addRow(tr("E&very:"), m_everyRow);
    m_form->addRow(tr("Ends:"), m_endRow);
    m_form->addRow(tr("R&ule:"), m_custom);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_endRow)))
        label->setBuddy(m_end);

    auto touched = [this] {
        m_touched = true;
        Q_EMIT changed();
    };
    connect(m_pattern, &QComboBox::currentIndexChanged, this, [this, touched] {
        // A custom rule starts from what the choices said just before.
        if (pattern() == Pattern::Custom)
            if (const auto r = ruleWithoutEnd(m_previous)) {
                RecurrenceRule withEnd = *r;
                if (End(m_end->currentData().toInt()) == End::AfterCount)
                    withEnd.count = m_count->value();
                m_custom->setText(withEnd.toRrule());
            }
        m_previous = pattern();
        updateRows();
        touched();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this, touched] {
        updateRows();
        touched();
    });
    connect(m_end, &QComboBox::currentIndexChanged, this, [this, touched] {
        updateRows();
        touched();
    });
    connect(m_endDay, &DateField::dateChanged, this, touched);
    connect(m_count, &QSpinBox::valueChanged, this, [this, touched] {
        updateRows();
        touched();
    });
    connect(m_custom, &QLineEdit::textEdited, this, touched);
    fillPatterns();
    updateRows();
}

RecurrenceForm::Pattern RecurrenceForm::pattern() const
{
    return Pattern(m_pattern->currentData().toInt());
}

void RecurrenceForm::setPattern(Pattern pattern)
{
    m_pattern->setCurrentIndex(m_pattern->findData(int(pattern)));
}

QWidget *RecurrenceForm::endDayField() const { return m_endDay; }
QWidget *RecurrenceForm::ruleField() const { return m_custom; }
QWidget *RecurrenceForm::firstWidget() const { return m_pattern; }

QWidget *RecurrenceForm::fieldOf(const QString &message) const
{
    if (message == tr("Give the last day the ritual may fall on") || message == tr("The repeats end before the ritual's first date") ||
        (m_endDay->isVisible() && message == m_endDay->problem()))
        return m_endDay;
    return pattern() == Pattern::Custom ? m_custom : nullptr;
}

QList<QWidget *> RecurrenceForm::widgets() const
{
    return {m_pattern, m_interval, m_end, m_endDay, m_count, m_custom};
}

void RecurrenceForm::fillPatterns()
{
    const QSignalBlocker block(m_pattern);
    const Pattern was = m_pattern->count() ? pattern() : Pattern::Once;
    const QDate first = m_firstDate.isValid() ? m_firstDate : QDate::currentDate();
    const QLocale locale;
    const QString weekday = locale.dayName(first.dayOfWeek());
    m_pattern->clear();
    m_pattern->addItem(tr("Does not repeat"), int(Pattern::Once));
    m_pattern->addItem(tr("Weekly on %1").arg(weekday), int(Pattern::Weekly));
    m_pattern->addItem(tr("Monthly on day %1").arg(locale.toString(first.day())), int(Pattern::MonthlyOnDay));
    if (weekdayOrdinal(first) <= 4)
        m_pattern->addItem(ordinalPattern(weekdayOrdinal(first), weekday), int(Pattern::MonthlyOnWeekday));
    if (isLastWeekdayOfMonth(first))
        m_pattern->addItem(tr("Monthly on the last %1").arg(weekday), int(Pattern::MonthlyOnLastWeekday));
    m_pattern->addItem(tr("Yearly on %1 %2").arg(locale.toString(first.day()), locale.monthName(first.month())),
                       int(Pattern::Yearly));
    m_pattern->addItem(tr("Custom rule (RRULE)"), int(Pattern::Custom));
    int index = m_pattern->findData(int(was));
    if (index < 0) // the weekday patterns swap when the date moves into or out of the month's last week
        index = m_pattern->findData(int(was == Pattern::MonthlyOnWeekday ? Pattern::MonthlyOnLastWeekday : Pattern::MonthlyOnWeekday));
    m_pattern->setCurrentIndex(std::max(0, index));
}

void RecurrenceForm::updateRows()
{
    const Pattern p = pattern();
    const bool simple = p != Pattern::Once && p != Pattern::Custom;
    m_form->setRowVisible(m_everyRow, simple);
    m_form->setRowVisible(m_endRow, simple);
    m_form->setRowVisible(m_custom, p == Pattern::Custom);
    const int n = m_interval->value();
    m_unit->setText(p == Pattern::Weekly ? tr("week(s)", "after Every: N", n)
                    : p == Pattern::Yearly ? tr("year(s)", "after Every: N", n)
                                           : tr("month(s)", "after Every: N", n));
    const End end = End(m_end->currentData().toInt());
    m_endDay->setVisible(end == End::OnDay);
    m_count->setVisible(end == End::AfterCount);
    m_count->setSuffix(tr(" time(s)", "after a count", m_count->value()));
}

void RecurrenceForm::setFirstDate(const QDate &date)
{
    if (date == m_firstDate)
        return;
    const bool hadDate = m_firstDate.isValid();
    m_firstDate = date;
    if (!date.isValid())
        return;
    fillPatterns();
    updateRows();
    if (hadDate && pattern() != Pattern::Once && pattern() != Pattern::Custom)
        m_touched = true; // the rule follows the new date's day or weekday
}

RecurrenceForm::Pattern RecurrenceForm::patternOf(const RecurrenceRule &rule) const
{
    const QDate first = m_firstDate;
    if (!first.isValid() || rule.weekStart != 1)
        return Pattern::Custom;
    const QList<int> sameDay{first.day()};
    const bool dayImplied = rule.byMonthDay.isEmpty() || rule.byMonthDay == sameDay;
    switch (rule.frequency) {
    case Frequency::Weekly:
        if (rule.byMonth.isEmpty() && (rule.byDay.isEmpty() || rule.byDay == QList<WeekdayNumber>{{0, first.dayOfWeek()}}))
            return Pattern::Weekly;
        break;
    case Frequency::Monthly:
        if (!rule.byMonth.isEmpty())
            break;
        if (rule.byDay.isEmpty() && dayImplied)
            return Pattern::MonthlyOnDay;
        if (rule.byMonthDay.isEmpty() && rule.byDay.size() == 1 && rule.byDay[0].weekday == first.dayOfWeek()) {
            const int ordinal = rule.byDay[0].ordinal;
            if (ordinal == -1 && isLastWeekdayOfMonth(first))
                return Pattern::MonthlyOnLastWeekday;
            if (ordinal >= 1 && ordinal <= 4 && ordinal == weekdayOrdinal(first))
                return Pattern::MonthlyOnWeekday;
        }
        break;
    case Frequency::Yearly:
        if (rule.byDay.isEmpty() && dayImplied && (rule.byMonth.isEmpty() || rule.byMonth == QList<int>{first.month()}))
            return Pattern::Yearly;
        break;
    }
    return Pattern::Custom;
}

void RecurrenceForm::showSchedule(const rhythm::Schedule &schedule)
{
    const QSignalBlocker blockPattern(m_pattern);
    const QSignalBlocker blockInterval(m_interval);
    const QSignalBlocker blockEnd(m_end);
    const QSignalBlocker blockEndDay(m_endDay);
    const QSignalBlocker blockCount(m_count);
    m_firstDate = schedule.firstDate;
    fillPatterns();
    m_shown = schedule.rule;
    m_shownZone = schedule.isAllDay() ? QString() : schedule.timeZone;
    m_custom->clear();
    m_interval->setValue(1);
    m_end->setCurrentIndex(m_end->findData(int(End::Never)));
    m_endDay->setDate(QDate());
    m_count->setValue(4);
    if (!schedule.rule) {
        setPattern(Pattern::Once);
    } else {
        const RecurrenceRule &rule = *schedule.rule;
        const Pattern p = patternOf(rule);
        setPattern(p);
        m_custom->setText(rule.toRrule());
        m_interval->setValue(rule.interval);
        if (rule.count) {
            m_end->setCurrentIndex(m_end->findData(int(End::AfterCount)));
            m_count->setValue(*rule.count);
        } else if (rule.untilDate || rule.untilUtc) {
            m_end->setCurrentIndex(m_end->findData(int(End::OnDay)));
            const QTimeZone zone(schedule.timeZone.toUtf8());
            m_endDay->setDate(rule.untilDate ? *rule.untilDate
                                             : zone.isValid() ? rule.untilUtc->toTimeZone(zone).date() : rule.untilUtc->date());
        }
    }
    m_touched = false;
    m_previous = pattern();
    updateRows();
}

std::optional<RecurrenceRule> RecurrenceForm::ruleWithoutEnd(Pattern pattern) const
{
    const QDate first = m_firstDate.isValid() ? m_firstDate : QDate::currentDate();
    RecurrenceRule rule;
    rule.interval = m_interval->value();
    switch (pattern) {
    case Pattern::Once:
    case Pattern::Custom: return std::nullopt;
    case Pattern::Weekly:
        rule.frequency = Frequency::Weekly;
        rule.byDay = {{0, first.dayOfWeek()}};
        break;
    case Pattern::MonthlyOnDay:
        rule.frequency = Frequency::Monthly;
        rule.byMonthDay = {first.day()};
        break;
    case Pattern::MonthlyOnWeekday:
        rule.frequency = Frequency::Monthly;
        rule.byDay = {{weekdayOrdinal(first), first.dayOfWeek()}};
        break;
    case Pattern::MonthlyOnLastWeekday:
        rule.frequency = Frequency::Monthly;
        rule.byDay = {{-1, first.dayOfWeek()}};
        break;
    case Pattern::Yearly:
        rule.frequency = Frequency::Yearly;
        rule.byMonth = {first.month()};
        rule.byMonthDay = {first.day()};
        break;
    }
    return rule;
}

Result<std::optional<RecurrenceRule>> RecurrenceForm::rule(const rhythm::Schedule &base) const
{
    // As read while untouched: an UNTIL the choices would write differently stays exact. Not once the
    // ritual moves to another zone or between all day and timed: its UNTIL is then written anew.
    if (!m_touched && m_shown && pattern() != Pattern::Once && (base.isAllDay() ? QString() : base.timeZone) == m_shownZone)
        return m_shown;
    switch (pattern()) {
    case Pattern::Once: return std::optional<RecurrenceRule>();
    case Pattern::Custom: {
        if (m_custom->text().trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA"));
        TRELLIS_TRY_ASSIGN(RecurrenceRule parsed, RecurrenceRule::parse(m_custom->text()));
        return std::optional<RecurrenceRule>(parsed);
    }
    default: break;
    }
    RecurrenceRule rule = *ruleWithoutEnd(pattern());
    switch (End(m_end->currentData().toInt())) {
    case End::Never: return std::optional<RecurrenceRule>(rule);
    case End::AfterCount:
        rule.count = m_count->value();
        return std::optional<RecurrenceRule>(rule);
    case End::OnDay: break;
    }
    if (const QString why = m_endDay->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    if (!m_endDay->date().isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the last day the ritual may fall on"));
    if (m_endDay->date() < base.firstDate)
        return makeError(ErrorCode::InvalidInput, tr("The repeats end before the ritual's first date"));
    rhythm::Schedule schedule = base;
    schedule.rule = rule;
    TRELLIS_TRY_ASSIGN(RecurrenceRule ending, schedule.ruleEndingOn(m_endDay->date()));
    return std::optional<RecurrenceRule>(ending);
}

QJsonObject RecurrenceForm::draft() const
{
    return {{QStringLiteral("pattern"), int(pattern())}, {QStringLiteral("interval"), m_interval->value()},
            {QStringLiteral("end"), m_end->currentData().toInt()}, {QStringLiteral("endDay"), m_endDay->text()},
            {QStringLiteral("count"), m_count->value()}, {QStringLiteral("rule"), m_custom->text()}};
}

void RecurrenceForm::restoreDraft(const QJsonObject &draft)
{
    setPattern(Pattern(draft.value(QStringLiteral("pattern")).toInt()));
    m_interval->setValue(draft.value(QStringLiteral("interval")).toInt(1));
    m_end->setCurrentIndex(std::max(0, m_end->findData(draft.value(QStringLiteral("end")).toInt())));
    const auto day = DateField::parse(draft.value(QStringLiteral("endDay")).toString(), QLocale());
    m_endDay->setDate(day ? *day : QDate());
    m_count->setValue(draft.value(QStringLiteral("count")).toInt(4));
    m_custom->setText(draft.value(QStringLiteral("rule")).toString());
    m_touched = true;
    m_previous = pattern();
    updateRows();
}

} // namespace trellis::gui
