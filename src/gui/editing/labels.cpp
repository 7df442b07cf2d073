#include "gui/editing/labels.h"

#include "domain/sidebyside.h"
#include "i18n/countryname.h"
#include "i18n/dateformat.h"
#include "i18n/language.h"
#include "i18n/numberformat.h"
#include "i18n/quarter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace trellis::gui {

QString uiLanguage()
{
    return QLocale().name().section(u'_', 0, 0);
}

QString entryStatusLabel(domain::EntryStatus status, bool isReversal)
{
    if (isReversal)
        return QCoreApplication::translate("Labels", "reversal");
    return status == domain::EntryStatus::Posted ? QCoreApplication::translate("Labels", "posted") : QCoreApplication::translate("Labels", "draft");
}

QString campaignStatusLabel(domain::CampaignStatus status)
{
    using S = domain::CampaignStatus;
    switch (status) {
    case S::Proposed: return QCoreApplication::translate("Labels", "proposed");
    case S::QuorumMet: return QCoreApplication::translate("Labels", "quorum met");
    case S::Active: return QCoreApplication::translate("Labels", "active");
    case S::Paused: return QCoreApplication::translate("Labels", "paused");
    case S::Closed: return QCoreApplication::translate("Labels", "closed");
    }
    return {};
}

QString paraphraseStateLabel(domain::ParaphraseState state)
{
    using S = domain::ParaphraseState;
    switch (state) {
    case S::Unanswered: return QCoreApplication::translate("Labels", "waiting for an answer");
    case S::Acknowledged: return QCoreApplication::translate("Labels", "acknowledged");
    case S::SentBack: return QCoreApplication::translate("Labels", "sent back");
    case S::Revised: return QCoreApplication::translate("Labels", "revised, waiting for an answer");
    case S::GoalsChanged: return QCoreApplication::translate("Labels", "the goals changed since");
    }
    return {};
}

QString exchangeKindLabel(domain::ExchangeKind kind)
{
    using K = domain::ExchangeKind;
    switch (kind) {
    case K::ArtTrade: return QCoreApplication::translate("Labels", "art trade");
    case K::StudySession: return QCoreApplication::translate("Labels", "study session");
    case K::StorytellingNight: return QCoreApplication::translate("Labels", "storytelling night");
    case K::SharedMeal: return QCoreApplication::translate("Labels", "shared meal");
    case K::Song: return QCoreApplication::translate("Labels", "song");
    case K::Vigil: return QCoreApplication::translate("Labels", "vigil");
    case K::Other: return QCoreApplication::translate("Labels", "other");
    }
    return {};
}

QString exchangeStatusLabel(domain::ExchangeStatus status)
{
    using S = domain::ExchangeStatus;
    switch (status) {
    case S::Planned: return QCoreApplication::translate("Labels", "planned");
    case S::Held: return QCoreApplication::translate("Labels", "held");
    case S::Cancelled: return QCoreApplication::translate("Labels", "cancelled");
    }
    return {};
}

QString crossoverKindLabel(domain::CrossoverKind kind)
{
    using K = domain::CrossoverKind;
    switch (kind) {
    case K::Phrase: return QCoreApplication::translate("Labels", "phrase");
    case K::Metaphor: return QCoreApplication::translate("Labels", "metaphor");
    case K::Slogan: return QCoreApplication::translate("Labels", "slogan");
    case K::Joke: return QCoreApplication::translate("Labels", "joke");
    case K::Strategy: return QCoreApplication::translate("Labels", "strategy");
    case K::Other: return QCoreApplication::translate("Labels", "other");
    }
    return {};
}

