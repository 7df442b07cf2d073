#pragma once
// An open workspace file: checks, migrations, settings and the record stores built on it.

#include "store/database.h"
#include "util/result.h"

#include <QString>
#include <QSet>
#include <QStringList>

#include <memory>

namespace trellis::store {

/// The workspace settings record: working languages, home partner, default currency.
struct WorkspaceSettings {
    QString uuid;
    QString name;
    QStringList workingLanguages; ///< ordered, canonical BCP 47 tags; at least one
    std::optional<qint64> homePartnerId;
    QString defaultCurrency; ///< ISO 4217 or empty
};

/// When opening runs PRAGMA quick_check (which reads the whole file) and refuses a file that fails it.
enum class QuickCheck {
    Daily,  ///< on the first read-write open of the day, before that day's automatic backup
    Always, ///< on every open
    Never,  ///< not at all (the check command reports problems itself)
};

/// How a workspace is opened.
struct OpenOptions {
    bool readOnly = false;
    bool dailyBackup = true; ///< write the once-a-day automatic backup on open
    QuickCheck quickCheck = QuickCheck::Daily;
};

/// One open .trellis file. Move-only; all record stores borrow its connection.
class Workspace {
public:
    /// Creates a new workspace file (refuses to overwrite an existing one).
    static Result<Workspace> create(const QString &path, const QStringList &workingLanguages,
                                    const QString &name = QString());
    /// Opens an existing workspace: refuses non-Trellis, newer and damaged files, migrates older ones.
    static Result<Workspace> open(const QString &path, const OpenOptions &options = {});

    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;
    ~Workspace();

    QString path() const { return m_db.path(); }
    Database &database() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }

    Result<WorkspaceSettings> settings() const;
    /// Validates and saves settings (languages canonicalised, currency checked against ICU).
    Status saveSettings(const WorkspaceSettings &settings);

    /// Registers the ICU collation of a language in this connection (once); working languages
    /// are registered on open.
    Status ensureCollation(const QString &languageTag);

    /// Who is recorded as the local author of new records (the OS user unless set).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

private:
    explicit Workspace(Database db);
    Status migrate(int fromVersion);
    Status registerWorkingCollations();
    Database m_db;
    QSet<QString> m_collations;
    int m_schemaVersion = 0;
    QString m_author;
};

} // namespace trellis::store
