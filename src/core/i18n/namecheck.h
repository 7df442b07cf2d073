#pragma once
// Names that deceive: hidden direction controls, invisible characters, mixed scripts and look-alikes (UTS #39).

#include <QString>
#include <QStringList>

namespace trellis::i18n {

/// What is suspicious about a name; all false for an honest one.
struct NameWarnings {
    bool bidiControls = false;  ///< U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C inside
    bool invisible = false;     ///< zero-width or other default-ignorable characters, stacked marks
    bool mixedScripts = false;  ///< letters from scripts that are not normally written together ("Pаypal" with Cyrillic а)
    bool mixedDigits = false;   ///< digits from more than one digit system ("123 ١٢٣")
    bool malformed = false;     ///< unpaired surrogates

    bool any() const { return bidiControls || invisible || mixedScripts || mixedDigits || malformed; }
    /// One short English sentence per warning, for the GUI to translate and show.
    QStringList descriptions() const;
};

/// Checks a partner or person name before it is stored.
NameWarnings checkName(const QString &name);

/// True if text contains any bidi control character (the list in NameWarnings::bidiControls).
bool hasBidiControls(const QString &text);

/// The UTS #39 skeleton of a name, made case-insensitive and blind to invisible characters and
/// spacing: names with the same skeleton look alike ("Paypal" and "Pаypal" -> "paypal").
/// Store it beside the name to find look-alikes with an index.
QString confusableSkeleton(const QString &name);

/// True when the two names could be mistaken for each other (equal skeletons), identical names included.
bool areConfusable(const QString &a, const QString &b);

} // namespace trellis::i18n