QString fieldLabel(const QString &key)
{
    const QString base = key.section(u':', 0, 0);
    const QString number = key.section(u':', 1, 1);
    if (base == QLatin1String("name")) return QCoreApplication::translate("Labels", "Name");
    if (base == QLatin1String("goals")) return QCoreApplication::translate("Labels", "Goals in its own words");
    if (base == QLatin1String("contact_notes")) return QCoreApplication::translate("Labels", "Contact notes (sensitive)");
    if (base == QLatin1String("narrative")) return QCoreApplication::translate("Labels", "Narrative");
    if (base == QLatin1String("title")) return QCoreApplication::translate("Labels", "Title");
    if (base == QLatin1String("aims")) return QCoreApplication::translate("Labels", "Aims");
    if (base == QLatin1String("triggers")) return QCoreApplication::translate("Labels", "Triggers");
    if (base == QLatin1String("roles")) return QCoreApplication::translate("Labels", "Roles");
    if (base == QLatin1String("step")) return QCoreApplication::translate("Labels", "Step %1").arg(numberLabel(number.toLongLong()));
    if (base == QLatin1String("answer")) return QCoreApplication::translate("Labels", "Answer %1").arg(numberLabel(number.toLongLong()));
    if (base == QLatin1String("action")) return QCoreApplication::translate("Labels", "Action %1").arg(numberLabel(number.toLongLong()));
    if (base == QLatin1String("summary")) return QCoreApplication::translate("Labels", "What happened");
    if (base == QLatin1String("outcome")) return QCoreApplication::translate("Labels", "Outcome");
    if (base == QLatin1String("lessons")) return QCoreApplication::translate("Labels", "Lessons");
    if (base == QLatin1String("scenario")) return QCoreApplication::translate("Labels", "Scenario");
    if (base == QLatin1String("observations")) return QCoreApplication::translate("Labels", "What it taught");
    if (base == QLatin1String("follow_ups")) return QCoreApplication::translate("Labels", "Follow-ups");
    if (base == QLatin1String("exchanged")) return QCoreApplication::translate("Labels", "What was exchanged");
    if (base == QLatin1String("notes")) return QCoreApplication::translate("Labels", "Notes");
    if (base == QLatin1String("what")) return QCoreApplication::translate("Labels", "What was risked");
    if (base == QLatin1String("part")) return QCoreApplication::translate("Labels", "Part borne");
    if (base == QLatin1String("origin")) return QCoreApplication::translate("Labels", "As born");
    if (base == QLatin1String("reborn")) return QCoreApplication::translate("Labels", "As reborn");
    if (base == QLatin1String("seen_at")) return QCoreApplication::translate("Labels", "Where it was seen");
    if (base == QLatin1String("description")) return QCoreApplication::translate("Labels", "Description");
    if (base == QLatin1String("reason")) return QCoreApplication::translate("Labels", "Why the partners pause");
    if (base == QLatin1String("what_held")) return QCoreApplication::translate("Labels", "What held");
    if (base == QLatin1String("what_broke")) return QCoreApplication::translate("Labels", "What broke");
    if (base == QLatin1String("questions")) return QCoreApplication::translate("Labels", "Questions carried");
    if (base == QLatin1String("voices")) return QCoreApplication::translate("Labels", "Voices to amplify");
    if (base == QLatin1String("returned")) return QCoreApplication::translate("Labels", "What returned");
    if (base == QLatin1String("carbon")) return QCoreApplication::translate("Labels", "Risk weighed: carbon");
    if (base == QLatin1String("visas")) return QCoreApplication::translate("Labels", "Risk weighed: visas");
    if (base == QLatin1String("surveillance")) return QCoreApplication::translate("Labels", "Risk weighed: surveillance");
    if (base == QLatin1String("paraphrase")) return QCoreApplication::translate("Labels", "Goals as another partner paraphrased them");
    return key;
}

namespace {

/// The UI locale's short pattern with a four-digit year.
QString fourDigitYears(QString pattern)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)y{1,2}(?!y)"));
    return pattern.replace(shortYear, QStringLiteral("yyyy"));
}

} // namespace

QString shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &at)
{
    const QLocale locale;
    return locale.toString(at, fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString numberLabel(qint64 number)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(number);
}

QString percentLabel(int percent)
{
    auto text = i18n::formatPercent(percent, QLocale().bcp47Name());
    return text ? *text : QStringLiteral("%1%").arg(percent);
}

QString listLabel(const QStringList &items)
{
    const bool arabicScript = QLocale().script() == QLocale::ArabicScript;
    return items.join(arabicScript ? QStringLiteral("، ") : QStringLiteral(", "));
}

QString localDigits(const QString &text)
{
    const QString zero = QLocale().zeroDigit();
    if (zero == QLatin1String("0"))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            // Unicode lays every decimal system out as ten consecutive code points from its zero.
            QString digit = zero;
            digit.back() = QChar(digit.back().unicode() + c.digitValue());
            out += digit;
        } else {
            out += c;
        }
    }
    return out;
}

QString isoDateLabel(const QDate &date)
{
    return date.isValid() ? localDigits(date.toString(Qt::ISODate)) : QString();
}

QString quarterLabel(const QString &quarter)
{
    auto parsed = i18n::parseQuarter(quarter);
    if (!parsed)
        return leftToRight(quarter);
    auto text = i18n::formatQuarter(*parsed, QLocale().bcp47Name());
    return text ? *text : leftToRight(quarter);
}

QString mediumDate(const QDate &date)
{
    auto medium = i18n::formatDate(date, QLocale().bcp47Name(), i18n::DateStyle::Medium);
    return medium ? *medium : shortDate(date);
}

QString amountLabel(const std::optional<domain::Quantity> &quantity)
{
    const QString text = domain::formatQuantity(quantity, uiLanguage());
    if (text.isEmpty() || !quantity->unit.isCurrency() || QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return leftToRight(text);
}

QString countryLabel(const QString &code)
{
    if (code.trimmed().isEmpty())
        return QCoreApplication::translate("Labels", "—", "no country");
    const QString name = i18n::countryDisplayName(code, uiLanguage());
    return name.isEmpty() ? code : name;
}

QString languageLabel(const QString &tag)
{
    const QString ui = uiLanguage();
    const QString name = i18n::languageDisplayName(tag, ui);
    const QString own = i18n::languageAutonym(tag);
    if (own.isEmpty() || own == name)
        return name;
    return QStringLiteral("%1 · %2").arg(own, name);
}

QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace trellis::gui
