#include "gui/calendar/ritualeditor.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"
#include "gui/calendar/calendarlabels.h"
#include "gui/calendar/recurrenceform.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/textcolumn.h"
#include "gui/editing/labels.h"
#include "gui/editing/partnerchecklist.h"
#include "gui/editing/recordchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "store/ritualstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

namespace trellis::gui {

using rhythm::Ritual;
using rhythm::RitualKind;

namespace {

const QList<QPair<QString, bool>> kRitualFields = {{QStringLiteral("title"), false}, {QStringLiteral("description"), true}};
/// How many coming dates the editor lists under the rule.
constexpr int kNextDatesShown = 3;

domain::RecordTexts textsOf(const Ritual &r)
{
    return {{{QStringLiteral("title"), r.title}, {QStringLiteral("description"), r.description}}, r.schedule.firstDate,
            std::nullopt};
}

RecordExistence existence(Workbench &wb, const Ritual &ritual)
{
    return ritualExistence(wb, storeExistence<store::RitualStore>(wb, Section::Rituals, ritual));
}

/// The zones a ritual can be organized from: the IANA regions' zones and UTC.
QStringList timeZoneIds()
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromLatin1(id);
        if (name.contains(u'/') && !name.startsWith(QLatin1String("Etc/")) && !name.startsWith(QLatin1String("SystemV/")))
            ids << name;
    }
    ids << QStringLiteral("UTC");
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString defaultZone()
{
    const QString system = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return system.contains(u'/') && !system.startsWith(QLatin1String("Etc/")) ? system : QStringLiteral("UTC");
}

} // namespace

RitualEditor::RitualEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Rituals, parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of ritual"));
    for (RitualKind k : ritualKinds())
        m_kind->addItem(ritualKindLabel(k), int(k));
    m_firstDate = new DateField(this);
    m_firstDate->setObjectName(QStringLiteral("firstDate"));
    m_firstDate->setAccessibleName(tr("First held on"));
    m_timed = new QCheckBox(tr("At a set &time"), this);
    m_timed->setObjectName(QStringLiteral("timed"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("startTime"));
    m_time->setAccessibleName(tr("Start time on the organizer's clock"));
    // Hours before minutes, as the clock reads, in every UI: a right-to-left QTimeEdit reverses its
    // sections when the format is set (in the Arabic UI it showed 30:09 and read 0930 typed as 03:09),
    // so the direction comes first; 24-hour Latin digits as typed on any keyboard.
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setLocale(QLocale::c());
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setAccessibleName(tr("Organizer's time zone"));
    m_zone->addItems(timeZoneIds());
    m_zone->setLayoutDirection(Qt::LeftToRight); // zone names are Latin identifiers
    m_timeRow = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(m_timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_timed);
    timeLayout->addWidget(m_time);
    timeLayout->addWidget(m_zone, 1);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setAccessibleName(tr("How long it lasts, in minutes"));
    m_duration->setRange(1, 20160);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_partners = new PartnerChecklist(wb.workspace(), this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_partners->setAccessibleName(tr("Partners who take part"));
    m_nextDates = new QLabel(this);
    m_nextDates->setObjectName(QStringLiteral("nextDates"));
    m_nextDates->setTextFormat(Qt::PlainText);
    facts()->addRow(tr("&Kind:"), m_kind);
    facts()->addRow(tr("&First held on:"), m_firstDate);
    facts()->addRow(tr("Time:"), m_timeRow);
    facts()->addRow(tr("&Lasts:"), m_duration);
    m_recurrence = new RecurrenceForm(facts(), this);
    facts()->addRow(tr("Next dates:"), m_nextDates);
    facts()->addRow(tr("&Partners:"), m_partners);
    QList<QWidget *> order{m_kind, m_firstDate, m_timed, m_time, m_zone, m_duration};
    order << m_recurrence->widgets() << m_partners;
    setFactOrder(order);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RitualEditor::markDirty);
    followDate(m_firstDate);
    connect(m_firstDate, &DateField::dateChanged, this, [this](const QDate &day) {
        if (day.isValid())
            m_recurrence->setFirstDate(day);
        updateNextDates();
    });
    connect(m_timed, &QCheckBox::toggled, this, [this] {
        updateTimeRows();
        updateNextDates();
        markDirty();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        updateNextDates();
        markDirty();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        updateNextDates();
        markDirty();
    });
    connect(m_duration, &QSpinBox::valueChanged, this, &RitualEditor::markDirty);
    connect(m_recurrence, &RecurrenceForm::changed, this, [this] {
        updateNextDates();
        markDirty();
    });
    connect(m_partners, &QListWidget::itemChanged, this, &RitualEditor::markDirty);
    setFields(kRitualFields, {});
}

