#pragma once
// A small, strict argument reader for trellis-cli subcommands: positionals, --flags and --key VALUE.

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::cli {

/// Arguments of one subcommand, checked against what the subcommand accepts.
class CommandLine {
public:
    /// valueOptions take a value ("--languages en,es" or "--languages=en,es"); flags take none.
    CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positionals() const { return m_positionals; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;

    /// Sets an error unless there are between min and max positionals.
    bool expectPositionals(int min, int max, const QString &usage);

private:
    QStringList m_positionals;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QString m_error;
};

} // namespace trellis::cli
