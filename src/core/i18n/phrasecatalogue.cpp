// The plural phrases for counted things, per language, as ICU MessageFormat patterns.
// Categories follow CLDR 42 plural rules: ar has zero/one/two/few/many/other, ru one/few/many/other,
// he one/two/other, fa/hi/pt/fr treat 0 and 1 as "one", zh/ja/th have only "other".
#include "i18n/phrases.h"

#include <QHash>

namespace trellis::i18n {
namespace {

struct Phrases {
    const char16_t *entries;
    const char16_t *words;
    const char16_t *pages;
    const char16_t *nights;
};

const QHash<QString, Phrases> &catalogue()
{
    static const QHash<QString, Phrases> phrases = {
        {QStringLiteral("en"), {u"{0, plural, one {# entry} other {# entries}}", u"{0, plural, one {# word} other {# words}}",
                                u"{0, plural, one {# page} other {# pages}}", u"{0, plural, one {# night} other {# nights}}"}},
        {QStringLiteral("de"), {u"{0, plural, one {# Eintrag} other {# Einträge}}", u"{0, plural, one {# Wort} other {# Wörter}}",
                                u"{0, plural, one {# Seite} other {# Seiten}}", u"{0, plural, one {# Nacht} other {# Nächte}}"}},
        {QStringLiteral("es"), {u"{0, plural, one {# entrada} other {# entradas}}", u"{0, plural, one {# palabra} other {# palabras}}",
                                u"{0, plural, one {# página} other {# páginas}}", u"{0, plural, one {# noche} other {# noches}}"}},
        {QStringLiteral("fr"), {u"{0, plural, one {# entrée} other {# entrées}}", u"{0, plural, one {# mot} other {# mots}}",
                                u"{0, plural, one {# page} other {# pages}}", u"{0, plural, one {# nuit} other {# nuits}}"}},
        {QStringLiteral("pt"), {u"{0, plural, one {# entrada} other {# entradas}}", u"{0, plural, one {# palavra} other {# palavras}}",
                                u"{0, plural, one {# página} other {# páginas}}", u"{0, plural, one {# noite} other {# noites}}"}},
        {QStringLiteral("ru"), {u"{0, plural, one {# запись} few {# записи} many {# записей} other {# записи}}",
                                u"{0, plural, one {# слово} few {# слова} many {# слов} other {# слова}}",
                                u"{0, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}",
                                u"{0, plural, one {# ночь} few {# ночи} many {# ночей} other {# ночи}}"}},
        {QStringLiteral("ar"), {u"{0, plural, one {إدخال واحد} two {إدخالان} few {# إدخالات} many {# إدخالًا} other {# إدخال}}",
                                u"{0, plural, one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمةً} other {# كلمة}}",
                                u"{0, plural, one {صفحة واحدة} two {صفحتان} few {# صفحات} many {# صفحةً} other {# صفحة}}",
                                u"{0, plural, one {ليلة واحدة} two {ليلتان} few {# ليالٍ} many {# ليلةً} other {# ليلة}}"}},
        {QStringLiteral("fa"), {u"{0, plural, other {# ورودی}}", u"{0, plural, other {# واژه}}",
                                u"{0, plural, other {# صفحه}}", u"{0, plural, other {# شب}}"}},
        {QStringLiteral("he"), {u"{0, plural, one {רשומה אחת} other {# רשומות}}", u"{0, plural, one {מילה אחת} other {# מילים}}",
                                u"{0, plural, one {עמוד אחד} other {# עמודים}}", u"{0, plural, one {לילה אחד} other {# לילות}}"}},
        {QStringLiteral("zh"), {u"{0, plural, other {# 条记录}}", u"{0, plural, other {# 个词}}",
                                u"{0, plural, other {# 页}}", u"{0, plural, other {# 晚}}"}},
        {QStringLiteral("ja"), {u"{0, plural, other {# 件}}", u"{0, plural, other {# 語}}",
                                u"{0, plural, other {# ページ}}", u"{0, plural, other {# 泊}}"}},
        {QStringLiteral("hi"), {u"{0, plural, one {# प्रविष्टि} other {# प्रविष्टियाँ}}", u"{0, plural, other {# शब्द}}",
                                u"{0, plural, other {# पृष्ठ}}", u"{0, plural, one {# रात} other {# रातें}}"}},
        {QStringLiteral("th"), {u"{0, plural, other {# รายการ}}", u"{0, plural, other {# คำ}}",
                                u"{0, plural, other {# หน้า}}", u"{0, plural, other {# คืน}}"}},
        {QStringLiteral("sw"), {u"{0, plural, one {ingizo #} other {maingizo #}}", u"{0, plural, one {neno #} other {maneno #}}",
                                u"{0, plural, one {ukurasa #} other {kurasa #}}", u"{0, plural, other {usiku #}}"}},
    };
    return phrases;
}

} // namespace

QString countPattern(CountedThing thing, const QString &language)
{
    auto it = catalogue().constFind(language);
    if (it == catalogue().constEnd())
        return {};
    switch (thing) {
    case CountedThing::Entries: return QString::fromUtf16(it->entries);
    case CountedThing::Words: return QString::fromUtf16(it->words);
    case CountedThing::Pages: return QString::fromUtf16(it->pages);
    case CountedThing::Nights: return QString::fromUtf16(it->nights);
    }
    return {};
}

} // namespace trellis::i18n
