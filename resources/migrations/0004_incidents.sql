-- Schema 4: the incident log core — incidents, their identifiers, status transitions and the
-- hash-chained journal. (Tasks, communications, observables, evidence, artefacts and full-text
-- search follow in later schemas.)
CREATE TABLE incident_sequence (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL -- identifiers are never reused, even when an incident is deleted
) STRICT;

CREATE TABLE incident (
    id               INTEGER PRIMARY KEY,
    ident            TEXT NOT NULL UNIQUE,              -- INC-2026-0001
    title            TEXT NOT NULL CHECK (title <> ''),
    summary          TEXT NOT NULL DEFAULT '',
    reporter         TEXT NOT NULL DEFAULT '',
    report_channel   TEXT NOT NULL DEFAULT 'other',
    reporter_contact TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'triage', 'response', 'resolved', 'closed', 'rejected', 'duplicate')),
    status_reason    TEXT NOT NULL DEFAULT '',
    duplicate_of     INTEGER REFERENCES incident (id),
    impact           TEXT NOT NULL DEFAULT 'medium' CHECK (impact IN ('high', 'medium', 'low')),
    urgency          TEXT NOT NULL DEFAULT 'medium' CHECK (urgency IN ('high', 'medium', 'low')),
    priority         TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    priority_reason  TEXT NOT NULL DEFAULT '',          -- set when the priority overrides the matrix
    rsit_class       TEXT NOT NULL DEFAULT '',
    rsit_type        TEXT NOT NULL DEFAULT '',
    jpcert_category  TEXT NOT NULL DEFAULT '',
    tlp              TEXT NOT NULL DEFAULT 'TLP:AMBER'
                     CHECK (tlp IN ('TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR')),
    occurred_utc     TEXT,
    detected_utc     TEXT,
    reported_utc     TEXT,
    triaged_utc      TEXT,
    contained_utc    TEXT,
    resolved_utc     TEXT,
    closed_utc       TEXT,
    assignee         TEXT NOT NULL DEFAULT '',
    helpers          TEXT NOT NULL DEFAULT '',
    lessons          TEXT NOT NULL DEFAULT '',
    created_utc      TEXT NOT NULL,
    updated_utc      TEXT NOT NULL,
    journal_count    INTEGER NOT NULL DEFAULT 0,      -- anchor of the journal chain: deleting the newest
    journal_head     TEXT NOT NULL DEFAULT '',        -- entries is detected as well
    CHECK (status <> 'duplicate' OR duplicate_of IS NOT NULL),
    CHECK (status <> 'rejected' OR status_reason <> '')
) STRICT;

CREATE INDEX incident_status ON incident (status, priority);
CREATE INDEX incident_created ON incident (created_utc);
CREATE INDEX incident_assignee ON incident (assignee);

CREATE TABLE incident_transition (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    at_utc      TEXT NOT NULL,
    author      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX incident_transition_incident ON incident_transition (incident_id, id);

-- Append-only: a correction is a new entry that `revises` the original, which stays visible.
CREATE TABLE journal_entry (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    sequence      INTEGER NOT NULL,
    at_utc        TEXT NOT NULL,
    author        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('action', 'decision', 'communication', 'note', 'status')),
    text          TEXT NOT NULL,
    revises       INTEGER REFERENCES journal_entry (id),
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL,
    UNIQUE (incident_id, sequence)
) STRICT;
