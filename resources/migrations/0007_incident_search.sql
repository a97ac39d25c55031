-- Schema 7: full-text search over incidents. One FTS5 row per incident (rowid = incident id) holds
-- the identifier, title, summary + lessons, and a body made of journal entries, communications,
-- observables and artefacts. The trigram tokenizer finds substrings, which Japanese text (no spaces
-- between words) needs; terms under three characters are matched with LIKE by the search code.
-- Triggers keep the index in step with every write, except inside a bulk load (workspace_meta
-- 'fts_bulk' set), which rebuilds the rows it touched itself before it commits.
CREATE VIRTUAL TABLE incident_fts USING fts5 (ident, title, summary, body, tokenize = 'trigram');

INSERT INTO incident_fts (rowid, ident, title, summary, body)
SELECT id, ident, title, summary || ' ' || lessons, '' FROM incident;

CREATE TRIGGER incident_fts_insert AFTER INSERT ON incident
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    INSERT INTO incident_fts (rowid, ident, title, summary, body)
    VALUES (new.id, new.ident, new.title, new.summary || ' ' || new.lessons, '');
END;

CREATE TRIGGER incident_fts_update AFTER UPDATE OF title, summary, lessons ON incident
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    UPDATE incident_fts SET title = new.title, summary = new.summary || ' ' || new.lessons WHERE rowid = new.id;
END;

CREATE TRIGGER incident_fts_delete AFTER DELETE ON incident
BEGIN
    DELETE FROM incident_fts WHERE rowid = old.id;
END;

CREATE VIEW incident_fts_body (incident_id, body) AS
SELECT i.id,
       coalesce((SELECT group_concat(text, ' ') FROM journal_entry WHERE incident_id = i.id), '') || ' ' ||
       coalesce((SELECT group_concat(person || ' ' || organisation || ' ' || summary || ' ' || reported, ' ')
                 FROM communication WHERE incident_id = i.id), '') || ' ' ||
       coalesce((SELECT group_concat(value || ' ' || note, ' ') FROM observable WHERE incident_id = i.id), '') || ' ' ||
       coalesce((SELECT group_concat(title || ' ' || content, ' ') FROM artefact WHERE incident_id = i.id), '')
FROM incident i;

CREATE TRIGGER journal_fts AFTER INSERT ON journal_entry
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = new.incident_id)
    WHERE rowid = new.incident_id;
END;

CREATE TRIGGER communication_fts AFTER INSERT ON communication
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = new.incident_id)
    WHERE rowid = new.incident_id;
END;

CREATE TRIGGER observable_fts_insert AFTER INSERT ON observable
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = new.incident_id)
    WHERE rowid = new.incident_id;
END;

CREATE TRIGGER observable_fts_delete AFTER DELETE ON observable
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = old.incident_id)
    WHERE rowid = old.incident_id;
END;

CREATE TRIGGER artefact_fts_insert AFTER INSERT ON artefact
WHEN NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'fts_bulk')
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = new.incident_id)
    WHERE rowid = new.incident_id;
END;

CREATE TRIGGER artefact_fts_delete AFTER DELETE ON artefact
BEGIN
    UPDATE incident_fts SET body = (SELECT body FROM incident_fts_body WHERE incident_id = old.incident_id)
    WHERE rowid = old.incident_id;
END;