QWidget *RitualEditor::firstFact() const
{
    return m_kind;
}

void RitualEditor::updateTimeRows()
{
    const bool timed = m_timed->isChecked();
    m_time->setVisible(timed);
    m_zone->setVisible(timed);
    facts()->setRowVisible(m_duration, timed);
}

void RitualEditor::showRitual(const Ritual &r)
{
    m_ritual = r;
    const rhythm::Schedule &s = r.schedule;
    const bool isNew = r.stamp.id == 0;
    {
        const QSignalBlocker blockKind(m_kind), blockTimed(m_timed), blockTime(m_time), blockZone(m_zone),
            blockDuration(m_duration);
        m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
        m_firstDate->setDate(s.firstDate.isValid() ? s.firstDate : QDate::currentDate());
        m_timed->setChecked(!s.isAllDay());
        m_time->setTime(s.startTime.value_or(QTime(18, 0)));
        const QString zone = s.timeZone.isEmpty() ? defaultZone() : s.timeZone;
        if (m_zone->findText(zone) < 0)
            m_zone->addItem(zone); // a zone this system's list lacks stays as saved
        m_zone->setCurrentText(zone);
        m_duration->setValue(s.durationMinutes);
    }
    rhythm::Schedule shown = s;
    shown.firstDate = m_firstDate->date();
    m_recurrence->showSchedule(shown);
    m_partners->setChecked(r.partnerIds);
    setFields(kRitualFields, textsOf(r));
    updateTimeRows();
    updateNextDates();
    setHeading(isNew ? tr("New ritual") : tr("%1 from %2").arg(ritualKindLabel(r.kind), shortDate(s.firstDate)),
               isNew ? QString() : repeatLabel(s.rule ? s.rule->toRrule() : QString()));
    setSummary(isNew ? tr("\u201cSet quarterly listening circles, rotate caretaking duties, and schedule pauses between "
                          "collaborations.\u201d A ritual at a set time is held at one moment on the organizer's clock; "
                          "the calendar shows it on each partner's. File \u25b8 Export calendar\u2026 hands the rituals "
                          "to calendar apps.")
                     : QString());
}

Status RitualEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const Ritual r, store::RitualStore(workbench().workspace()).get(id));
    showRitual(r);
    return {};
}

void RitualEditor::clearFacts()
{
    showRitual(Ritual{});
}

rhythm::Schedule RitualEditor::scheduleFromForm() const
{
    rhythm::Schedule s;
    s.firstDate = m_firstDate->date();
    if (m_timed->isChecked()) {
        s.startTime = m_time->time();
        s.timeZone = m_zone->currentText();
        s.durationMinutes = m_duration->value();
    } else {
        s.durationMinutes = m_ritual.schedule.durationMinutes;
    }
    return s;
}

Result<Ritual> RitualEditor::ritualFromForm() const
{
    Ritual r = m_ritual;
    r.kind = RitualKind(m_kind->currentData().toInt());
    r.schedule = scheduleFromForm();
    TRELLIS_TRY_ASSIGN(r.schedule.rule, m_recurrence->rule(r.schedule));
    r.partnerIds = m_partners->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("title"))
            r.title = f.text;
        else if (f.key == QLatin1String("description"))
            r.description = f.text;
    }
    return r;
}

