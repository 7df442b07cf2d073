#include "gui/calendar/calendarview.h"

#include "gui/app/workbench.h"
#include "gui/sections/section.h"
#include "gui/calendar/calendaragendamodel.h"
#include "gui/calendar/calendardaydelegate.h"
#include "gui/calendar/calendarmonthmodel.h"
#include "gui/editing/labels.h"
#include "i18n/dateformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis::gui {
namespace {

const QString kCalendarSetting = QStringLiteral("calendar/type");

/// The calendars offered, as ICU names them, with their names in the UI language.
QList<QPair<QString, QString>> calendars()
{
    return {{QStringLiteral("gregorian"), CalendarView::tr("Gregorian")},
            {QStringLiteral("persian"), CalendarView::tr("Persian (Solar Hijri)")},
            {QStringLiteral("islamic-umalqura"), CalendarView::tr("Islamic (Umm al-Qura)")},
            {QStringLiteral("hebrew"), CalendarView::tr("Hebrew")},
            {QStringLiteral("buddhist"), CalendarView::tr("Buddhist")},
            {QStringLiteral("indian"), CalendarView::tr("Indian national")},
            {QStringLiteral("ethiopic"), CalendarView::tr("Ethiopian")},
            {QStringLiteral("japanese"), CalendarView::tr("Japanese")}};
}

QString uiLocaleTag()
{
    return QLocale().bcp47Name();
}

} // namespace

CalendarView::CalendarView(Workbench &workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("page_") + sectionKey(Section::Calendar));
    m_month = new CalendarMonthModel(this);
    m_agenda = new CalendarAgendaModel(this);
    m_day = new CalendarAgendaModel(this);

    auto *previous = m_previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setToolTip(tr("Previous month (Page Up)"));
    previous->setAccessibleName(tr("Previous month"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto *next = m_next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextMonth"));
    pointArrows();
    next->setToolTip(tr("Next month (Page Down)"));
    next->setAccessibleName(tr("Next month"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    auto *today = new QPushButton(tr("T&oday"), this);
    today->setObjectName(QStringLiteral("today"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("monthLabel"));
    QFont heading = m_label->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_label->setFont(heading);
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("calendarType"));
    m_calendar->setAccessibleName(tr("Calendar the month is counted in"));
    for (const auto &[type, name] : calendars())
        m_calendar->addItem(name, type);
    auto *calendarLabel = new QLabel(tr("&Calendar:"), this);
    calendarLabel->setBuddy(m_calendar);
    m_monthButton = new QToolButton(this);
    m_monthButton->setText(tr("&Month"));
    m_monthButton->setObjectName(QStringLiteral("monthButton"));
    m_agendaButton = new QToolButton(this);
    m_agendaButton->setText(tr("A&genda"));
    m_agendaButton->setObjectName(QStringLiteral("agendaButton"));
    auto *views = new QButtonGroup(this);
    for (QToolButton *b : {m_monthButton, m_agendaButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        views->addButton(b);
    }
    m_monthButton->setChecked(true);
    auto *exportButton = new QPushButton(tr("E&xport calendar\u2026"), this);
    exportButton->setObjectName(QStringLiteral("exportCalendar"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_label, 1);
    bar->addWidget(calendarLabel);
    bar->addWidget(m_calendar);
    bar->addWidget(m_monthButton);
    bar->addWidget(m_agendaButton);
    bar->addWidget(exportButton);

    m_monthTable = new QTableView(this);
    m_monthTable->setObjectName(QStringLiteral("monthTable"));
    m_monthTable->setAccessibleName(tr("Days of the month"));
    m_monthTable->setModel(m_month);
    m_monthTable->setItemDelegate(new CalendarDayDelegate(m_month, m_monthTable));
    m_monthTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monthTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_monthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthTable->verticalHeader()->hide();
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthTable->setMinimumHeight(300);
    QTableView *dayTable = agendaTable(m_day);
    dayTable->setObjectName(QStringLiteral("dayAgenda"));
    dayTable->setAccessibleName(tr("What falls on the day chosen"));
    auto *monthPage = new QSplitter(Qt::Vertical, this);
    monthPage->addWidget(m_monthTable);
    monthPage->addWidget(dayTable);
    monthPage->setStretchFactor(0, 3);
    monthPage->setStretchFactor(1, 1);
    QTableView *agenda = agendaTable(m_agenda);
    agenda->setObjectName(QStringLiteral("agenda"));
    agenda->setAccessibleName(tr("Agenda of the month"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(monthPage);
    m_stack->addWidget(agenda);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(previous, &QToolButton::clicked, this, [this] { showDay(m_month->month().firstDay.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_month->month().lastDay.addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { showDay(QDate::currentDate()); });
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kCalendarSetting, calendarType());
        load();
    });
    connect(m_monthButton, &QToolButton::toggled, this, [this](bool on) { showAgenda(!on); });
    connect(exportButton, &QPushButton::clicked, this, &CalendarView::exportRequested);
    connect(m_monthTable->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_selected = current.data(CalendarMonthModel::DateRole).toDate();
        showSelectedDay();
    });
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved})
        connect(&m_workbench, signal, this, [this] {
            if (isVisible())
                refresh();
        });

    auto saved = i18n::calendarType(uiLocaleTag());
    setCalendarType(QSettings().value(kCalendarSetting, saved ? *saved : QStringLiteral("gregorian")).toString());
    m_selected = QDate::currentDate();
}

QTableView *CalendarView::agendaTable(CalendarAgendaModel *model)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->setTextElideMode(Qt::ElideMiddle);
    // Titles take the room left; the other columns as wide as what they say.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CalendarAgendaModel::What, QHeaderView::Stretch);
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex &index) { openEntry(model, index.row()); });
    return table;
}

