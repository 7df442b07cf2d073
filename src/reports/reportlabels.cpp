#include "reports/reportlabels.h"

#include <QCoreApplication>

namespace trellis::reports {

QString kindLabel(domain::ContributionKind kind)
{
    using K = domain::ContributionKind;
    switch (kind) {
    case K::Funds: return QCoreApplication::translate("Labels", "Funds");
    case K::Time: return QCoreApplication::translate("Labels", "Time");
    case K::Translation: return QCoreApplication::translate("Labels", "Translation");
    case K::Hosting: return QCoreApplication::translate("Labels", "Hosting");
    case K::EmotionalLabour: return QCoreApplication::translate("Labels", "Emotional labour");
    case K::CulturalLabour: return QCoreApplication::translate("Labels", "Cultural labour");
    case K::ContextualisingNews: return QCoreApplication::translate("Labels", "Contextualising news");
    case K::Materials: return QCoreApplication::translate("Labels", "Materials");
    case K::Expertise: return QCoreApplication::translate("Labels", "Expertise");
    case K::MoralLeadership: return QCoreApplication::translate("Labels", "Moral leadership");
    case K::Other: return QCoreApplication::translate("Labels", "Other");
    case K::Count: break;
    }
    return QString();
}

QString partnerKindLabel(domain::PartnerKind kind)
{
    using K = domain::PartnerKind;
    switch (kind) {
    case K::Movement: return QCoreApplication::translate("Labels", "Movement");
    case K::Union: return QCoreApplication::translate("Labels", "Union");
    case K::Collective: return QCoreApplication::translate("Labels", "Collective");
    case K::Envoy: return QCoreApplication::translate("Labels", "Envoy");
    case K::Other: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString statusLabel(domain::TranslationStatus status)
{
    using S = domain::TranslationStatus;
    switch (status) {
    case S::Missing: return QCoreApplication::translate("Labels", "missing");
    case S::Machine: return QCoreApplication::translate("Labels", "machine draft");
    case S::Human: return QCoreApplication::translate("Labels", "human");
    case S::Reviewed: return QCoreApplication::translate("Labels", "reviewed");
    case S::Original: return QCoreApplication::translate("Labels", "original");
    }
    return QString();
}

QString questionLabel(domain::RetroQuestion question)
{
    switch (question) {
    case domain::RetroQuestion::Extractive: return QCoreApplication::translate("Labels", "What felt extractive?");
    case domain::RetroQuestion::Transformative: return QCoreApplication::translate("Labels", "What felt transformative?");
    case domain::RetroQuestion::SharedRisk: return QCoreApplication::translate("Labels", "Which shared risk proved our alliance?");
    }
    return QString();
}

QString unitLabel(const QString &unitKey)
{
    if (unitKey.isEmpty()) return QCoreApplication::translate("Labels", "no quantity");
    if (unitKey == QLatin1String("hours")) return QCoreApplication::translate("Labels", "hours");
    if (unitKey == QLatin1String("words")) return QCoreApplication::translate("Labels", "words");
    if (unitKey == QLatin1String("pages")) return QCoreApplication::translate("Labels", "pages");
    if (unitKey == QLatin1String("nights")) return QCoreApplication::translate("Labels", "nights");
    return unitKey;
}

} // namespace trellis::reports
