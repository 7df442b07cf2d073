#pragma once
// The fonts a report sets each language in: Noto families per script, CJK chosen per language.

#include <QString>

namespace trellis::reports {

/// How office formats class a script: ODF keeps a font and a language per class.
enum class ScriptClass { Western, Complex, Asian };

/// The family a language's text is set in and the script class it belongs to.
struct ReportFont {
    QString family;
    ScriptClass script = ScriptClass::Western;
};

/// The font for a BCP 47 tag ("fa" -> Noto Sans Arabic, complex; "ja" -> Noto Sans CJK JP, Asian;
/// "zh-Hans" -> Noto Sans CJK SC). Latin, Cyrillic, Greek and unknown tags get Noto Sans.
ReportFont reportFontFor(const QString &languageTag);

} // namespace trellis::reports
