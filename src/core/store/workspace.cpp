#include "store/workspace.h"

#include "i18n/collation.h"
#include "i18n/currency.h"
#include "i18n/language.h"
#include "store/backup.h"
#include "store/schema.h"
#include "store/schemaaudit.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "util/clock.h"
#include "util/log.h"

#include <QFileInfo>

namespace trellis::store {
namespace {

Result<qint64> pragmaInt(Database &db, const QString &pragma)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA ") + pragma);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

Result<QStringList> canonicalLanguages(const QStringList &languages)
{
    QStringList canonical;
    for (const QString &tag : languages) {
        auto c = i18n::canonicalLanguageTag(tag);
        if (!c)
            return c.error();
        if (canonical.contains(*c))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The working language %1 is listed twice").arg(*c));
        canonical << *c;
    }
    if (canonical.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A workspace needs at least one working language"));
    return canonical;
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

Status setDurability(Database &db)
{
    TRELLIS_TRY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    return db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

} // namespace

Workspace::Workspace(Database db) : m_db(std::move(db)), m_author(defaultAuthor()) {}
Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;
Workspace::~Workspace() = default;

Result<Workspace> Workspace::create(const QString &path, const QStringList &workingLanguages, const QString &name)
{
    auto languages = canonicalLanguages(workingLanguages);
    if (!languages)
        return languages.error();
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists; Trellis will not overwrite it").arg(path));
    auto opened = Database::open(path, OpenMode::ReadWriteCreate);
    if (!opened)
        return opened.error();
    Workspace ws(std::move(*opened));
    auto fail = [&](const Error &error) -> Result<Workspace> {
        ws.m_db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return error;
    };
    if (auto s = setDurability(ws.m_db); !s)
        return fail(s.error());
    if (auto s = ws.migrate(0); !s)
        return fail(s.error());
    auto tx = Transaction::begin(ws.m_db);
    if (!tx)
        return fail(tx.error());
    const QString now = nowUtc();
    auto insert = ws.m_db.prepare(QStringLiteral(
        "INSERT INTO workspace(id, uuid, name, created_at, updated_at) VALUES (1, ?, ?, ?, ?)"));
    if (!insert)
        return fail(insert.error());
    insert->bind(1, newUuid()).bind(2, name).bind(3, now).bind(4, now);
    if (auto s = insert->run(); !s)
        return fail(s.error());
    auto lang = ws.m_db.prepare(QStringLiteral("INSERT INTO working_language(position, tag) VALUES (?, ?)"));
    if (!lang)
        return fail(lang.error());
    for (int i = 0; i < languages->size(); ++i) {
        lang->reset();
        lang->bind(1, i).bind(2, languages->at(i));
        if (auto s = lang->run(); !s)
            return fail(s.error());
    }
    if (auto s = tx->commit(); !s)
        return fail(s.error());
    if (auto s = ws.registerWorkingCollations(); !s)
        return s.error();
    log::get("store")->info("workspace created, schema version {}", ws.m_schemaVersion);
    return ws;
}

Result<Workspace> Workspace::open(const QString &path, const OpenOptions &options)
{
    auto opened = Database::open(path, options.readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!opened)
        return opened.error();
    Workspace ws(std::move(*opened));
    const QString notOurs = QStringLiteral("%1 is not a Trellis workspace").arg(path);

    auto appId = pragmaInt(ws.m_db, QStringLiteral("application_id"));
    if (!appId) {
        if (appId.error().code == ErrorCode::NotAWorkspace)
            return makeError(ErrorCode::NotAWorkspace, notOurs + QStringLiteral(" (it is not an SQLite database)"));
        return appId.error();
    }
    if (*appId != schema::kApplicationId)
        return makeError(ErrorCode::NotAWorkspace, notOurs + QStringLiteral(" (it is another program's SQLite file)"));
    auto version = pragmaInt(ws.m_db, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (*version > schema::currentVersion())
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("%1 was written by a newer Trellis (format %2; this Trellis reads up to %3). "
                                        "Update Trellis to open it; the file was not changed.")
                             .arg(path).arg(*version).arg(schema::currentVersion()));
    ws.m_schemaVersion = int(*version);

    // A workspace is handed between alliances and archives: a trigger, view or index that Trellis
    // did not write could rewrite records on the next save, so such a file opens only read-only.
    auto audit = auditSchema(ws.m_db, ws.m_schemaVersion);
    if (!audit)
        return audit.error();
    if (!audit->isEmpty()) {
        log::get("store")->warn("schema differs from version {} in {} object(s)", ws.m_schemaVersion, audit->size());
        if (!options.readOnly)
            return foreignSchemaError(path, *audit);
    }

    // quick_check reads every page: once a day keeps a million-entry workspace opening instantly,
    // and no daily backup is ever taken of a file that fails it.
    const bool dailyDue = !options.readOnly && dailyBackupDue(path, QDate::currentDate());
    if (options.quickCheck == QuickCheck::Always || (options.quickCheck == QuickCheck::Daily && dailyDue)) {
        auto check = ws.m_db.prepare(QStringLiteral("PRAGMA quick_check"));
        if (!check)
            return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is damaged: %2").arg(path, check.error().message));
        auto row = check->step();
        if (!row || !*row || check->text(0) != QLatin1String("ok"))
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("%1 is damaged and cannot be opened safely (SQLite reports: %2); "
                                            "restore the latest automatic backup")
                                 .arg(path, row && *row ? check->text(0) : row ? QString() : row.error().message));
    }

    if (options.readOnly) {
        if (ws.m_schemaVersion < schema::currentVersion())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 needs to be upgraded; open it once without read-only mode").arg(path));
        TRELLIS_TRY(ws.registerWorkingCollations());
        return ws;
    }
    TRELLIS_TRY(setDurability(ws.m_db));
    if (ws.m_schemaVersion < schema::currentVersion()) {
        auto backup = writeAutomaticBackup(ws.m_db, QStringLiteral("before-upgrade-v%1").arg(ws.m_schemaVersion));
        if (!backup)
            return backup.error();
        TRELLIS_TRY(ws.migrate(ws.m_schemaVersion));
    } else if (options.dailyBackup && dailyDue) {
        auto backup = writeAutomaticBackup(ws.m_db, QStringLiteral("daily"));
        if (!backup)
            log::get("store")->warn("daily backup failed (code {})", int(backup.error().code));
    }
    TRELLIS_TRY(ws.registerWorkingCollations());
    return ws;
}

Status Workspace::migrate(int fromVersion)
{
    // Every step in one transaction: a file is at its old version or the current one, never in
    // between, whatever stops the upgrade (a kill, a full disk, a step that fails).
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const auto &migration : schema::migrations()) {
        if (migration.from < fromVersion)
            continue;
        TRELLIS_TRY(m_db.exec(migration.sql));
        if (migration.code)
            TRELLIS_TRY(migration.code(m_db));
    }
    TRELLIS_TRY(m_db.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
    TRELLIS_TRY(m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion())));
    TRELLIS_TRY(tx->commit());
    log::get("store")->info("schema migrated from version {} to version {}", fromVersion, schema::currentVersion());
    m_schemaVersion = schema::currentVersion();
    return {};
}

Status Workspace::ensureCollation(const QString &languageTag)
{
    if (m_collations.contains(languageTag))
        return {};
    TRELLIS_TRY(i18n::registerCollations(m_db.handle(), {languageTag}));
    m_collations.insert(languageTag);
    return {};
}

Status Workspace::registerWorkingCollations()
{
    auto s = settings();
    if (!s)
        return s.error();
    TRELLIS_TRY(i18n::registerCollations(m_db.handle(), s->workingLanguages));
    for (const QString &tag : s->workingLanguages)
        m_collations.insert(tag);
    return {};
}

Result<WorkspaceSettings> Workspace::settings() const
{
    WorkspaceSettings s;
    TRELLIS_TRY_ASSIGN(Statement row, m_db.prepare(QStringLiteral(
        "SELECT uuid, name, home_partner_id, default_currency FROM workspace WHERE id = 1")));
    TRELLIS_TRY(row.requireRow(makeError(ErrorCode::Corrupt, QStringLiteral("The workspace has lost its settings record"))));
    row.readAll(s.uuid, s.name, s.homePartnerId, s.defaultCurrency);
    TRELLIS_TRY_ASSIGN(Statement languages, m_db.prepare(QStringLiteral("SELECT tag FROM working_language ORDER BY position")));
    TRELLIS_TRY_ASSIGN(s.workingLanguages, languages.collect([](const Statement &language) { return language.text(0); }));
    return s;
}

Status Workspace::saveSettings(const WorkspaceSettings &settings)
{
    auto languages = canonicalLanguages(settings.workingLanguages);
    if (!languages)
        return languages.error();
    if (!settings.defaultCurrency.isEmpty() && !i18n::isCurrencyCode(settings.defaultCurrency))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(settings.defaultCurrency));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE workspace SET name = ?, home_partner_id = ?, default_currency = ?, updated_at = ? WHERE id = 1"));
    if (!update)
        return update.error();
    update->bind(1, settings.name)
        .bind(2, settings.homePartnerId)
        .bind(3, settings.defaultCurrency)
        .bind(4, nowUtc());
    if (auto s = update->run(); !s) {
        if (s.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::NotFound, QStringLiteral("The home partner does not exist"));
        return s.error();
    }
    TRELLIS_TRY(m_db.exec(QStringLiteral("DELETE FROM working_language")));
    auto lang = m_db.prepare(QStringLiteral("INSERT INTO working_language(position, tag) VALUES (?, ?)"));
    if (!lang)
        return lang.error();
    for (int i = 0; i < languages->size(); ++i) {
        lang->reset();
        lang->bind(1, i).bind(2, languages->at(i));
        TRELLIS_TRY(lang->run());
    }
    TRELLIS_TRY(tx->commit());
    return registerWorkingCollations();
}

} // namespace trellis::store
