#include "util/text.h"

#include <QStringDecoder>

namespace trellis {

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &field)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not valid UTF-8 text").arg(field));
    return text;
}

Result<QString> cleanText(const QString &text, const QString &field)
{
    if (text.size() > kMaxFieldLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is too long (%2 characters; at most %3)")
                             .arg(field).arg(text.size()).arg(kMaxFieldLength));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 contains an invalid character").arg(field));
        if (c.unicode() == 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 contains a NUL character").arg(field));
    }
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace trellis
