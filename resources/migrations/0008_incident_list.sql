-- Schema 8: what the incident list needs — saved filters, the workspace's own impact × urgency
-- matrix (cells that differ from the shipped default), and indexes for the sortable columns so a
-- sort over 100 000 incidents reads an index instead of sorting the table.
CREATE TABLE saved_filter (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    definition TEXT NOT NULL -- JSON, see IncidentFilter
) STRICT;

CREATE TABLE priority_matrix (
    impact   TEXT NOT NULL CHECK (impact IN ('high', 'medium', 'low')),
    urgency  TEXT NOT NULL CHECK (urgency IN ('high', 'medium', 'low')),
    priority TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    PRIMARY KEY (impact, urgency)
) STRICT;

CREATE INDEX incident_priority ON incident (priority, id);
CREATE INDEX incident_title ON incident (title COLLATE NOCASE);
CREATE INDEX incident_tlp ON incident (tlp, id);
CREATE INDEX incident_updated ON incident (updated_utc);
CREATE INDEX incident_class ON incident (rsit_class, rsit_type);
