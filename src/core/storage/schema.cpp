#include "schema.h"

using namespace Qt::StringLiterals;

namespace tilltro::schema {

// Ids the audit log refers to are AUTOINCREMENT: an erased deltagare's id is never reused, so
// old audit entries can never be read as someone else's.
// Dates are ISO 8601 text ('YYYY-MM-DD'), timestamps ISO 8601 UTC; booleans 0/1. Kept to
// portable SQL so the same repositories can later run on PostgreSQL.
//
// Version 1 is frozen as it was released: a change is a migration step below, which new files
// get too (createStatements()).
namespace {

QStringList version1Statements()
{
    return {
        uR"(CREATE TABLE handledare (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            organisation TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))
        )"_s,
        uR"(CREATE TABLE app_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)
        )"_s,
        uR"(CREATE TABLE instrument (
            id INTEGER PRIMARY KEY,
            instrument_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            UNIQUE (instrument_key, version))
        )"_s,
        uR"(CREATE TABLE participant (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
            name TEXT NOT NULL DEFAULT '',
            personnummer TEXT UNIQUE,
            protected_identity INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
            goal_type TEXT NOT NULL CHECK (goal_type IN ('arbete', 'studier')),
            start_date TEXT,
            handledare_id INTEGER REFERENCES handledare(id),
            end_date TEXT,
            end_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"_s,
        uR"(CREATE TABLE handledare_assignment (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            handledare_id INTEGER NOT NULL REFERENCES handledare(id),
            from_date TEXT NOT NULL,
            to_date TEXT)
        )"_s,
        u"CREATE INDEX handledare_assignment_participant ON handledare_assignment(participant_id)"_s,
        uR"(CREATE TABLE consent (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            scope TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            given_date TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '',
            withdrawn_date TEXT)
        )"_s,
        u"CREATE INDEX consent_participant ON consent(participant_id)"_s,
        uR"(CREATE TABLE occasion (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            instrument_id INTEGER NOT NULL REFERENCES instrument(id),
            occasion_date TEXT NOT NULL,
            handledare_id INTEGER REFERENCES handledare(id),
            state TEXT NOT NULL CHECK (state IN ('draft', 'completed')),
            notes TEXT NOT NULL DEFAULT '',
            completed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"_s,
        u"CREATE INDEX occasion_participant ON occasion(participant_id, state, occasion_date)"_s,
        uR"(CREATE TABLE answer (
            occasion_id INTEGER NOT NULL REFERENCES occasion(id) ON DELETE CASCADE,
            question_key TEXT NOT NULL,
            value INTEGER,
            code TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (occasion_id, question_key),
            CHECK (value IS NOT NULL OR code <> '')) WITHOUT ROWID
        )"_s,
        uR"(CREATE TABLE occasion_edit (
            id INTEGER PRIMARY KEY,
            occasion_id INTEGER NOT NULL REFERENCES occasion(id) ON DELETE CASCADE,
            edited_at TEXT NOT NULL,
            edited_by TEXT NOT NULL,
            field TEXT NOT NULL,
            before_value TEXT,
            after_value TEXT)
        )"_s,
        uR"(CREATE TABLE insats (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            category TEXT NOT NULL
                CHECK (category IN ('jobbinriktad', 'kompetenshojande', 'halsoinriktad', 'social')),
            title TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"_s,
        u"CREATE INDEX insats_participant ON insats(participant_id)"_s,
        uR"(CREATE TABLE plan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            occasion_id INTEGER REFERENCES occasion(id) ON DELETE SET NULL,
            goal_type TEXT NOT NULL CHECK (goal_type IN ('arbete', 'studier')),
            goal_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"_s,
        u"CREATE INDEX plan_participant ON plan(participant_id)"_s,
        uR"(CREATE TABLE delmal (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            indicators TEXT NOT NULL DEFAULT '',
            target_level INTEGER,
            responsible TEXT NOT NULL CHECK (responsible IN ('deltagare', 'handledare', 'annan')),
            responsible_name TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            target_date TEXT,
            status TEXT NOT NULL CHECK (status IN
                ('ej_paborjat', 'pagar', 'uppnatt', 'delvis_uppnatt', 'ej_uppnatt')),
            follow_up TEXT NOT NULL DEFAULT '')
        )"_s,
        u"CREATE INDEX delmal_plan ON delmal(plan_id, position)"_s,
        uR"(CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            delmal_id INTEGER NOT NULL REFERENCES delmal(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)))
        )"_s,
        u"CREATE INDEX activity_delmal ON activity(delmal_id, position)"_s,
        // Append-only: written in the same transaction as the change it records. Holds no
        // personal data beyond ids, so it can outlive an erasure.
        uR"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            participant_id INTEGER,
            details TEXT NOT NULL DEFAULT '')
        )"_s,
        u"CREATE INDEX audit_log_participant ON audit_log(participant_id)"_s,
        uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
    };
}

} // namespace

QStringList statementsFor(int version)
{
    QStringList statements = version1Statements();
    for (int from = 1; from < version; ++from)
        statements += migrationSteps(from);
    return statements;
}

QStringList createStatements()
{
    return statementsFor(Version);
}

QStringList migrationSteps(int from)
{
    // Cumulative steps, one per released schema version: `if (from == N)` returns what takes a
    // version-N file to N+1. Version 1 is the first released schema.
    if (from == 1) {
        return {
            // The next meeting agreed at the occasion (ISO date); NULL = not agreed.
            u"ALTER TABLE plan ADD COLUMN next_meeting TEXT"_s,
            // "Deltagaren deltog inte": the occasion has the handledare's part only.
            uR"(ALTER TABLE occasion ADD COLUMN deltagare_absent INTEGER NOT NULL DEFAULT 0
                CHECK (deltagare_absent IN (0, 1)))"_s,
        };
    }
    if (from == 2) {
        return {
            // Insats categories come from the instrument (issue 16): any key, no fixed list.
            // SQLite cannot drop a CHECK, so the table is rebuilt with the same rows and ids.
            uR"(CREATE TABLE insats_v3 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (length(category) > 0),
            title TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            CHECK (end_date IS NULL OR end_date >= start_date))
            )"_s,
            uR"(INSERT INTO insats_v3 (id, participant_id, category, title, provider, start_date,
                end_date)
            SELECT id, participant_id, category, title, provider, start_date, end_date
            FROM insats)"_s,
            // AUTOINCREMENT's promise survives the rebuild: the counter goes on from where the
            // old table's stood, so the id of a deleted insats (named in the audit log) is never
            // given to a new one.
            u"DELETE FROM sqlite_sequence WHERE name = 'insats_v3'"_s,
            uR"(INSERT INTO sqlite_sequence (name, seq)
            SELECT 'insats_v3', seq FROM sqlite_sequence WHERE name = 'insats')"_s,
            u"DROP TABLE insats"_s,
            u"ALTER TABLE insats_v3 RENAME TO insats"_s,
            u"CREATE INDEX insats_participant ON insats(participant_id)"_s,
            // "Ingen insats": the handledare recorded that no insats ran at the occasion.
            uR"(ALTER TABLE occasion ADD COLUMN no_insats INTEGER NOT NULL DEFAULT 0
                CHECK (no_insats IN (0, 1)))"_s,
        };
    }
    return {};
}

} // namespace tilltro::schema
