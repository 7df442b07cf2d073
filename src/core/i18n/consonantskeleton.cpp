#include "i18n/consonantskeleton.h"

#include "i18n/searchkey.h"

#include <QHash>

#include <optional>

namespace trellis::i18n {
namespace {

constexpr QChar kVowel = u'V'; ///< a vowel or glide: it separates letters, then is dropped
constexpr char16_t kSkip = 0;  ///< a mark (short vowel, shadda, niqqud): part of the word, no letter

/// The consonant class of an abjad letter, kVowel, or kSkip for a mark; nullopt outside the abjads.
std::optional<QChar> letterClass(QChar c)
{
    static const QHash<char16_t, char16_t> classes = [] {
        QHash<char16_t, char16_t> m;
        auto add = [&m](const char16_t *letters, char16_t cls) {
            for (const char16_t *p = letters; *p; ++p)
                m.insert(*p, cls);
        };
        // Arabic, Persian and Urdu letters.
        add(u"اأإآٱءؤئىیيوعةۃےۓۀ", u'V');
        add(u"بڤ", u'b');
        add(u"پف", u'p');
        add(u"تطٹ", u't');
        add(u"ثسص", u's');
        add(u"ج", u'j');
        add(u"چ", u'c');
        add(u"حخهہھ", u'h');
        add(u"دڈ", u'd');
        add(u"ذزضظژ", u'z');
        add(u"رڑ", u'r');
        add(u"ش", u'x');
        add(u"غگ", u'g');
        add(u"قکك", u'k');
        add(u"ل", u'l');
        add(u"م", u'm');
        add(u"نں", u'n');
        // Hebrew letters, final forms included.
        add(u"אויע", u'V');
        add(u"ב", u'b');
        add(u"ג", u'g');
        add(u"ד", u'd');
        add(u"הח", u'h');
        add(u"זצץ", u'z');
        add(u"טת", u't');
        add(u"כךק", u'k');
        add(u"ל", u'l');
        add(u"מם", u'm');
        add(u"נן", u'n');
        add(u"ס", u's');
        add(u"פף", u'p');
        add(u"ר", u'r');
        add(u"ש", u'x');
        return m;
    }();
    if (const auto it = classes.constFind(c.unicode()); it != classes.constEnd())
        return QChar(*it);
    const QChar::Script script = c.script();
    const bool abjad = script == QChar::Script_Arabic || script == QChar::Script_Hebrew;
    if ((abjad && c.isMark()) || c == QChar(0x0640) /* tatweel */ || c == QChar(0x200C) /* ZWNJ */ || (abjad && c == QChar(0x05F3)))
        return QChar(kSkip);
    return std::nullopt;
}

/// Collapses equal neighbours, then drops the vowels.
QString collapse(const QString &classes)
{
    QString out;
    QChar previous;
    for (const QChar c : classes) {
        if (c == previous)
            continue;
        previous = c;
        if (c != kVowel)
            out.append(c);
    }
    return out;
}

void addSkeleton(QStringList &out, const QString &skeleton)
{
    if (skeleton.size() >= 2 && !out.contains(skeleton))
        out << skeleton;
}

void finishWord(QStringList &out, QString &classes, QString &letters)
{
    if (classes.isEmpty())
        return;
    // A word-final ه / ה / ہ is most often a vowel (خانه, חיפה).
    const QChar last = letters.back();
    if (classes.size() > 1 && (last == u'ه' || last == u'ה' || last == u'ہ'))
        classes.back() = kVowel;
    addSkeleton(out, collapse(classes));
    if (letters.startsWith(QStringLiteral("ال")) && letters.size() > 3)
        addSkeleton(out, collapse(classes.mid(2)));
    // Hebrew writes "the", "in", "and", "to", "from", "that" and "as" as a first letter (בחיפה, הדיור).
    if (letters.size() > 3 && QStringView(u"בהוכלמש").contains(letters.front()))
        addSkeleton(out, collapse(classes.mid(1)));
    classes.clear();
    letters.clear();
}

/// The class of the Latin letters at query[i] (one or two of them); advances i past them.
QString latinClass(const QString &word, qsizetype &i)
{
    static const QHash<QString, QString> digraphs = {
        {QStringLiteral("kh"), QStringLiteral("h")}, {QStringLiteral("gh"), QStringLiteral("g")},
        {QStringLiteral("sh"), QStringLiteral("x")}, {QStringLiteral("ch"), QStringLiteral("c")},
        {QStringLiteral("zh"), QStringLiteral("z")}, {QStringLiteral("dh"), QStringLiteral("z")},
        {QStringLiteral("ph"), QStringLiteral("p")}, {QStringLiteral("tz"), QStringLiteral("z")},
        {QStringLiteral("ts"), QStringLiteral("z")}, {QStringLiteral("dj"), QStringLiteral("j")},
    };
    if (i + 1 < word.size()) {
        if (const auto it = digraphs.constFind(word.mid(i, 2)); it != digraphs.constEnd()) {
            i += 2;
            return *it;
        }
    }
    const char16_t c = word[i++].unicode();
    switch (c) {
    case u'a': case u'e': case u'i': case u'o': case u'u': case u'y': case u'w': return QString(kVowel);
    case u'f': return QStringLiteral("p");
    case u'v': return QStringLiteral("b");
    case u'q': case u'c': return QStringLiteral("k");
    case u'x': return QStringLiteral("ks");
    default: return QString(QChar(c));
    }
}

} // namespace

QStringList consonantSkeletons(const QString &text)
{
    QStringList out;
    QString classes, letters;
    for (const QChar c : text) {
        const auto cls = letterClass(c);
        if (!cls) {
            finishWord(out, classes, letters);
            continue;
        }
        if (*cls == QChar(kSkip))
            continue;
        classes.append(*cls);
        letters.append(c);
    }
    finishWord(out, classes, letters);
    return out;
}

QStringList querySkeletons(const QString &query)
{
    QStringList out;
    const QString latin = latinForm(query);
    for (const QString &word : latin.split(u' ', Qt::SkipEmptyParts)) {
        QString classes;
        // Doubled letters are one sound (ittihad, mahalla): collapsed before the classes.
        QString single;
        for (const QChar c : word) {
            if (c.isDigit() || c.unicode() > 0x7f)
                continue;
            if (single.isEmpty() || single.back() != c)
                single.append(c);
        }
        for (qsizetype i = 0; i < single.size();)
            classes += latinClass(single, i);
        addSkeleton(out, collapse(classes));
    }
    return out;
}

QString indexedSearchKey(const QString &text)
{
    QString key = searchKey(text);
    for (const QString &skeleton : consonantSkeletons(text))
        key += QStringLiteral(" ~") + skeleton + u'~';
    return key;
}

QString skeletonMatchExpression(const QString &query)
{
    QStringList phrases;
    for (const QString &skeleton : querySkeletons(query))
        phrases << (skeleton.size() >= 3 ? QStringLiteral("\"~%1\"").arg(skeleton) : QStringLiteral("\"~%1~\"").arg(skeleton));
    return phrases.join(u' ');
}

} // namespace trellis::i18n
