-- Schema 6: evidence register with chain of custody, artefacts, affected assets, related incidents.
CREATE TABLE evidence_item (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    item           TEXT NOT NULL CHECK (item <> ''),
    description    TEXT NOT NULL DEFAULT '',
    stored_at      TEXT NOT NULL DEFAULT '',  -- where the item is kept (locker, share, …)
    collected_by   TEXT NOT NULL DEFAULT '',
    collected_utc  TEXT,
    file_path      TEXT NOT NULL DEFAULT '',  -- the hashed file, when there is one
    sha256         TEXT NOT NULL DEFAULT '' CHECK (sha256 = '' OR length(sha256) = 64),
    size           INTEGER,
    verified_utc   TEXT,
    verify_state   TEXT NOT NULL DEFAULT 'unverified'
                   CHECK (verify_state IN ('unverified', 'match', 'changed', 'missing'))
) STRICT;

CREATE INDEX evidence_item_incident ON evidence_item (incident_id);

CREATE TABLE custody_transfer (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    at_utc      TEXT NOT NULL,
    from_person TEXT NOT NULL CHECK (from_person <> ''),
    to_person   TEXT NOT NULL CHECK (to_person <> ''),
    purpose     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX custody_transfer_evidence ON custody_transfer (evidence_id, at_utc);

CREATE TABLE artefact (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (title <> ''),
    syntax      TEXT NOT NULL DEFAULT '',     -- KSyntaxHighlighting definition name, '' for plain text
    content     TEXT NOT NULL,
    added_utc   TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX artefact_incident ON artefact (incident_id);

CREATE TABLE affected_asset (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    name             TEXT NOT NULL CHECK (name <> ''),
    address          TEXT NOT NULL DEFAULT '',   -- IP address or host name
    owner_department TEXT NOT NULL DEFAULT '',
    criticality      TEXT NOT NULL DEFAULT '' CHECK (criticality IN ('', 'high', 'medium', 'low'))
) STRICT;

CREATE INDEX affected_asset_incident ON affected_asset (incident_id);

CREATE TABLE incident_link (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    other_id    INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, other_id),
    CHECK (incident_id < other_id)              -- one row per pair, stored in id order
) STRICT, WITHOUT ROWID;
