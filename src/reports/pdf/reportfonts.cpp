#include "reports/pdf/reportfonts.h"

#include <QStringList>

namespace trellis::reports {

namespace {

bool hasSubtag(const QStringList &parts, const char *subtag)
{
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).compare(QLatin1String(subtag), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ReportFont chineseFont(const QStringList &parts)
{
    const bool traditional = hasSubtag(parts, "Hant") || hasSubtag(parts, "TW") || hasSubtag(parts, "HK")
                             || hasSubtag(parts, "MO");
    const bool simplifiedScript = hasSubtag(parts, "Hans");
    if (traditional && !simplifiedScript)
        return {QStringLiteral("Noto Sans CJK TC"), ScriptClass::Asian};
    return {QStringLiteral("Noto Sans CJK SC"), ScriptClass::Asian};
}

} // namespace

ReportFont reportFontFor(const QString &languageTag)
{
    const QStringList parts = languageTag.split(QLatin1Char('-'));
    const QString language = parts.value(0).toLower();
    if (hasSubtag(parts, "Arab") || language == QLatin1String("ar") || language == QLatin1String("fa")
        || language == QLatin1String("ur") || language == QLatin1String("ps") || language == QLatin1String("ckb"))
        return {QStringLiteral("Noto Sans Arabic"), ScriptClass::Complex};
    if (language == QLatin1String("he") || language == QLatin1String("yi"))
        return {QStringLiteral("Noto Sans Hebrew"), ScriptClass::Complex};
    if (language == QLatin1String("hi") || language == QLatin1String("mr") || language == QLatin1String("ne"))
        return {QStringLiteral("Noto Sans Devanagari"), ScriptClass::Complex};
    if (language == QLatin1String("th"))
        return {QStringLiteral("Noto Sans Thai"), ScriptClass::Complex};
    if (language == QLatin1String("zh"))
        return chineseFont(parts);
    if (language == QLatin1String("ja"))
        return {QStringLiteral("Noto Sans CJK JP"), ScriptClass::Asian};
    if (language == QLatin1String("ko"))
        return {QStringLiteral("Noto Sans CJK KR"), ScriptClass::Asian};
    return {QStringLiteral("Noto Sans"), ScriptClass::Western};
}

} // namespace trellis::reports
