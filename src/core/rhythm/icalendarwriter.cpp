#include "rhythm/icalendarwriter.h"

#include "rhythm/icalendartext.h"
#include "rhythm/vtimezone.h"
#include "util/log.h"

#include <QMap>

#include <algorithm>

namespace trellis::rhythm {
namespace {

constexpr auto kProductId = u"-//Trellis//Ritual calendar//EN";

QString utcStamp(const QDateTime &moment) { return moment.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"); }

QString duration(int minutes)
{
    QString text = QStringLiteral("PT");
    if (minutes >= 60)
        text += QString::number(minutes / 60) + u'H';
    if (minutes % 60)
        text += QString::number(minutes % 60) + u'M';
    return text;
}

/// The text in each language of the pair that has it; an empty list when none has.
QList<std::pair<QString, QString>> textsInPair(const domain::BilingualText &text, const QStringList &languages)
{
    QList<std::pair<QString, QString>> found;
    for (const QString &language : languages)
        if (const auto t = text.textIn(language); t && !t->trimmed().isEmpty())
            found.append({language, *t});
    return found;
}

QString summaryLine(const Ritual &ritual, const QStringList &languages)
{
    auto texts = textsInPair(ritual.title, languages);
    if (texts.isEmpty() && !ritual.title.original().trimmed().isEmpty())
        texts.append({ritual.title.originalLanguage(), ritual.title.original()});
    if (texts.isEmpty())
        return QStringLiteral("SUMMARY:") + escapeIcsText(ritualKindKey(ritual.kind));
    if (texts.size() == 1 || texts[0].second == texts[1].second)
        return QStringLiteral("SUMMARY;LANGUAGE=") + icsParameterValue(texts[0].first) + u':' + escapeIcsText(texts[0].second);
    return QStringLiteral("SUMMARY:") + escapeIcsText(texts[0].second + QStringLiteral(" / ") + texts[1].second);
}

/// Both languages of the pair, each paragraph marked with its language (and "machine" when unchecked).
std::optional<QString> descriptionLine(const Ritual &ritual, const QStringList &languages)
{
    auto texts = textsInPair(ritual.description, languages);
    if (texts.isEmpty() && !ritual.description.original().trimmed().isEmpty())
        texts.append({ritual.description.originalLanguage(), ritual.description.original()});
    if (texts.isEmpty())
        return std::nullopt;
    QStringList paragraphs;
    for (const auto &[language, text] : texts) {
        const bool machine = ritual.description.statusIn(language) == domain::TranslationStatus::Machine;
        paragraphs << u'[' + language + (machine ? QStringLiteral(", machine") : QString()) + QStringLiteral("] ") + text;
    }
    return QStringLiteral("DESCRIPTION:") + escapeIcsText(paragraphs.join(QStringLiteral("\n\n")));
}

Result<QStringList> eventLines(const Ritual &ritual, const CalendarExportOptions &options)
{
    const Schedule &schedule = ritual.schedule;
    QStringList lines;
    lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + escapeIcsText(ritualUid(ritual));
    const QDateTime changed = QDateTime::fromString(ritual.stamp.updatedAt, Qt::ISODate).toUTC();
    const QDateTime stamp = changed.isValid() ? changed : options.exportedAt;
    if (!stamp.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The export needs the time it is made (DTSTAMP)"));
    lines << QStringLiteral("DTSTAMP:") + utcStamp(stamp);
    if (schedule.isAllDay()) {
        lines << QStringLiteral("DTSTART;VALUE=DATE:") + schedule.firstDate.toString(u"yyyyMMdd")
              << QStringLiteral("DTEND;VALUE=DATE:") + schedule.firstDate.addDays(1).toString(u"yyyyMMdd");
    } else {
        lines << QStringLiteral("DTSTART;TZID=") + icsParameterValue(schedule.timeZone) + u':'
                     + schedule.firstDate.toString(u"yyyyMMdd") + u'T' + schedule.startTime->toString(u"HHmmss")
              << QStringLiteral("DURATION:") + duration(schedule.durationMinutes);
    }
    if (schedule.rule)
        lines << QStringLiteral("RRULE:") + schedule.rule->toRrule();
    lines << summaryLine(ritual, options.languages);
    if (const auto description = descriptionLine(ritual, options.languages))
        lines << *description;
    lines << QStringLiteral("CATEGORIES:") + escapeIcsText(ritualKindKey(ritual.kind)) << QStringLiteral("END:VEVENT");
    return lines;
}

bool inWindow(const Ritual &ritual, const CalendarExportOptions &options)
{
    if (!options.from || !options.to)
        return true;
    const auto found = ritual.schedule.occurrences(*options.from, *options.to);
    return found.ok() && !found->isEmpty();
}

} // namespace

QString ritualUid(const Ritual &ritual) { return ritual.stamp.uuid.toLower(); }

Result<QByteArray> writeICalendar(const QList<Ritual> &rituals, const CalendarExportOptions &options)
{
    if (options.from.has_value() != options.to.has_value() || (options.from && (!options.from->isValid() || !options.to->isValid() || *options.to < *options.from)))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The export window needs both a start and an end date, the start first"));

    QList<const Ritual *> chosen;
    for (const Ritual &ritual : rituals) {
        if (ritual.stamp.uuid.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A ritual without an identifier cannot be exported"));
        if (const Status valid = ritual.schedule.validate(); !valid.ok())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The ritual %1 cannot be exported: %2").arg(ritualUid(ritual), valid.error().message));
        if (inWindow(ritual, options))
            chosen.append(&ritual);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Ritual *a, const Ritual *b) { return ritualUid(*a) < ritualUid(*b); });
    for (qsizetype i = 1; i < chosen.size(); ++i)
        if (ritualUid(*chosen[i]) == ritualUid(*chosen[i - 1]))
            return makeError(ErrorCode::Conflict, QStringLiteral("Two rituals share the identifier %1").arg(ritualUid(*chosen[i])));

    QMap<QString, QDate> zones; // zone -> earliest first date of a timed ritual in it
    for (const Ritual *ritual : chosen)
        if (!ritual->schedule.isAllDay()) {
            auto it = zones.find(ritual->schedule.timeZone);
            if (it == zones.end() || ritual->schedule.firstDate < *it)
                zones[ritual->schedule.timeZone] = ritual->schedule.firstDate;
        }

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:") + QString::fromUtf16(kProductId), QStringLiteral("CALSCALE:GREGORIAN")};
    if (!options.calendarName.trimmed().isEmpty())
        lines << QStringLiteral("NAME:") + escapeIcsText(options.calendarName) << QStringLiteral("X-WR-CALNAME:") + escapeIcsText(options.calendarName);
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        auto zone = vtimezoneLines(it.key(), it.value());
        TRELLIS_TRY(zone);
        lines << *zone;
    }
    for (const Ritual *ritual : chosen) {
        auto event = eventLines(*ritual, options);
        TRELLIS_TRY(event);
        lines << *event;
    }
    lines << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : lines)
        out += foldIcsLine(line);
    log::get("rhythm")->info("calendar export: {} rituals of {}, {} time zones, {} bytes", chosen.size(), rituals.size(), zones.size(), out.size());
    return out;
}

} // namespace trellis::rhythm
