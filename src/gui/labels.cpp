#include "gui/labels.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

namespace trellis::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

QString kindLabel(domain::ContributionKind kind)
{
    using K = domain::ContributionKind;
    switch (kind) {
    case K::Funds: return tr("Funds");
    case K::Time: return tr("Time");
    case K::Translation: return tr("Translation");
    case K::Hosting: return tr("Hosting");
    case K::EmotionalLabour: return tr("Emotional labour");
    case K::CulturalLabour: return tr("Cultural labour");
    case K::ContextualisingNews: return tr("Contextualising news");
    case K::Materials: return tr("Materials");
    case K::Expertise: return tr("Expertise");
    case K::MoralLeadership: return tr("Moral leadership");
    case K::Other: return tr("Other");
    case K::Count: break;
    }
    return QString();
}

QString partnerKindLabel(domain::PartnerKind kind)
{
    using K = domain::PartnerKind;
    switch (kind) {
    case K::Movement: return tr("Movement");
    case K::Union: return tr("Union");
    case K::Collective: return tr("Collective");
    case K::Envoy: return tr("Envoy");
    case K::Other: return tr("Other");
    }
    return QString();
}

QString statusLabel(domain::TranslationStatus status)
{
    using S = domain::TranslationStatus;
    switch (status) {
    case S::Missing: return tr("missing");
    case S::Machine: return tr("machine draft");
    case S::Human: return tr("human");
    case S::Reviewed: return tr("reviewed");
    case S::Original: return tr("original");
    }
    return QString();
}

QString entryStatusLabel(domain::EntryStatus status, bool isReversal)
{
    if (isReversal)
        return tr("reversal");
    return status == domain::EntryStatus::Posted ? tr("posted") : tr("draft");
}

QString questionLabel(domain::RetroQuestion question)
{
    switch (question) {
    case domain::RetroQuestion::Extractive: return tr("What felt extractive?");
    case domain::RetroQuestion::Transformative: return tr("What felt transformative?");
    case domain::RetroQuestion::SharedRisk: return tr("Which shared risk proved our alliance?");
    }
    return QString();
}

QString fieldLabel(const QString &key)
{
    const QString base = key.section(u':', 0, 0);
    const QString number = key.section(u':', 1, 1);
    if (base == QLatin1String("name")) return tr("Name");
    if (base == QLatin1String("goals")) return tr("Goals in its own words");
    if (base == QLatin1String("contact_notes")) return tr("Contact notes (sensitive)");
    if (base == QLatin1String("narrative")) return tr("Narrative");
    if (base == QLatin1String("title")) return tr("Title");
    if (base == QLatin1String("triggers")) return tr("Triggers");
    if (base == QLatin1String("roles")) return tr("Roles");
    if (base == QLatin1String("step")) return tr("Step %1").arg(number);
    if (base == QLatin1String("answer")) return tr("Answer %1").arg(number);
    if (base == QLatin1String("action")) return tr("Action %1").arg(number);
    if (base == QLatin1String("summary")) return tr("What happened");
    if (base == QLatin1String("outcome")) return tr("Outcome");
    if (base == QLatin1String("lessons")) return tr("Lessons");
    if (base == QLatin1String("scenario")) return tr("Scenario");
    if (base == QLatin1String("observations")) return tr("What it taught");
    if (base == QLatin1String("follow_ups")) return tr("Follow-ups");
    return key;
}

QString unitLabel(const QString &unitKey)
{
    if (unitKey.isEmpty()) return tr("no quantity");
    if (unitKey == QLatin1String("hours")) return tr("hours");
    if (unitKey == QLatin1String("words")) return tr("words");
    if (unitKey == QLatin1String("pages")) return tr("pages");
    if (unitKey == QLatin1String("nights")) return tr("nights");
    return unitKey;
}

QString languageLabel(const QString &tag)
{
    const QString ui = QLocale().name().section(u'_', 0, 0);
    const QString name = i18n::languageDisplayName(tag, ui);
    const QString own = i18n::languageAutonym(tag);
    if (own.isEmpty() || own == name)
        return name;
    return QStringLiteral("%1 · %2").arg(own, name);
}

} // namespace trellis::gui
