-- Schema 12: the team. Roles come from the shipped catalogue (resources/content/roles.json); a row in
-- team_role overrides a shipped role's texts or skills, hides it, or adds a role of the workspace's own
-- (custom = 1). NULL in an override column keeps the catalogue's value, so "reset to default" is a NULL.
CREATE TABLE team_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    template    TEXT NOT NULL DEFAULT '',    -- a team shape of the catalogue; '' = none chosen yet
    raci_custom INTEGER NOT NULL DEFAULT 0 CHECK (raci_custom IN (0, 1)), -- 0: the template's RACI applies
    staffing    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(staffing)), -- calculator parameters
    rota        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(rota))      -- rota rules and escalation
) STRICT;
INSERT INTO team_settings (id) VALUES (1);

CREATE TABLE team_role (
    key       TEXT PRIMARY KEY,
    custom    INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
    hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    group_key TEXT,
    name_en   TEXT,
    name_ja   TEXT,
    duties_en TEXT,
    duties_ja TEXT,
    skills    TEXT CHECK (skills IS NULL OR json_valid(skills)), -- {"skill": level}
    minimal   INTEGER CHECK (minimal IS NULL OR minimal IN (0, 1)),
    load      INTEGER CHECK (load IS NULL OR load BETWEEN 0 AND 100) -- % of a person's time as holder
) STRICT;

CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    department   TEXT NOT NULL DEFAULT '',
    job_title    TEXT NOT NULL DEFAULT '',
    membership   TEXT NOT NULL DEFAULT 'internal' CHECK (membership IN ('internal', 'external', 'virtual')),
    share        INTEGER NOT NULL DEFAULT 100 CHECK (share BETWEEN 0 AND 100), -- % of working time agreed for CSIRT work
    email        TEXT NOT NULL DEFAULT '',
    phone_office TEXT NOT NULL DEFAULT '',
    phone_mobile TEXT NOT NULL DEFAULT '',
    phone_24h    TEXT NOT NULL DEFAULT '',
    pgp          TEXT NOT NULL DEFAULT '',   -- 40 hex digits, upper case, no spaces
    languages    TEXT NOT NULL DEFAULT '',
    time_zone    TEXT NOT NULL DEFAULT '',   -- IANA name
    start_date   TEXT NOT NULL DEFAULT '',   -- yyyy-MM-dd
    notes        TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX person_email ON person (lower(email)) WHERE email <> '';

CREATE TABLE person_skill (
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill  TEXT NOT NULL,
    level  INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    PRIMARY KEY (person, skill)
) STRICT, WITHOUT ROWID;

-- Holder and deputies of each role. The same person as holder and deputy is stored (and reported as a
-- gap) rather than refused, so that an import or a hand edit never loses an assignment.
CREATE TABLE role_assignment (
    role     TEXT NOT NULL,
    person   INTEGER NOT NULL REFERENCES person (id),
    kind     TEXT NOT NULL CHECK (kind IN ('holder', 'deputy')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (role, person, kind)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX role_one_holder ON role_assignment (role) WHERE kind = 'holder';
CREATE INDEX role_assignment_person ON role_assignment (person);

CREATE TABLE raci (
    activity TEXT NOT NULL,
    role     TEXT NOT NULL,
    value    TEXT NOT NULL CHECK (value IN ('R', 'A', 'C', 'I')),
    PRIMARY KEY (activity, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE absence (
    id        INTEGER PRIMARY KEY,
    person    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    to_date   TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    CHECK (to_date >= from_date)
) STRICT;
CREATE INDEX absence_person ON absence (person);

CREATE TABLE rota_shift (
    start_date TEXT PRIMARY KEY,           -- yyyy-MM-dd, duty starts at the handover time
    end_date   TEXT NOT NULL,              -- last day of the period
    primary_person   INTEGER REFERENCES person (id),
    secondary_person INTEGER REFERENCES person (id),
    fixed      INTEGER NOT NULL DEFAULT 0 CHECK (fixed IN (0, 1)), -- a hand edit or swap, kept by regeneration
    agreed_by  TEXT NOT NULL DEFAULT '',   -- who agreed to a swap
    handover   TEXT NOT NULL DEFAULT '',   -- note for the next person on duty
    CHECK (end_date >= start_date)
) STRICT;

CREATE TABLE training_item (
    id           INTEGER PRIMARY KEY,
    person       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill        TEXT NOT NULL,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 3),
    due_date     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'planned', 'done', 'dropped')),
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (person, skill)
) STRICT;

-- The calendar identity of this workspace: the rota's iCalendar UIDs end in it, so that each re-export
-- updates the same events in people's calendars.
INSERT INTO workspace_meta (key, value) VALUES ('calendar_id', lower(hex(randomblob(16))));
