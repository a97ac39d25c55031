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
CREATE INDEX incident_assignee_nocase ON incident (assignee COLLATE NOCASE);
-- The list sorts statuses in workflow order and TLP labels from RED to CLEAR; these expressions
-- must stay identical to the ones in IncidentListQuery for SQLite to use the indexes.
CREATE INDEX incident_status_order ON incident (
    CASE status WHEN 'new' THEN 0 WHEN 'triage' THEN 1 WHEN 'response' THEN 2 WHEN 'resolved' THEN 3
                WHEN 'closed' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END);
CREATE INDEX incident_tlp_order ON incident (
    CASE tlp WHEN 'TLP:RED' THEN 0 WHEN 'TLP:AMBER+STRICT' THEN 1 WHEN 'TLP:AMBER' THEN 2
             WHEN 'TLP:GREEN' THEN 3 ELSE 4 END);
