#include "i18n/ftsquery.h"

#include "i18n/searchkey.h"

namespace trellis::i18n {
namespace {

constexpr qsizetype kTrigram = 3;

QString quoted(const QString &word)
{
    QString q = word;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

// Separators between words; unpaired surrogates too, since SQLite cannot pass them to FTS5 intact.
bool isSeparator(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text[i - 1].isHighSurrogate();
    return c.isSpace() || c.category() == QChar::Other_Control;
}

QStringList rawWords(const QString &text)
{
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSeparator(text, i)) {
            if (!current.isEmpty())
                words << std::exchange(current, QString());
            continue;
        }
        current.append(text[i]);
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QString joinQuoted(const QStringList &words)
{
    QStringList parts;
    for (const QString &w : words)
        parts << quoted(w);
    return parts.join(u' ');
}

} // namespace

QString ftsMatchExpression(const QString &rawQuery) { return joinQuoted(rawWords(rawQuery)); }

QStringList searchKeyWords(const QString &userQuery)
{
    QStringList words;
    for (const QString &w : rawWords(searchKey(userQuery))) {
        if (w.size() >= kTrigram)
            words << w;
    }
    return words;
}

QString searchMatchExpression(const QString &userQuery) { return joinQuoted(searchKeyWords(userQuery)); }

} // namespace trellis::i18n
