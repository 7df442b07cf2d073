#include "store/schema.h"

#include "store/database.h"
#include "store/ledgerchain.h"
#include "store/statement.h"
#include "i18n/consonantskeleton.h"
#include "i18n/searchkey.h"

namespace trellis::store::schema {
namespace {

/// Stores keyOf(body) as the search key of every text version whose key it changes. Writing an
/// unchanged key again would change nothing: the rows stay as they are and, while version 2
/// rekeys, no trigger watches the key (version 6's update trigger would only redo the same rows).
Status rekeyTexts(Database &db, QString (*keyOf)(const QString &))
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT id, body, search_key FROM bitext_version")));
    TRELLIS_TRY_ASSIGN(Statement update, db.query(QStringLiteral("UPDATE bitext_version SET search_key = ? WHERE id = ?")));
    return select.forEachRow([&](Statement &row) -> Status {
        const QString key = keyOf(row.text(1));
        if (key == row.text(2))
            return {};
        update.reset();
        update.bindAll(key, row.int64(0));
        return update.run();
    });
}

/// Version 2's code: search keys recomputed with today's rules, both indexes rebuilt, and the
/// chain built over the entries already posted, in posting order.
Status upgradeToVersion2(Database &db)
{
    TRELLIS_TRY(rekeyTexts(db, &i18n::searchKey));
    // The update trigger joins only now: while keys were recomputed, key_search had no rows to delete.
    TRELLIS_TRY(db.exec(QString::fromUtf16(uR"sql(
CREATE TRIGGER text_search_update AFTER UPDATE OF body, search_key ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = NEW.text_id) = 0
BEGIN
    INSERT INTO text_search(text_search, rowid, body, search_key)
    VALUES ('delete', OLD.id, OLD.body, OLD.search_key);
    INSERT INTO text_search(rowid, body, search_key) VALUES (NEW.id, NEW.body, NEW.search_key);
    INSERT INTO key_search(key_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
    INSERT INTO key_search(rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;
INSERT INTO text_search(text_search) VALUES ('rebuild');
INSERT INTO key_search(key_search) VALUES ('rebuild');
)sql")));
    TRELLIS_TRY_ASSIGN(Statement posted, db.query(QStringLiteral(
        "SELECT id FROM ledger_entry WHERE status = 'posted' ORDER BY posted_at, id")));
    return posted.forEachRow([&](Statement &row) { return appendToChain(db, row.int64(0)); });
}

/// Version 6's code: every stored search key gains the consonant skeletons of its abjad words
/// (i18n::indexedSearchKey), so that romanized queries find names written without short vowels.
/// The update trigger keeps both full-text indexes in step.
Status upgradeToConsonantSkeletons(Database &db)
{
    // A text with no abjad word keeps its key and is not written.
    return rekeyTexts(db, &i18n::indexedSearchKey);
}

// Version 1: the four record kinds, bilingual text and its full-text index.
// docs/file-format.md describes every table; keep the two in step.
const char16_t *const kVersion1 = uR"sql(
CREATE TABLE workspace (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    uuid             TEXT NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    home_partner_id  INTEGER REFERENCES partner(id) ON DELETE SET NULL,
    default_currency TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE working_language (
    position INTEGER PRIMARY KEY,
    tag      TEXT NOT NULL UNIQUE
);

CREATE TABLE bitext (
    id            INTEGER PRIMARY KEY,
    owner_kind    TEXT NOT NULL,
    owner_uuid    TEXT NOT NULL,
    field         TEXT NOT NULL,
    original_lang TEXT NOT NULL,
    sensitive     INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    UNIQUE (owner_uuid, field)
);

CREATE TABLE bitext_version (
    id            INTEGER PRIMARY KEY,
    text_id       INTEGER NOT NULL REFERENCES bitext(id) ON DELETE CASCADE,
    lang          TEXT NOT NULL,
    body          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('original', 'machine', 'human', 'reviewed')),
    translator    TEXT NOT NULL DEFAULT '',
    translated_at TEXT,
    search_key    TEXT NOT NULL DEFAULT '',
    UNIQUE (text_id, lang)
);

CREATE TRIGGER bitext_locked_original_update BEFORE UPDATE OF body, lang, status ON bitext_version
WHEN OLD.status = 'original' AND (SELECT locked FROM bitext WHERE id = OLD.text_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the original text of a posted record is immutable');
END;

CREATE TRIGGER bitext_locked_original_delete BEFORE DELETE ON bitext_version
WHEN OLD.status = 'original' AND (SELECT locked FROM bitext WHERE id = OLD.text_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the original text of a posted record is immutable');
END;

CREATE TRIGGER bitext_locked_delete BEFORE DELETE ON bitext WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'the text of a posted record is immutable');
END;

CREATE TRIGGER bitext_delete_versions BEFORE DELETE ON bitext
BEGIN
    DELETE FROM bitext_version WHERE text_id = OLD.id;
END;

-- The texts that search may see: everything but sensitive fields (contact notes).
CREATE VIEW searchable_text AS
    SELECT v.id AS id, v.body AS body, v.search_key AS search_key
    FROM bitext_version v JOIN bitext t ON t.id = v.text_id
    WHERE t.sensitive = 0;

CREATE VIRTUAL TABLE text_search USING fts5(
    body, search_key,
    content = 'searchable_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER text_search_insert AFTER INSERT ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = NEW.text_id) = 0
BEGIN
    INSERT INTO text_search(rowid, body, search_key) VALUES (NEW.id, NEW.body, NEW.search_key);
END;

CREATE TRIGGER text_search_delete AFTER DELETE ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = OLD.text_id) = 0
BEGIN
    INSERT INTO text_search(text_search, rowid, body, search_key)
    VALUES ('delete', OLD.id, OLD.body, OLD.search_key);
END;

CREATE TRIGGER text_search_update AFTER UPDATE OF body, search_key ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = NEW.text_id) = 0
BEGIN
    INSERT INTO text_search(text_search, rowid, body, search_key)
    VALUES ('delete', OLD.id, OLD.body, OLD.search_key);
    INSERT INTO text_search(rowid, body, search_key) VALUES (NEW.id, NEW.body, NEW.search_key);
END;

CREATE TABLE partner (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    name_text_id    INTEGER NOT NULL REFERENCES bitext(id),
    name_latin      TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('movement', 'union', 'collective', 'envoy', 'other')),
    country         TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT '',
    locale          TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT '',
    goals_text_id   INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    contact_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    author          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE goal_paraphrase (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    partner_id    INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    by_partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    text_id       INTEGER NOT NULL REFERENCES bitext(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    CHECK (partner_id <> by_partner_id)
);
CREATE INDEX goal_paraphrase_partner ON goal_paraphrase(partner_id);

CREATE TABLE ledger_entry (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    occurred_on       TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    from_partner_id   INTEGER NOT NULL REFERENCES partner(id),
    to_partner_id     INTEGER NOT NULL REFERENCES partner(id),
    kind              TEXT NOT NULL CHECK (kind IN ('funds', 'time', 'translation', 'hosting',
                          'emotional_labour', 'cultural_labour', 'contextualising_news', 'materials',
                          'expertise', 'moral_leadership', 'other')),
    quantity          INTEGER,
    unit              TEXT NOT NULL DEFAULT '',
    narrative_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    status            TEXT NOT NULL CHECK (status IN ('draft', 'posted')),
    reverses_id       INTEGER UNIQUE REFERENCES ledger_entry(id),
    posted_at         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author            TEXT NOT NULL DEFAULT '',
    CHECK (from_partner_id <> to_partner_id),
    CHECK ((unit = '') = (quantity IS NULL)),
    CHECK (quantity IS NULL OR quantity > 0 OR reverses_id IS NOT NULL),
    CHECK ((status = 'posted') = (posted_at IS NOT NULL))
);
CREATE INDEX ledger_entry_from ON ledger_entry(from_partner_id, unit, occurred_on);
CREATE INDEX ledger_entry_to ON ledger_entry(to_partner_id, unit, occurred_on);
CREATE INDEX ledger_entry_date ON ledger_entry(occurred_on, id);

CREATE TRIGGER ledger_entry_posted_update BEFORE UPDATE ON ledger_entry WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted ledger entries are immutable; record a correcting entry instead');
END;

CREATE TRIGGER ledger_entry_posted_delete BEFORE DELETE ON ledger_entry WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted ledger entries are immutable; record a correcting entry instead');
END;

CREATE TRIGGER ledger_entry_reversal_matches BEFORE INSERT ON ledger_entry
WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM ledger_entry o
    WHERE o.id = NEW.reverses_id AND o.status = 'posted' AND o.reverses_id IS NULL
      AND o.from_partner_id = NEW.from_partner_id AND o.to_partner_id = NEW.to_partner_id
      AND o.kind = NEW.kind AND o.unit = NEW.unit AND o.quantity IS -NEW.quantity)
BEGIN
    SELECT RAISE(ABORT, 'a correcting entry must reverse a posted entry exactly');
END;

CREATE TABLE funds_approval (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    entry_id   INTEGER NOT NULL REFERENCES ledger_entry(id),
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    action     TEXT NOT NULL CHECK (action IN ('approve', 'withdraw')),
    by_name    TEXT NOT NULL CHECK (length(trim(by_name)) > 0),
    at         TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX funds_approval_entry ON funds_approval(entry_id, partner_id, id);

CREATE TRIGGER funds_approval_side BEFORE INSERT ON funds_approval
WHEN NOT EXISTS (SELECT 1 FROM ledger_entry e
                 WHERE e.id = NEW.entry_id AND e.kind = 'funds'
                   AND NEW.partner_id IN (e.from_partner_id, e.to_partner_id))
BEGIN
    SELECT RAISE(ABORT, 'only the two partners of a funds entry can approve it');
END;

CREATE TRIGGER funds_approval_no_update BEFORE UPDATE ON funds_approval
BEGIN
    SELECT RAISE(ABORT, 'approvals are immutable; record a withdrawal instead');
END;

CREATE TRIGGER funds_approval_no_delete BEFORE DELETE ON funds_approval
BEGIN
    SELECT RAISE(ABORT, 'approvals are immutable; record a withdrawal instead');
END;

CREATE TABLE retro (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    held_on      TEXT NOT NULL,
    quarter      TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    facilitator  TEXT NOT NULL DEFAULT '',
    lang_a       TEXT NOT NULL,
    lang_b       TEXT NOT NULL,
    published_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL DEFAULT '',
    CHECK (lang_a <> lang_b)
);

CREATE TABLE retro_participant (
    retro_id   INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (retro_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE retro_answer (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    retro_id          INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    question          TEXT NOT NULL CHECK (question IN ('extractive', 'transformative', 'shared_risk')),
    author_partner_id INTEGER REFERENCES partner(id),
    text_id           INTEGER NOT NULL REFERENCES bitext(id),
    tags              TEXT NOT NULL DEFAULT '',
    votes             INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX retro_answer_retro ON retro_answer(retro_id, question, position);

CREATE TABLE retro_action (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    retro_id   INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    partner_id INTEGER REFERENCES partner(id),
    text_id    INTEGER NOT NULL REFERENCES bitext(id),
    due_on     TEXT,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX retro_action_retro ON retro_action(retro_id);

CREATE TABLE protocol (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    lineage_uuid     TEXT NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    title_text_id    INTEGER NOT NULL REFERENCES bitext(id),
    triggers_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    roles_text_id    INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    review_due       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    author           TEXT NOT NULL DEFAULT '',
    UNIQUE (lineage_uuid, version)
);

CREATE TABLE protocol_step (
    protocol_id INTEGER NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text_id     INTEGER NOT NULL REFERENCES bitext(id),
    PRIMARY KEY (protocol_id, position)
) WITHOUT ROWID;

CREATE TABLE protocol_agreement (
    protocol_id INTEGER NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
    partner_id  INTEGER NOT NULL REFERENCES partner(id),
    agreed_on   TEXT NOT NULL,
    by_name     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (protocol_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE incident (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    protocol_id     INTEGER REFERENCES protocol(id),
    occurred_on     TEXT NOT NULL,
    summary_text_id INTEGER NOT NULL REFERENCES bitext(id),
    outcome_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    lessons_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    author          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incident_protocol ON incident(protocol_id);

CREATE TABLE rehearsal (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    held_on              TEXT NOT NULL,
    scenario_text_id     INTEGER NOT NULL REFERENCES bitext(id),
    observations_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    followups_text_id    INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    author               TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rehearsal_participant (
    rehearsal_id INTEGER NOT NULL REFERENCES rehearsal(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (rehearsal_id, partner_id)
) WITHOUT ROWID;
)sql";

// Version 2: the tamper-evident chain of posted entries, import fingerprints, and a trigram
// index over search keys so that any three letters of a name find it, in any script.
const char16_t *const kVersion2 = uR"sql(
CREATE TABLE ledger_chain (
    position INTEGER PRIMARY KEY CHECK (position >= 1),
    entry_id INTEGER NOT NULL UNIQUE REFERENCES ledger_entry(id),
    hash     BLOB NOT NULL CHECK (length(hash) = 32)
);

CREATE TRIGGER ledger_chain_no_update BEFORE UPDATE ON ledger_chain
BEGIN
    SELECT RAISE(ABORT, 'the ledger chain is immutable');
END;

CREATE TRIGGER ledger_chain_no_delete BEFORE DELETE ON ledger_chain
BEGIN
    SELECT RAISE(ABORT, 'the ledger chain is immutable');
END;

CREATE TABLE ledger_import_key (
    fingerprint TEXT PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES ledger_entry(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ledger_import_key_entry ON ledger_import_key(entry_id);

CREATE VIRTUAL TABLE key_search USING fts5(
    search_key,
    content = 'searchable_text', content_rowid = 'id',
    tokenize = 'trigram'
);

DROP TRIGGER text_search_insert;
DROP TRIGGER text_search_delete;
DROP TRIGGER text_search_update;

CREATE TRIGGER text_search_insert AFTER INSERT ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = NEW.text_id) = 0
BEGIN
    INSERT INTO text_search(rowid, body, search_key) VALUES (NEW.id, NEW.body, NEW.search_key);
    INSERT INTO key_search(rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;

CREATE TRIGGER text_search_delete AFTER DELETE ON bitext_version
WHEN (SELECT sensitive FROM bitext WHERE id = OLD.text_id) = 0
BEGIN
    INSERT INTO text_search(text_search, rowid, body, search_key)
    VALUES ('delete', OLD.id, OLD.body, OLD.search_key);
    INSERT INTO key_search(key_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
END;


CREATE INDEX bitext_owner ON bitext(owner_kind, owner_uuid);
)sql";

// Version 3: an index per ledger list order, so a list reads any page in that order from an
// index: one value of the column at a time (kind, status, partner, unit), then by date and id.
// Status is indexed as the expression (status = 'posted'): a plain status index would be chosen
// for balances' "posted in a period" and read it in date order, five times slower at 1M entries.
const char16_t *const kVersion3 = uR"sql(
CREATE INDEX ledger_entry_kind ON ledger_entry(kind, occurred_on, id);
CREATE INDEX ledger_entry_posted ON ledger_entry((status = 'posted'), occurred_on, id);
CREATE INDEX ledger_entry_from_date ON ledger_entry(from_partner_id, occurred_on, id);
CREATE INDEX ledger_entry_to_date ON ledger_entry(to_partner_id, occurred_on, id);
CREATE INDEX ledger_entry_quantity ON ledger_entry(unit, quantity, occurred_on, id);
)sql";

// Facilitation: a retro run live keeps its phase and vote rules, its themes, each participant's
// votes, check-in (open actions reviewed, local updates) and discussion notes. The texts of
// these records go with them: a trigger removes each one's bitext when its row is deleted,
// also when a retro's delete cascades to it.
const char16_t *const kFacilitation = uR"sql(
ALTER TABLE retro ADD COLUMN phase TEXT NOT NULL DEFAULT 'check_in'
    CHECK (phase IN ('check_in', 'write', 'reveal', 'group', 'vote', 'discuss', 'actions', 'close'));
ALTER TABLE retro ADD COLUMN votes_per_participant INTEGER NOT NULL DEFAULT 3
    CHECK (votes_per_participant BETWEEN 1 AND 20);
ALTER TABLE retro ADD COLUMN votes_per_answer INTEGER NOT NULL DEFAULT 2 CHECK (votes_per_answer >= 1);
ALTER TABLE retro ADD COLUMN vote_closed INTEGER NOT NULL DEFAULT 0 CHECK (vote_closed IN (0, 1));
ALTER TABLE retro ADD COLUMN anonymous_answers INTEGER NOT NULL DEFAULT 1 CHECK (anonymous_answers IN (0, 1));

CREATE TABLE retro_theme (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    retro_id      INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    title_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    tags          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX retro_theme_retro ON retro_theme(retro_id);

ALTER TABLE retro_answer ADD COLUMN theme_id INTEGER REFERENCES retro_theme(id) ON DELETE SET NULL;
ALTER TABLE retro_action ADD COLUMN carried_from_id INTEGER REFERENCES retro_action(id) ON DELETE SET NULL;

CREATE TABLE retro_vote (
    answer_id        INTEGER NOT NULL REFERENCES retro_answer(id) ON DELETE CASCADE,
    voter_partner_id INTEGER NOT NULL REFERENCES partner(id),
    count            INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (answer_id, voter_partner_id)
) WITHOUT ROWID;

CREATE TABLE retro_note (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    retro_id   INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    theme_id   INTEGER UNIQUE REFERENCES retro_theme(id) ON DELETE CASCADE,
    answer_id  INTEGER UNIQUE REFERENCES retro_answer(id) ON DELETE CASCADE,
    text_id    INTEGER NOT NULL REFERENCES bitext(id),
    updated_at TEXT NOT NULL,
    CHECK ((theme_id IS NULL) <> (answer_id IS NULL))
);
CREATE INDEX retro_note_retro ON retro_note(retro_id);

CREATE TABLE retro_local_update (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    retro_id   INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    text_id    INTEGER NOT NULL REFERENCES bitext(id),
    updated_at TEXT NOT NULL,
    UNIQUE (retro_id, partner_id)
);

CREATE TABLE retro_action_review (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    retro_id     INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,
    action_id    INTEGER NOT NULL REFERENCES retro_action(id) ON DELETE CASCADE,
    outcome      TEXT NOT NULL CHECK (outcome IN ('done', 'carried_over', 'dropped')),
    note_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    reviewed_at  TEXT NOT NULL,
    UNIQUE (retro_id, action_id)
);
CREATE INDEX retro_action_review_action ON retro_action_review(action_id);

CREATE TRIGGER retro_theme_text AFTER DELETE ON retro_theme WHEN OLD.title_text_id IS NOT NULL
BEGIN
    DELETE FROM bitext WHERE id = OLD.title_text_id;
END;
CREATE TRIGGER retro_note_text AFTER DELETE ON retro_note
BEGIN
    DELETE FROM bitext WHERE id = OLD.text_id;
END;
CREATE TRIGGER retro_local_update_text AFTER DELETE ON retro_local_update
BEGIN
    DELETE FROM bitext WHERE id = OLD.text_id;
END;
CREATE TRIGGER retro_action_review_text AFTER DELETE ON retro_action_review WHEN OLD.note_text_id IS NOT NULL
BEGIN
    DELETE FROM bitext WHERE id = OLD.note_text_id;
END;
)sql";

// Version 5 (translation workflow): every translation a text has had, who wrote or reviewed it
// and when, kept by triggers so no code path can skip it; append-only. Today's translations
// start it.
const char16_t *const kTranslationHistory = uR"sql(
CREATE TABLE bitext_history (
    id      INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES bitext(id) ON DELETE CASCADE,
    lang    TEXT NOT NULL,
    status  TEXT NOT NULL CHECK (status IN ('machine', 'human', 'reviewed')),
    body    TEXT NOT NULL,
    by_name TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
);
CREATE INDEX bitext_history_text ON bitext_history(text_id, lang, id);

CREATE TRIGGER bitext_history_append_only BEFORE UPDATE ON bitext_history
BEGIN
    SELECT RAISE(ABORT, 'the history of a translation is append-only');
END;

CREATE TRIGGER bitext_history_insert AFTER INSERT ON bitext_version WHEN NEW.status <> 'original'
BEGIN
    INSERT INTO bitext_history(text_id, lang, status, body, by_name, at)
    VALUES (NEW.text_id, NEW.lang, NEW.status, NEW.body, NEW.translator,
            coalesce(NEW.translated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
END;

CREATE TRIGGER bitext_history_update AFTER UPDATE OF body, status, translator ON bitext_version
WHEN NEW.status <> 'original'
     AND (NEW.body IS NOT OLD.body OR NEW.status IS NOT OLD.status OR NEW.translator IS NOT OLD.translator)
BEGIN
    INSERT INTO bitext_history(text_id, lang, status, body, by_name, at)
    VALUES (NEW.text_id, NEW.lang, NEW.status, NEW.body, NEW.translator,
            coalesce(NEW.translated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
END;

-- The words a machine translator did not know, kept while the version is a machine draft so the
-- reviewer sees them highlighted.
CREATE TABLE machine_unknown_word (
    text_id INTEGER NOT NULL REFERENCES bitext(id) ON DELETE CASCADE,
    lang    TEXT NOT NULL,
    word    TEXT NOT NULL,
    PRIMARY KEY (text_id, lang, word)
) WITHOUT ROWID;

CREATE TRIGGER machine_unknown_word_reviewed AFTER UPDATE OF status ON bitext_version
WHEN OLD.status = 'machine' AND NEW.status <> 'machine'
BEGIN
    DELETE FROM machine_unknown_word WHERE text_id = NEW.text_id AND lang = NEW.lang;
END;

CREATE TRIGGER machine_unknown_word_removed AFTER DELETE ON bitext_version
BEGIN
    DELETE FROM machine_unknown_word WHERE text_id = OLD.text_id AND lang = OLD.lang;
END;

INSERT INTO bitext_history(text_id, lang, status, body, by_name, at)
SELECT text_id, lang, status, body, translator, coalesce(translated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
FROM bitext_version WHERE status <> 'original' ORDER BY id;
)sql";

// Version 6: search keys carry the consonant skeletons of abjad words (the rekeying is code).
const char16_t *const kConsonantSkeletons = uR"sql(
SELECT 1;
)sql";

// Facilitation, earlier votes: votes counted before per-participant votes (typed in with a retro
// afterwards, or held by a file of version 6 or earlier) are kept as a base count that is no
// one's. retro_answer.votes is always earlier_votes plus the answer's per-participant votes, so
// the first vote of a live run adds to the earlier count instead of replacing it.
const char16_t *const kEarlierVotes = uR"sql(
ALTER TABLE retro_answer ADD COLUMN earlier_votes INTEGER NOT NULL DEFAULT 0 CHECK (earlier_votes >= 0);
UPDATE retro_answer SET earlier_votes =
    max(0, votes - (SELECT coalesce(sum(v.count), 0) FROM retro_vote v WHERE v.answer_id = retro_answer.id));
)sql";

// The ledger's entry count kept in the file by triggers, so that a list of every entry opens by
// reading one row instead of counting a million (`check` compares it with the entries).
const char16_t *const kLedgerCount = uR"sql(
CREATE TABLE ledger_count (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL CHECK (entries >= 0)
);
INSERT INTO ledger_count(id, entries) SELECT 1, count(*) FROM ledger_entry;

CREATE TRIGGER ledger_count_insert AFTER INSERT ON ledger_entry
BEGIN
    UPDATE ledger_count SET entries = entries + 1 WHERE id = 1;
END;

CREATE TRIGGER ledger_count_delete AFTER DELETE ON ledger_entry
BEGIN
    UPDATE ledger_count SET entries = entries - 1 WHERE id = 1;
END;
)sql";

// Campaigns under the listening quorum: joint projects, the acknowledgements of paraphrased goals
// (an append-only history), cultural exchanges, shared risks and narrative crossovers. The file
// enforces the gate itself: a campaign cannot reach "quorum met" or "active" while an ordered pair
// of its partners lacks an acknowledged paraphrase, nor "active" with no exchange planned. Status
// changes, acknowledgements and send-backs are appended, never overwritten; a changed paraphrase
// or changed goals append "revised" / "goals_changed", which undoes an acknowledgement.
const char16_t *const kCampaignTables = uR"sql(
CREATE INDEX goal_paraphrase_pair ON goal_paraphrase(by_partner_id, partner_id);
CREATE INDEX goal_paraphrase_text ON goal_paraphrase(text_id);

CREATE TABLE goal_paraphrase_event (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    paraphrase_id INTEGER NOT NULL REFERENCES goal_paraphrase(id) ON DELETE CASCADE,
    action        TEXT NOT NULL CHECK (action IN ('acknowledged', 'sent_back', 'revised', 'goals_changed')),
    by_name       TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    note_text_id  INTEGER REFERENCES bitext(id),
    author        TEXT NOT NULL DEFAULT '',
    CHECK (action NOT IN ('acknowledged', 'sent_back') OR length(trim(by_name)) > 0),
    CHECK (action <> 'sent_back' OR note_text_id IS NOT NULL)
);
CREATE INDEX goal_paraphrase_event_paraphrase ON goal_paraphrase_event(paraphrase_id, id);

CREATE TRIGGER goal_paraphrase_event_no_update BEFORE UPDATE ON goal_paraphrase_event
BEGIN
    SELECT RAISE(ABORT, 'acknowledgements of a paraphrase are append-only; record a new one instead');
END;
CREATE TRIGGER goal_paraphrase_event_no_delete BEFORE DELETE ON goal_paraphrase_event
WHEN EXISTS (SELECT 1 FROM goal_paraphrase WHERE id = OLD.paraphrase_id)
BEGIN
    SELECT RAISE(ABORT, 'acknowledgements of a paraphrase are append-only; record a new one instead');
END;
CREATE TRIGGER goal_paraphrase_event_text AFTER DELETE ON goal_paraphrase_event WHEN OLD.note_text_id IS NOT NULL
BEGIN
    DELETE FROM bitext WHERE id = OLD.note_text_id;
END;
CREATE TRIGGER goal_paraphrase_answered_delete BEFORE DELETE ON goal_paraphrase
WHEN EXISTS (SELECT 1 FROM goal_paraphrase_event e
             WHERE e.paraphrase_id = OLD.id AND e.action IN ('acknowledged', 'sent_back'))
     AND EXISTS (SELECT 1 FROM partner WHERE id = OLD.partner_id)
     AND EXISTS (SELECT 1 FROM partner WHERE id = OLD.by_partner_id)
BEGIN
    SELECT RAISE(ABORT, 'a paraphrase that has been acknowledged or sent back is kept; revise it instead');
END;

-- A paraphrase whose original text changed, or whose partner's goals changed, is no longer
-- acknowledged: the change is appended to its history (the first save of a text adds nothing).
-- Both triggers hand the changed text to the view goal_paraphrase_text_change, whose INSTEAD OF
-- trigger appends the events.
CREATE VIEW goal_paraphrase_text_change AS SELECT NULL AS text_id;
CREATE TRIGGER goal_paraphrase_text_changed INSTEAD OF INSERT ON goal_paraphrase_text_change
BEGIN
    INSERT INTO goal_paraphrase_event(uuid, paraphrase_id, action, at)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                 || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
                 || hex(randomblob(6))),
           g.id, CASE WHEN g.text_id = NEW.text_id THEN 'revised' ELSE 'goals_changed' END,
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM goal_paraphrase g
    WHERE (g.text_id = NEW.text_id
           OR g.partner_id = (SELECT id FROM partner WHERE goals_text_id = NEW.text_id))
      AND EXISTS (SELECT 1 FROM goal_paraphrase_event e WHERE e.paraphrase_id = g.id);
END;
CREATE TRIGGER goal_paraphrase_revised_insert AFTER INSERT ON bitext_version
WHEN NEW.status = 'original' AND (SELECT owner_kind FROM bitext WHERE id = NEW.text_id) IN ('paraphrase', 'partner')
BEGIN
    INSERT INTO goal_paraphrase_text_change(text_id) VALUES (NEW.text_id);
END;
CREATE TRIGGER goal_paraphrase_revised_update AFTER UPDATE OF body, status ON bitext_version
WHEN (NEW.status = 'original' OR OLD.status = 'original')
     AND (NEW.body IS NOT OLD.body OR NEW.status IS NOT OLD.status)
     AND (SELECT owner_kind FROM bitext WHERE id = NEW.text_id) IN ('paraphrase', 'partner')
BEGIN
    INSERT INTO goal_paraphrase_text_change(text_id) VALUES (NEW.text_id);
END;

-- The latest word on each paraphrase: acknowledged, sent back, revised, goals changed.
CREATE VIEW goal_paraphrase_state AS
    SELECT g.id AS paraphrase_id, g.partner_id AS partner_id, g.by_partner_id AS by_partner_id,
           (SELECT e.action FROM goal_paraphrase_event e WHERE e.paraphrase_id = g.id
            ORDER BY e.id DESC LIMIT 1) AS state
    FROM goal_paraphrase g;

CREATE TABLE campaign (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    title_text_id INTEGER NOT NULL REFERENCES bitext(id),
    aims_text_id  INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    starts_on     TEXT CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ends_on       TEXT CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status        TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'quorum_met', 'active', 'paused', 'closed')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX campaign_status ON campaign(status);

CREATE TABLE campaign_partner (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    partner_id  INTEGER NOT NULL REFERENCES partner(id),
    joined_on   TEXT NOT NULL CHECK (joined_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    PRIMARY KEY (campaign_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX campaign_partner_partner ON campaign_partner(partner_id);

CREATE TABLE campaign_status_change (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    by_name     TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX campaign_status_change_campaign ON campaign_status_change(campaign_id, id);

CREATE TRIGGER campaign_status_change_no_update BEFORE UPDATE ON campaign_status_change
BEGIN
    SELECT RAISE(ABORT, 'the status history of a campaign is append-only');
END;
CREATE TRIGGER campaign_status_change_no_delete BEFORE DELETE ON campaign_status_change
WHEN EXISTS (SELECT 1 FROM campaign WHERE id = OLD.campaign_id)
BEGIN
    SELECT RAISE(ABORT, 'the status history of a campaign is append-only');
END;

CREATE TRIGGER campaign_starts_proposed BEFORE INSERT ON campaign WHEN NEW.status <> 'proposed'
BEGIN
    SELECT RAISE(ABORT, 'a new campaign starts as proposed');
END;
CREATE TRIGGER campaign_kept BEFORE DELETE ON campaign WHEN OLD.status <> 'proposed'
BEGIN
    SELECT RAISE(ABORT, 'a campaign that went beyond proposed is kept; close it instead');
END;
CREATE TRIGGER campaign_status_flow BEFORE UPDATE OF status ON campaign
WHEN NEW.status IS NOT OLD.status AND NOT (
       (OLD.status = 'proposed' AND NEW.status IN ('quorum_met', 'active', 'closed'))
    OR (OLD.status = 'quorum_met' AND NEW.status IN ('proposed', 'active', 'closed'))
    OR (OLD.status = 'active' AND NEW.status IN ('paused', 'closed'))
    OR (OLD.status = 'paused' AND NEW.status IN ('active', 'closed')))
BEGIN
    SELECT RAISE(ABORT, 'a campaign goes proposed, quorum met, active, paused (and active again), closed; a closed campaign stays closed');
END;
CREATE TRIGGER campaign_listening_quorum BEFORE UPDATE OF status ON campaign
WHEN NEW.status IN ('quorum_met', 'active') AND NEW.status IS NOT OLD.status AND (
    (SELECT count(*) FROM campaign_partner WHERE campaign_id = NEW.id) < 2
    OR EXISTS (
        SELECT 1 FROM campaign_partner a
        JOIN campaign_partner b ON b.campaign_id = a.campaign_id AND b.partner_id <> a.partner_id
        WHERE a.campaign_id = NEW.id AND NOT EXISTS (
            SELECT 1 FROM goal_paraphrase_state s
            WHERE s.by_partner_id = a.partner_id AND s.partner_id = b.partner_id AND s.state = 'acknowledged')))
BEGIN
    SELECT RAISE(ABORT, 'the listening quorum is not met: every partner of the campaign must paraphrase every other partner''s goals and have the paraphrase acknowledged');
END;
CREATE TRIGGER campaign_exchange_planned BEFORE UPDATE OF status ON campaign
WHEN NEW.status = 'active' AND NEW.status IS NOT OLD.status AND NOT EXISTS (
    SELECT 1 FROM campaign_exchange ce JOIN cultural_exchange x ON x.id = ce.exchange_id
    WHERE ce.campaign_id = NEW.id AND x.status <> 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'a campaign cannot become active without a cultural exchange planned');
END;
-- The history takes the store's own stamp (created_at, updated_at), so a change and its record agree.
CREATE TRIGGER campaign_status_created AFTER INSERT ON campaign
BEGIN
    INSERT INTO campaign_status_change(campaign_id, from_status, to_status, by_name, at)
    VALUES (NEW.id, NULL, NEW.status, NEW.author, NEW.created_at);
END;
CREATE TRIGGER campaign_status_changed AFTER UPDATE OF status ON campaign WHEN NEW.status IS NOT OLD.status
BEGIN
    INSERT INTO campaign_status_change(campaign_id, from_status, to_status, by_name, at)
    VALUES (NEW.id, OLD.status, NEW.status, NEW.author, NEW.updated_at);
END;
CREATE TRIGGER campaign_text AFTER DELETE ON campaign
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.title_text_id, OLD.aims_text_id);
END;

CREATE TABLE cultural_exchange (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('art_trade', 'study_session', 'storytelling_night',
                           'shared_meal', 'song', 'vigil', 'other')),
    held_on            TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status             TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    exchanged_text_id  INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    notes_text_id      INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    author             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cultural_exchange_date ON cultural_exchange(held_on, id);

CREATE TABLE exchange_partner (
    exchange_id INTEGER NOT NULL REFERENCES cultural_exchange(id) ON DELETE CASCADE,
    partner_id  INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (exchange_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE campaign_exchange (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    exchange_id INTEGER NOT NULL REFERENCES cultural_exchange(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, exchange_id)
) WITHOUT ROWID;
CREATE INDEX campaign_exchange_exchange ON campaign_exchange(exchange_id);

CREATE TRIGGER cultural_exchange_text AFTER DELETE ON cultural_exchange
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.exchanged_text_id, OLD.notes_text_id);
END;

CREATE TABLE shared_risk (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    taken_on        TEXT NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    what_text_id    INTEGER NOT NULL REFERENCES bitext(id),
    outcome_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    author          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX shared_risk_date ON shared_risk(taken_on, id);

-- Who bore which part of a shared risk, in that partner's words.
CREATE TABLE shared_risk_part (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    risk_id      INTEGER NOT NULL REFERENCES shared_risk(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partner(id),
    part_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    UNIQUE (risk_id, partner_id)
);

CREATE TABLE campaign_shared_risk (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    risk_id     INTEGER NOT NULL REFERENCES shared_risk(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, risk_id)
) WITHOUT ROWID;
CREATE INDEX campaign_shared_risk_risk ON campaign_shared_risk(risk_id);

CREATE TABLE shared_risk_ledger_entry (
    risk_id  INTEGER NOT NULL REFERENCES shared_risk(id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES ledger_entry(id),
    PRIMARY KEY (risk_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX shared_risk_ledger_entry_entry ON shared_risk_ledger_entry(entry_id);

CREATE TABLE shared_risk_incident (
    risk_id     INTEGER NOT NULL REFERENCES shared_risk(id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, incident_id)
) WITHOUT ROWID;
CREATE INDEX shared_risk_incident_incident ON shared_risk_incident(incident_id);

-- The retro's third question ("Which shared risk proved our alliance?") citing shared risks.
CREATE TABLE retro_answer_shared_risk (
    answer_id INTEGER NOT NULL REFERENCES retro_answer(id) ON DELETE CASCADE,
    risk_id   INTEGER NOT NULL REFERENCES shared_risk(id) ON DELETE CASCADE,
    PRIMARY KEY (answer_id, risk_id)
) WITHOUT ROWID;
CREATE INDEX retro_answer_shared_risk_risk ON retro_answer_shared_risk(risk_id);

CREATE TRIGGER shared_risk_text AFTER DELETE ON shared_risk
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.what_text_id, OLD.outcome_text_id);
END;
CREATE TRIGGER shared_risk_part_text AFTER DELETE ON shared_risk_part WHEN OLD.part_text_id IS NOT NULL
BEGIN
    DELETE FROM bitext WHERE id = OLD.part_text_id;
END;

CREATE TABLE narrative_crossover (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('phrase', 'metaphor', 'slogan', 'joke', 'strategy', 'other')),
    origin_partner_id   INTEGER NOT NULL REFERENCES partner(id),
    adopting_partner_id INTEGER NOT NULL REFERENCES partner(id),
    origin_text_id      INTEGER NOT NULL REFERENCES bitext(id),
    reborn_text_id      INTEGER NOT NULL REFERENCES bitext(id),
    born_on             TEXT CHECK (born_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    reborn_on           TEXT NOT NULL CHECK (reborn_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    seen_text_id        INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    author              TEXT NOT NULL DEFAULT '',
    CHECK (origin_partner_id <> adopting_partner_id),
    CHECK (born_on IS NULL OR born_on <= reborn_on)
);
CREATE INDEX narrative_crossover_pair ON narrative_crossover(origin_partner_id, adopting_partner_id, reborn_on);
CREATE INDEX narrative_crossover_adopting ON narrative_crossover(adopting_partner_id);

CREATE TABLE campaign_crossover (
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    crossover_id INTEGER NOT NULL REFERENCES narrative_crossover(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, crossover_id)
) WITHOUT ROWID;
CREATE INDEX campaign_crossover_crossover ON campaign_crossover(crossover_id);

CREATE TRIGGER narrative_crossover_text AFTER DELETE ON narrative_crossover
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.origin_text_id, OLD.reborn_text_id, OLD.seen_text_id);
END;
)sql";

// Version 10: the alliance's rhythm — rituals with their recurrence, in the organizer's zone.
constexpr char16_t kRituals[] = uR"sql(
CREATE TABLE ritual (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('quarterly-retro', 'listening-circle', 'rupture-rehearsal',
                            'fire-drill', 'custodian-rotation', 'cultural-exchange', 'congress', 'custom')),
    title_text_id       INTEGER NOT NULL REFERENCES bitext(id),
    description_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    first_date          TEXT NOT NULL CHECK (first_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    start_time          TEXT CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    time_zone           TEXT NOT NULL DEFAULT '',
    duration_minutes    INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 1 AND 20160),
    rrule               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    author              TEXT NOT NULL DEFAULT '',
    CHECK (start_time IS NULL OR time_zone <> '')
);
CREATE INDEX ritual_first_date ON ritual(first_date, id);

CREATE TABLE ritual_partner (
    ritual_id  INTEGER NOT NULL REFERENCES ritual(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (ritual_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX ritual_partner_partner ON ritual_partner(partner_id);

CREATE TRIGGER ritual_text AFTER DELETE ON ritual
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.title_text_id, OLD.description_text_id);
END;
)sql";

// Version 11: agreed pauses between two partners — rest, not abandonment. A pause is agreed once
// both sides' consent days are set; the reason is always given.
constexpr char16_t kPauses[] = uR"sql(
CREATE TABLE pause (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    partner_a_id   INTEGER NOT NULL REFERENCES partner(id),
    partner_b_id   INTEGER NOT NULL REFERENCES partner(id),
    first_day      TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day       TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    reason_text_id INTEGER NOT NULL REFERENCES bitext(id),
    consented_a_on TEXT CHECK (consented_a_on IS NULL OR consented_a_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    consented_b_on TEXT CHECK (consented_b_on IS NULL OR consented_b_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL DEFAULT '',
    CHECK (partner_a_id <> partner_b_id),
    CHECK (last_day >= first_day)
);
CREATE INDEX pause_first_day ON pause(first_day, id);
CREATE INDEX pause_partner_a ON pause(partner_a_id);
CREATE INDEX pause_partner_b ON pause(partner_b_id);

CREATE TRIGGER pause_text AFTER DELETE ON pause
BEGIN
    DELETE FROM bitext WHERE id = OLD.reason_text_id;
END;
)sql";


// Version 12: the rhythm's records — occurrences fulfilled by the record that held them, the
// archive's custodians, fire drills and envoy journeys. A record fulfils one occurrence at most;
// deleting the record deletes its link (the triggers below), so no link points at nothing.
constexpr char16_t kRhythmRecords[] = uR"sql(
CREATE TABLE ritual_fulfilment (
    ritual_id       INTEGER NOT NULL REFERENCES ritual(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL CHECK (occurrence_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    record_kind     TEXT NOT NULL CHECK (record_kind IN ('retro', 'rehearsal', 'fire-drill', 'custodian-term',
                        'envoy-journey', 'exchange')),
    record_id       INTEGER NOT NULL CHECK (record_id > 0),
    PRIMARY KEY (ritual_id, occurrence_date),
    UNIQUE (record_kind, record_id)
) WITHOUT ROWID;

CREATE TABLE custodian_term (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    partner_id     INTEGER NOT NULL REFERENCES partner(id),
    handed_over_on TEXT NOT NULL UNIQUE CHECK (handed_over_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ritual_id      INTEGER REFERENCES ritual(id) ON DELETE SET NULL,
    notes_text_id  INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX custodian_term_partner ON custodian_term(partner_id);
CREATE INDEX custodian_term_ritual ON custodian_term(ritual_id);

CREATE TABLE fire_drill (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('communication-blackout', 'role-swap', 'other')),
    first_day           TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day            TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    what_held_text_id   INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    what_broke_text_id  INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    follow_ups_text_id  INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    author              TEXT NOT NULL DEFAULT '',
    CHECK (last_day >= first_day)
);
CREATE INDEX fire_drill_first_day ON fire_drill(first_day, id);

CREATE TABLE fire_drill_partner (
    drill_id   INTEGER NOT NULL REFERENCES fire_drill(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (drill_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX fire_drill_partner_partner ON fire_drill_partner(partner_id);

-- The protocol versions a drill tested; a protocol a drill names is kept, as one an incident names.
CREATE TABLE fire_drill_protocol (
    drill_id    INTEGER NOT NULL REFERENCES fire_drill(id) ON DELETE CASCADE,
    protocol_id INTEGER NOT NULL REFERENCES protocol(id),
    PRIMARY KEY (drill_id, protocol_id)
) WITHOUT ROWID;
CREATE INDEX fire_drill_protocol_protocol ON fire_drill_protocol(protocol_id);

CREATE TABLE envoy_journey (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    envoy                TEXT NOT NULL CHECK (length(trim(envoy)) BETWEEN 1 AND 200),
    from_partner_id      INTEGER NOT NULL REFERENCES partner(id),
    to_partner_id        INTEGER NOT NULL REFERENCES partner(id),
    first_day            TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day             TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    questions_text_id    INTEGER NOT NULL REFERENCES bitext(id),
    voices_text_id       INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    returned_text_id     INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    carbon_text_id       INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    visas_text_id        INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    surveillance_text_id INTEGER REFERENCES bitext(id) ON DELETE SET NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    author               TEXT NOT NULL DEFAULT '',
    CHECK (from_partner_id <> to_partner_id),
    CHECK (last_day >= first_day)
);
CREATE INDEX envoy_journey_first_day ON envoy_journey(first_day, id);
CREATE INDEX envoy_journey_from ON envoy_journey(from_partner_id);
CREATE INDEX envoy_journey_to ON envoy_journey(to_partner_id);

-- The ledger entries that hosted or funded a journey; an entry a journey names is kept.
CREATE TABLE envoy_journey_ledger_entry (
    journey_id INTEGER NOT NULL REFERENCES envoy_journey(id) ON DELETE CASCADE,
    entry_id   INTEGER NOT NULL REFERENCES ledger_entry(id),
    PRIMARY KEY (journey_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX envoy_journey_ledger_entry_entry ON envoy_journey_ledger_entry(entry_id);

CREATE TABLE envoy_journey_crossover (
    journey_id   INTEGER NOT NULL REFERENCES envoy_journey(id) ON DELETE CASCADE,
    crossover_id INTEGER NOT NULL REFERENCES narrative_crossover(id) ON DELETE CASCADE,
    PRIMARY KEY (journey_id, crossover_id)
) WITHOUT ROWID;
CREATE INDEX envoy_journey_crossover_crossover ON envoy_journey_crossover(crossover_id);

CREATE TRIGGER custodian_term_text AFTER DELETE ON custodian_term
BEGIN
    DELETE FROM bitext WHERE id = OLD.notes_text_id;
    DELETE FROM ritual_fulfilment WHERE record_kind = 'custodian-term' AND record_id = OLD.id;
END;
CREATE TRIGGER fire_drill_text AFTER DELETE ON fire_drill
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.what_held_text_id, OLD.what_broke_text_id, OLD.follow_ups_text_id);
    DELETE FROM ritual_fulfilment WHERE record_kind = 'fire-drill' AND record_id = OLD.id;
END;
CREATE TRIGGER envoy_journey_text AFTER DELETE ON envoy_journey
BEGIN
    DELETE FROM bitext WHERE id IN (OLD.questions_text_id, OLD.voices_text_id, OLD.returned_text_id,
                                    OLD.carbon_text_id, OLD.visas_text_id, OLD.surveillance_text_id);
    DELETE FROM ritual_fulfilment WHERE record_kind = 'envoy-journey' AND record_id = OLD.id;
END;
CREATE TRIGGER retro_fulfilment AFTER DELETE ON retro
BEGIN
    DELETE FROM ritual_fulfilment WHERE record_kind = 'retro' AND record_id = OLD.id;
END;
CREATE TRIGGER rehearsal_fulfilment AFTER DELETE ON rehearsal
BEGIN
    DELETE FROM ritual_fulfilment WHERE record_kind = 'rehearsal' AND record_id = OLD.id;
END;
CREATE TRIGGER cultural_exchange_fulfilment AFTER DELETE ON cultural_exchange
BEGIN
    DELETE FROM ritual_fulfilment WHERE record_kind = 'exchange' AND record_id = OLD.id;
END;
)sql";

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {0, QString::fromUtf16(kVersion1), {}},
        {1, QString::fromUtf16(kVersion2), &upgradeToVersion2},
        {2, QString::fromUtf16(kVersion3), {}},
        {3, QString::fromUtf16(kFacilitation), {}},
        {4, QString::fromUtf16(kTranslationHistory), {}},
        {5, QString::fromUtf16(kConsonantSkeletons), &upgradeToConsonantSkeletons},
        {6, QString::fromUtf16(kEarlierVotes), {}},
        {7, QString::fromUtf16(kLedgerCount), {}},
        {8, QString::fromUtf16(kCampaignTables), {}},
        {9, QString::fromUtf16(kRituals), {}},
        {10, QString::fromUtf16(kPauses), {}},
        {11, QString::fromUtf16(kRhythmRecords), {}},
    };
    return all;
}

int currentVersion() { return migrations().back().from + 1; }

} // namespace trellis::store::schema
