-- Schema 1: workspace facts and the organisation profile.
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

INSERT INTO workspace_meta (key, value) VALUES ('created_utc', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE org_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL DEFAULT '',
    short_name      TEXT NOT NULL DEFAULT '',
    constituency    TEXT NOT NULL DEFAULT '',
    mission         TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT '',
    operating_hours TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    pgp_fingerprint TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO org_profile (id) VALUES (1);
