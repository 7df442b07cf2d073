#include "cli/commandline.h"

namespace trellis::cli {

CommandLine::CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            m_positionals += arguments.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments.at(++i));
            } else {
                m_error = QStringLiteral("--%1 needs a value").arg(name);
                return;
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

std::optional<QString> CommandLine::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

bool CommandLine::expectPositionals(int min, int max, const QString &usage)
{
    if (!ok())
        return false;
    if (m_positionals.size() < min || m_positionals.size() > max) {
        m_error = QStringLiteral("usage: trellis-cli %1").arg(usage);
        return false;
    }
    return true;
}

} // namespace trellis::cli
