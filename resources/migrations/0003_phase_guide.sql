-- Schema 3: the phase guide. Shipped steps and items are copied from resources/content/phases.json
-- (both languages) and kept in sync by key; user state lives beside them.
CREATE TABLE plan_step (
    id              INTEGER PRIMARY KEY,
    step_key        TEXT NOT NULL UNIQUE,
    phase           TEXT NOT NULL CHECK (phase IN ('concept', 'build', 'operation')),
    position        INTEGER NOT NULL,
    title_en        TEXT NOT NULL DEFAULT '',
    title_ja        TEXT NOT NULL DEFAULT '',
    purpose_en      TEXT NOT NULL DEFAULT '',
    purpose_ja      TEXT NOT NULL DEFAULT '',
    guidance_en     TEXT NOT NULL DEFAULT '',
    guidance_ja     TEXT NOT NULL DEFAULT '',
    deliverables_en TEXT NOT NULL DEFAULT '', -- one per line
    deliverables_ja TEXT NOT NULL DEFAULT '',
    topics          TEXT NOT NULL DEFAULT ''  -- comma-separated topic keys
) STRICT;

CREATE TABLE plan_item (
    id         INTEGER PRIMARY KEY,
    step_id    INTEGER NOT NULL REFERENCES plan_step (id) ON DELETE CASCADE,
    item_key   TEXT UNIQUE,                   -- NULL for items a user added
    position   INTEGER NOT NULL,
    text_en    TEXT NOT NULL DEFAULT '',
    text_ja    TEXT NOT NULL DEFAULT '',
    user_text  TEXT,                          -- NULL: show the shipped text in the current language
    status     TEXT NOT NULL DEFAULT 'not_started'
               CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
    na_reason  TEXT NOT NULL DEFAULT '',
    owner      TEXT NOT NULL DEFAULT '',
    due_date   TEXT,                          -- ISO date, NULL when none
    notes      TEXT NOT NULL DEFAULT '',
    removed    INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)), -- shipped items a user removed
    CHECK (status <> 'not_applicable' OR na_reason <> '')
) STRICT;

CREATE INDEX plan_item_step ON plan_item (step_id, position);
CREATE INDEX plan_item_due ON plan_item (due_date) WHERE due_date IS NOT NULL;

CREATE TABLE plan_evidence (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target   TEXT NOT NULL CHECK (target <> ''), -- URL or file path
    label    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX plan_evidence_item ON plan_evidence (item_id, position);

CREATE TABLE service_choice (
    service_key TEXT PRIMARY KEY NOT NULL,
    status      TEXT NOT NULL DEFAULT 'not_offered' CHECK (status IN ('not_offered', 'planned', 'offered')),
    scope       TEXT NOT NULL DEFAULT '',
    hours       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE org_model_choice (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    model_key   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    decided_utc TEXT
) STRICT;

INSERT INTO org_model_choice (id) VALUES (1);

CREATE TABLE worksheet (
    kind        TEXT PRIMARY KEY NOT NULL CHECK (kind IN ('charter', 'scope', 'framework', 'approval')),
    fields      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    updated_utc TEXT
) STRICT;