void CalendarView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    load();
}

QString CalendarView::calendarType() const
{
    return m_calendar->currentData().toString();
}

QString CalendarView::calendarTag() const
{
    // BCP 47 spells the Gregorian calendar "gregory" (a subtag has at most eight letters); ICU names it "gregorian".
    const QString type = calendarType();
    return uiLocaleTag() + QStringLiteral("-u-ca-") + (type == QLatin1String("gregorian") ? QStringLiteral("gregory") : type);
}

void CalendarView::setCalendarType(const QString &type)
{
    const int index = m_calendar->findData(type);
    m_calendar->setCurrentIndex(index < 0 ? 0 : index);
    load();
}

void CalendarView::showAgenda(bool agenda)
{
    m_stack->setCurrentIndex(agenda ? 1 : 0);
    m_agendaButton->setChecked(agenda);
    m_monthButton->setChecked(!agenda);
}

bool CalendarView::isAgendaShown() const
{
    return m_stack->currentIndex() == 1;
}

void CalendarView::showDay(const QDate &day)
{
    m_selected = day;
    load();
}

void CalendarView::refresh()
{
    load();
}

void CalendarView::load()
{
    if (!m_selected.isValid())
        m_selected = QDate::currentDate();
    auto month = i18n::calendarMonthOf(m_selected, calendarTag());
    if (!month) {
        m_error->setText(month.error().message);
        m_error->show();
        return;
    }
    // The entries of the whole grid, so the days of the neighbouring months it shows carry theirs.
    const QDate gridFirst = CalendarMonthModel::weekStartOf(month->firstDay);
    const QDate gridLast = gridFirst.addDays(6 * 7 - 1);
    auto entries = calendarEntries(m_workbench.workspace(), gridFirst, gridLast, QDate::currentDate(), m_language);
    if (!entries) {
        m_error->setText(entries.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_month->setMonth(*month, calendarTag(), *entries, QDate::currentDate());
    QList<CalendarEntry> inMonth;
    for (const CalendarEntry &e : std::as_const(*entries))
        if (e.lastDate >= month->firstDay && e.date <= month->lastDay)
            inMonth << e;
    m_agenda->setEntries(inMonth, calendarTag());
    QString label = month->label;
    if (month->calendar != QLatin1String("gregorian"))
        label = tr("%1 \u00b7 %2 to %3").arg(isolated(label), shortDate(month->firstDay), shortDate(month->lastDay));
    m_label->setText(label);
    const QModelIndex day = m_month->indexOf(m_selected);
    if (day.isValid())
        m_monthTable->setCurrentIndex(day);
    showSelectedDay();
}

void CalendarView::pointArrows()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_previous->setArrowType(rtl ? Qt::RightArrow : Qt::LeftArrow);
    m_next->setArrowType(rtl ? Qt::LeftArrow : Qt::RightArrow);
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        pointArrows();
    QWidget::changeEvent(event);
}

void CalendarView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void CalendarView::showSelectedDay()
{
    QList<CalendarEntry> onDay;
    for (const CalendarEntry &e : m_month->entries())
        if (e.covers(m_selected))
            onDay << e;
    m_day->setEntries(onDay, calendarTag());
}

void CalendarView::openEntry(const CalendarAgendaModel *model, int row)
{
    const CalendarEntry &e = model->entry(row);
    if (e.recordId != 0)
        Q_EMIT m_workbench.openRequested(e.section, e.recordId);
}

} // namespace trellis::gui
