-- Schema 10: tamper evidence for every record that matters, not only the journal.
-- Each change CSIRT Kit makes to an incident (its fields, status history, tasks, observables,
-- communications, evidence, artefacts, assets, links, notifications, journal) or to the workspace's
-- own rules (identifier counter, priority matrix, notification rules) appends the new state's
-- digests to this hash-chained ledger in the same transaction (IntegrityLedger). `verify` recomputes
-- the current state and compares; the chain's head is also kept in workspace_meta
-- (ledger_count, ledger_head) and can be exported as an anchor to keep elsewhere.
-- The incidents present when this format is reached are sealed by the upgrade itself (C++ step).
CREATE TABLE integrity_ledger (
    seq         INTEGER PRIMARY KEY,   -- 1, 2, … without gaps
    at_utc      TEXT NOT NULL,
    incident_id INTEGER NOT NULL,      -- 0: the workspace's own rules; no foreign key: it outlives a deletion
    subject     TEXT NOT NULL,         -- INC-2026-0001, or 'workspace'
    state       BLOB NOT NULL,         -- digests of fields and record families; empty: the incident is gone
    hash        TEXT NOT NULL          -- SHA-256 of the previous entry's hash and this entry
) STRICT;

CREATE INDEX integrity_ledger_subject ON integrity_ledger (incident_id, seq);

-- Links are stored once per pair; the other side's state includes them too.
CREATE INDEX incident_link_other ON incident_link (other_id, incident_id);
