-- Schema 5: working an incident — tasks (from playbooks or typed), the communications log and
-- observables / indicators of compromise.
CREATE TABLE incident_task (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    task_key    TEXT,                    -- playbook task key; NULL for tasks typed by a user
    text        TEXT NOT NULL CHECK (text <> ''),
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_utc    TEXT,
    UNIQUE (incident_id, task_key)
) STRICT;

CREATE INDEX incident_task_incident ON incident_task (incident_id, position);

CREATE TABLE communication (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    at_utc       TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    channel      TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'pgp_email', 'meeting', 'chat', 'letter')),
    person       TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    tlp          TEXT NOT NULL DEFAULT 'TLP:AMBER'
                 CHECK (tlp IN ('TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR')),
    callback     TEXT NOT NULL DEFAULT '', -- phone: the number to call back
    reported     TEXT NOT NULL DEFAULT '', -- phone: what the caller reported
    promised     TEXT NOT NULL DEFAULT '', -- phone: what was promised to the caller
    author       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX communication_incident ON communication (incident_id, at_utc);

CREATE TABLE observable (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('ipv4', 'ipv6', 'cidr', 'domain', 'url', 'email', 'md5', 'sha1',
                                              'sha256', 'filename', 'account', 'cve', 'regkey', 'text')),
    value       TEXT NOT NULL CHECK (value <> ''),  -- validated and normalised, never defanged
    note        TEXT NOT NULL DEFAULT '',
    added_utc   TEXT NOT NULL,
    UNIQUE (incident_id, type, value)
) STRICT;

CREATE INDEX observable_value ON observable (type, value);