void RitualEditor::updateNextDates()
{
    auto ritual = ritualFromForm();
    if (!ritual || !ritual->schedule.validate()) {
        m_nextDates->setText(tr("(none while the date, time or rule is not complete)"));
        return;
    }
    const QDate from = std::max(QDate::currentDate(), ritual->schedule.firstDate);
    auto dates = ritual->schedule.occurrences(from, from.addYears(5));
    if (!dates || dates->isEmpty()) {
        m_nextDates->setText(tr("none after today"));
        return;
    }
    QStringList shown;
    const QLocale locale;
    for (const rhythm::Occurrence &o : dates->mid(0, kNextDatesShown))
        shown << locale.dayName(o.date.dayOfWeek(), QLocale::ShortFormat) + u' ' + shortDate(o.date);
    QString text = listLabel(shown);
    if (dates->size() > kNextDatesShown)
        text += tr(", \u2026");
    if (!ritual->schedule.isAllDay())
        text += u'\n' + tr("at %1, %2").arg(locale.toString(*ritual->schedule.startTime, QLocale::ShortFormat),
                                                            ritual->schedule.timeZone);
    m_nextDates->setText(text);
}

Status RitualEditor::check() const
{
    if (const QString why = m_firstDate->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    TRELLIS_TRY_ASSIGN(Ritual r, ritualFromForm());
    return r.normalise();
}

QWidget *RitualEditor::fieldOf(const QString &message) const
{
    if (message == m_firstDate->problem() || message.startsWith(QLatin1String("The first date")) ||
        message.startsWith(QLatin1String("A ritual needs a first date")))
        return m_firstDate;
    if (message.contains(QLatin1String("time zone")))
        return m_zone;
    if (message.startsWith(QLatin1String("A ritual lasts")))
        return m_duration;
    if (message.startsWith(QLatin1String("Each partner")) || message.contains(QLatin1String("not a partner")))
        return m_partners;
    if (message == QLatin1String("A ritual needs a title")) {
        const FieldEdit *title = view()->firstColumn()->field(QStringLiteral("title"));
        return title ? title->editor() : nullptr;
    }
    if (message.contains(QLatin1String("title")))
        return nullptr;
    return m_recurrence->fieldOf(message);
}

Result<qint64> RitualEditor::write()
{
    TRELLIS_TRY(check());
    TRELLIS_TRY_ASSIGN(Ritual r, ritualFromForm());
    return saveWithUndo<store::RitualStore>(workbench(), Section::Rituals, r, m_ritual, tr("Add ritual"), tr("Edit ritual"));
}

void RitualEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete ritual"), existence(workbench(), m_ritual), m_ritual.stamp.id),
                 tr("Ritual deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject RitualEditor::factsDraft() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()}, {QStringLiteral("firstDate"), m_firstDate->text()},
            {QStringLiteral("timed"), m_timed->isChecked()}, {QStringLiteral("time"), m_time->time().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("zone"), m_zone->currentText()}, {QStringLiteral("duration"), m_duration->value()},
            {QStringLiteral("repeats"), m_recurrence->draft()}, {QStringLiteral("partners"), idsToJson(m_partners->checked())}};
}

void RitualEditor::restoreFactsDraft(const QJsonObject &facts)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(facts.value(QStringLiteral("kind")).toInt())));
    const auto day = DateField::parse(facts.value(QStringLiteral("firstDate")).toString(), QLocale());
    m_firstDate->setDate(day ? *day : QDate());
    m_timed->setChecked(facts.value(QStringLiteral("timed")).toBool());
    m_time->setTime(QTime::fromString(facts.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm")));
    m_zone->setCurrentText(facts.value(QStringLiteral("zone")).toString());
    m_duration->setValue(facts.value(QStringLiteral("duration")).toInt(60));
    m_recurrence->restoreDraft(facts.value(QStringLiteral("repeats")).toObject());
    m_partners->setChecked(idsFromJson(facts.value(QStringLiteral("partners"))));
    updateTimeRows();
    updateNextDates();
}

} // namespace trellis::gui
