-- Schema 2: a log of every change, so the workspace can say when and what was last changed.
CREATE TABLE change_log (
    id     INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    entity TEXT NOT NULL,
    field  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX change_log_at ON change_log (at_utc);

INSERT INTO change_log (at_utc, entity, field)
SELECT value, 'workspace', 'created' FROM workspace_meta WHERE key = 'created_utc';
