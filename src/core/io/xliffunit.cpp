#include "io/xliffunit.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace trellis::io::xliff {

QString unitId(const QString &ownerUuid, const QString &field) { return ownerUuid + u'#' + field; }

std::optional<std::pair<QString, QString>> splitUnitId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})#([a-z_]+(?::[0-9]+)?)$"));
    const auto match = pattern.match(id);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1), match.captured(2)};
}

QString fingerprint(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString extradata(const QString &source, const QString &storedTarget)
{
    return QStringLiteral("source-sha256=%1 target-sha256=%2")
        .arg(fingerprint(source), storedTarget.isEmpty() ? QString() : fingerprint(storedTarget));
}

std::optional<Fingerprints> parseExtradata(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^source-sha256=([0-9a-f]{64}) target-sha256=([0-9a-f]{64})?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Fingerprints{match.captured(1), match.captured(2)};
}

TargetState targetState(domain::TranslationStatus status)
{
    using domain::TranslationStatus;
    switch (status) {
    case TranslationStatus::Machine:
        return {QStringLiteral("needs-review-translation"), QStringLiteral("leveraged-mt"), false};
    case TranslationStatus::Reviewed:
        return {QStringLiteral("signed-off"), QString(), true};
    case TranslationStatus::Human:
    case TranslationStatus::Original:
    case TranslationStatus::Missing:
        break;
    }
    return {QStringLiteral("translated"), QString(), false};
}

domain::TranslationStatus statusOfTarget(const QString &state, const QString &stateQualifier)
{
    using domain::TranslationStatus;
    if (state == QLatin1String("signed-off") || state == QLatin1String("final"))
        return TranslationStatus::Reviewed;
    if (stateQualifier == QLatin1String("leveraged-mt") || stateQualifier == QLatin1String("mt-suggestion"))
        return TranslationStatus::Machine;
    return TranslationStatus::Human;
}

} // namespace trellis::io::xliff
