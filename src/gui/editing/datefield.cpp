#include "gui/editing/datefield.h"

#include "gui/editing/labels.h"
#include "io/datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QScreen>
#include <QStyle>

namespace trellis::gui {
namespace {

/// The locale's short date pattern as io::parseDate reads it: numeric fields only, a four-digit
/// year, no direction marks. Empty when the locale writes month names.
QString numericPattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    pattern.remove(QChar(0x200E)).remove(QChar(0x200F)).remove(QChar(0x061C));
    if (pattern.contains(QLatin1String("MMM")) || pattern.contains(QLatin1String("ddd")))
        return {};
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

/// The text with every decimal digit (Arabic-Indic, Persian, ...) as ASCII and direction marks removed.
QString asciiDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C))
            continue;
        out.append(c.category() == QChar::Number_DecimalDigit ? QChar(u'0' + c.digitValue()) : c);
    }
    return out;
}

} // namespace

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("yyyy-mm-dd"));
    QAction *pick = addAction(QIcon::fromTheme(QStringLiteral("view-calendar"), style()->standardIcon(QStyle::SP_ArrowDown)),
                              QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::takeTyped);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_date.isValid())
            setText(isoDateLabel(m_date)); // a day typed in the short format, shown in ISO
        markProblem();
    });
}

void DateField::setDate(const QDate &date)
{
    const bool changed = date != m_date;
    m_date = date;
    setText(isoDateLabel(date)); // ISO order in the UI's digits
    markProblem();
    if (changed)
        Q_EMIT dateChanged(m_date);
}

void DateField::setOptional(const QString &placeholder)
{
    m_optional = true;
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
}

Result<QDate> DateField::parse(const QString &text, const QLocale &locale)
{
    const QString typed = asciiDigits(text).trimmed();
    if (typed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type a date, e.g. %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    QStringList formats;
    if (const QString pattern = numericPattern(locale); !pattern.isEmpty())
        formats << pattern;
    auto date = io::parseDate(typed, formats);
    if (date)
        return date;
    if (date.error().message.contains(QLatin1String("not a real day")))
        return date.error();
    const QDate example(QDate::currentDate().year(), 11, 15);
    return makeError(ErrorCode::InvalidInput,
                     formats.isEmpty() ? tr("“%1” is not a date: type it as %2").arg(text.trimmed(), example.toString(Qt::ISODate))
                                       : tr("“%1” is not a date: type it as %2 or %3")
                                             .arg(text.trimmed(), example.toString(Qt::ISODate),
                                                  locale.toString(example, formats.first())));
}

QString DateField::problem() const
{
    if (m_optional && text().trimmed().isEmpty())
        return {};
    auto date = parse(text(), locale());
    return date ? QString() : date.error().message;
}

void DateField::takeTyped()
{
    auto typed = parse(text(), locale());
    const QDate date = typed ? *typed : QDate();
    setToolTip(QString());
    setPalette(QPalette());
    if (date != m_date) {
        m_date = date;
        Q_EMIT dateChanged(m_date);
    }
}

void DateField::markProblem()
{
    const QString why = problem();
    setToolTip(why);
    QPalette p;
    if (!why.isEmpty()) {
        // Marked, not changed: the field's own background tinted towards red, legible in light and dark palettes.
        const QColor base = p.color(QPalette::Base);
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.75f + 0.25f, base.greenF() * 0.75f, base.blueF() * 0.75f));
    }
    setPalette(p);
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::choose);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::choose);
    }
    const QDate shown = m_date.isValid() ? m_date : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    QPoint at = mapToGlobal(QPoint(isRightToLeft() ? width() - m_calendar->width() : 0, height()));
    if (const QScreen *s = screen(); s && at.y() + m_calendar->height() > s->availableGeometry().bottom())
        at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::choose(const QDate &date)
{
    m_calendar->hide();
    setDate(date);
    setFocus(Qt::PopupFocusReason);
    Q_EMIT editingFinished();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace trellis::gui
