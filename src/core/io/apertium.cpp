#include "io/apertium.h"

#include "i18n/iculocale.h"
#include "util/log.h"

#include <QProcess>
#include <QRegularExpression>

namespace trellis::io {
namespace {

// A paragraph of its own that Apertium copies through untranslated (checked by the tests).
const QString kSeparator = QStringLiteral("\n\n⁂\n\n");

QString notInstalled(const QString &program)
{
    return QStringLiteral("Apertium is not installed (\"%1\" cannot be run). Install apertium and a pair such as "
                          "apertium-eng-spa; `apertium -l` lists the installed pairs.")
        .arg(program);
}

/// Runs program with arguments and input, waiting in short slices so that a stop is seen quickly.
Result<QByteArray> runApertium(const QString &program, const QStringList &arguments, const QByteArray &input,
                       const ApertiumOptions &options)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return makeError(ErrorCode::NotFound, notInstalled(program));
    process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    while (!process.waitForFinished(100)) {
        output += process.readAllStandardOutput();
        if (options.stop && options.stop->load()) {
            process.kill();
            process.waitForFinished(5000);
            return makeError(ErrorCode::Io, QStringLiteral("Apertium was stopped"));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            process.kill();
            process.waitForFinished(5000);
            log::get("io")->warn("apertium timed out after {} ms", options.timeout.count());
            return makeError(ErrorCode::Io, QStringLiteral("Apertium did not answer within %1 s and was stopped")
                                                .arg(std::chrono::duration_cast<std::chrono::seconds>(options.timeout).count()));
        }
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        log::get("io")->warn("apertium failed with exit code {}", process.exitCode());
        return makeError(ErrorCode::Io, QStringLiteral("Apertium failed (exit code %1)%2")
                                            .arg(process.exitCode())
                                            .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    }
    return output;
}

/// The codes a mode may use for a tag: its ISO 639-1 and ISO 639-3 language codes.
QStringList codesFor(const QString &tag)
{
    auto locale = i18n::icuLocaleFor(tag);
    if (!locale)
        return {};
    QStringList codes{QString::fromLatin1(locale->getLanguage())};
    const QString three = QString::fromLatin1(locale->getISO3Language());
    if (!three.isEmpty() && !codes.contains(three))
        codes << three;
    return codes;
}

} // namespace

Result<QStringList> apertiumModes(const ApertiumOptions &options)
{
    auto listed = runApertium(options.program, {QStringLiteral("-l")}, {}, options);
    if (!listed)
        return listed.error();
    QStringList modes;
    for (const QString &line : QString::fromUtf8(*listed).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            modes << line.trimmed();
    }
    return modes;
}

std::optional<QString> apertiumModeFor(const QStringList &modes, const QString &from, const QString &to)
{
    const QStringList fromCodes = codesFor(from);
    const QStringList toCodes = codesFor(to);
    std::optional<QString> variant;
    for (const QString &mode : modes) {
        const QString pair = mode.section(u'_', 0, 0);
        const QStringList sides = pair.split(u'-');
        if (sides.size() != 2 || !fromCodes.contains(sides.at(0)) || !toCodes.contains(sides.at(1)))
            continue;
        if (pair == mode)
            return mode;
        if (!variant)
            variant = mode;
    }
    return variant;
}

QString noPairMessage(const QString &from, const QString &to)
{
    return QStringLiteral("No Apertium pair translates %1 into %2 on this computer. `apertium -l` lists the "
                          "installed pairs; Debian packages them as apertium-<pair> (e.g. apertium-eng-spa).")
        .arg(from, to);
}

MachineDraft readApertiumOutput(const QString &output)
{
    static const QRegularExpression marked(QStringLiteral("([*#@])(\\w[\\w'’-]*)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    MachineDraft draft;
    qsizetype last = 0;
    auto it = marked.globalMatch(output);
    while (it.hasNext()) {
        const auto match = it.next();
        draft.text += output.mid(last, match.capturedStart() - last);
        draft.text += match.captured(2);
        last = match.capturedEnd();
        if (match.captured(1) == QLatin1String("*") && !draft.unknownWords.contains(match.captured(2)))
            draft.unknownWords << match.captured(2);
    }
    draft.text += output.mid(last);
    return draft;
}

Result<QList<MachineDraft>> apertiumTranslate(const QString &mode, const QStringList &texts, const ApertiumOptions &options)
{
    QList<MachineDraft> drafts;
    // A text that holds the separator itself goes alone.
    QStringList batch;
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        auto output = runApertium(options.program, {mode}, batch.join(kSeparator).toUtf8(), options);
        if (!output)
            return output.error();
        const QStringList parts = QString::fromUtf8(*output).split(kSeparator.trimmed());
        if (parts.size() != batch.size())
            return makeError(ErrorCode::Io, QStringLiteral("Apertium's answer did not keep the texts apart (%1 texts in, %2 out)")
                                                .arg(batch.size()).arg(parts.size()));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            MachineDraft draft = readApertiumOutput(parts.at(i).trimmed());
            draft.text = draft.text.normalized(QString::NormalizationForm_C);
            drafts.append(std::move(draft));
        }
        batch.clear();
        return {};
    };
    for (const QString &text : texts) {
        if (text.contains(kSeparator.trimmed())) {
            TRELLIS_TRY(flush());
            batch << text;
            TRELLIS_TRY(flush());
        } else {
            batch << text;
        }
    }
    TRELLIS_TRY(flush());
    return drafts;
}

} // namespace trellis::io
