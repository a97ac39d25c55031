-- Schema 9: exchange and notification clocks.
-- A workspace identity (for deterministic STIX ids and JSON provenance) and stable external ids on
-- incidents, so importing the same file twice never creates duplicates.
INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));

ALTER TABLE incident ADD COLUMN external_id TEXT; -- e.g. "json:<workspace id>/INC-2026-0001", "misp:<uuid>", "csv:<sha-256>"
CREATE UNIQUE INDEX incident_external_id ON incident (external_id) WHERE external_id IS NOT NULL;

-- CSV column mappings remembered by name (JSON: column → field, date format).
CREATE TABLE csv_mapping (
    name       TEXT PRIMARY KEY CHECK (name <> ''),
    definition TEXT NOT NULL
) STRICT;

-- Notification rules added in this workspace (the shipped ones live in resources/content).
CREATE TABLE notification_rule (
    key        TEXT PRIMARY KEY CHECK (key <> ''),
    definition TEXT NOT NULL -- JSON: bilingual title, authority, obligations with deadlines
) STRICT;

-- The rules that apply to an incident, with the moment the organisation became aware.
CREATE TABLE incident_notification (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    rule_key    TEXT NOT NULL,
    aware_utc   TEXT NOT NULL,
    UNIQUE (incident_id, rule_key)
) STRICT;

-- Obligations of a rule marked as done: when, how, and the communications log entry recording it.
CREATE TABLE notification_sent (
    id               INTEGER PRIMARY KEY,
    notification_id  INTEGER NOT NULL REFERENCES incident_notification (id) ON DELETE CASCADE,
    obligation_key   TEXT NOT NULL,
    sent_utc         TEXT NOT NULL,
    how              TEXT NOT NULL DEFAULT '',
    communication_id INTEGER REFERENCES communication (id) ON DELETE SET NULL,
    UNIQUE (notification_id, obligation_key)
) STRICT;

-- The incident list's default order (newest first) from a small covering index: scanning the table
-- itself for `ORDER BY id` reads every row (tens of milliseconds at 100 000 incidents).
CREATE INDEX incident_id_order ON incident (id);
