#pragma once
// Apertium, the offline machine translator, run as a separate program (never linked): which
// pairs are installed, and translations of batches of texts with a timeout and a way to stop.

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>

namespace trellis::io {

/// How Apertium is run.
struct ApertiumOptions {
    QString program = QStringLiteral("apertium");
    std::chrono::milliseconds timeout{60000}; ///< for one batch; the process is killed after it
    const std::atomic_bool *stop = nullptr;    ///< set from another thread to stop early
};

/// The modes `apertium -l` lists ("eng-spa", "es-pt", "spa-eng_US"). An error says how to install.
Result<QStringList> apertiumModes(const ApertiumOptions &options);

/// The mode translating `from` into `to` among modes, matching ISO 639-1 or -3 codes (es, spa);
/// a plain mode before a variant (spa-eng before spa-eng_US). Nothing when no pair is installed.
std::optional<QString> apertiumModeFor(const QStringList &modes, const QString &from, const QString &to);

/// "No Apertium pair translates es into ar …": what a person sees, with how to check.
QString noPairMessage(const QString &from, const QString &to);

/// One machine translation: the text without Apertium's marks, and the words it did not know.
struct MachineDraft {
    QString text;
    QStringList unknownWords;
};

/// Apertium's output with its marks: "*word" (unknown), "#word" and "@word" (not generated or
/// transferred). The marks are removed; the unknown words are kept, once each, in order.
MachineDraft readApertiumOutput(const QString &output);

/// Translates texts with one Apertium process in the given mode (texts are separated by a line
/// Apertium leaves alone). Fails as a whole: not installed, a non-zero exit, a timeout, stopped.
Result<QList<MachineDraft>> apertiumTranslate(const QString &mode, const QStringList &texts,
                                              const ApertiumOptions &options);

} // namespace trellis::io
