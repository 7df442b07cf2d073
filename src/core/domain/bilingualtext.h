#pragma once
// A user-written text: its original language and text, and translations each with a status.

#include "util/result.h"
#include "util/text.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::domain {

/// Where a text stands in one language. Missing is never filled from another language.
enum class TranslationStatus { Missing, Machine, Human, Reviewed, Original };

QString statusKey(TranslationStatus status); ///< "machine", "human", ... as stored
std::optional<TranslationStatus> statusFromKey(const QString &key);

/// One translation of a text into one language.
struct Translation {
    QString text;
    TranslationStatus status = TranslationStatus::Human;
    QString translator;
    QDateTime translatedAt;
    bool operator==(const Translation &) const = default;
};

/// The original text with its language, and any number of translations.
class BilingualText {
public:
    BilingualText() = default;
    BilingualText(QString originalLanguage, QString original);

    const QString &originalLanguage() const { return m_originalLanguage; }
    const QString &original() const { return m_original; }
    void setOriginal(const QString &language, const QString &text);

    bool isEmpty() const { return isBlank(m_original) && m_translations.isEmpty(); }

    /// The status of the text in language: Original, a translation's status, or Missing.
    TranslationStatus statusIn(const QString &language) const;
    /// The text in language, or nothing when it is missing.
    std::optional<QString> textIn(const QString &language) const;
    std::optional<Translation> translation(const QString &language) const;

    void setTranslation(const QString &language, const Translation &translation);
    void removeTranslation(const QString &language);
    const QMap<QString, Translation> &translations() const { return m_translations; }
    /// Languages the text is readable in: the original's first, then translations.
    QStringList languages() const;

    /// Checks and normalises: canonical tags, NFC text, length limits, no translation into the
    /// original language, no empty translation. `field` names the field in messages.
    Status normalise(const QString &field);

    bool operator==(const BilingualText &) const = default;

private:
    QString m_originalLanguage;
    QString m_original;
    QMap<QString, Translation> m_translations;
};

} // namespace trellis::domain
