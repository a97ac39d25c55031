-- Schema 11: the constituency and the mission statement have one home, the organisation profile.
-- The basic framework worksheet shows and edits the profile's text. A worksheet text that differs
-- from the profile's is kept: it becomes the profile's text when that is empty, otherwise it is
-- added below it, for the team to merge.
UPDATE org_profile SET
    constituency = CASE
        WHEN trim(coalesce((SELECT json_extract(fields, '$.constituency') FROM worksheet WHERE kind = 'framework'), '')) IN ('', trim(constituency))
            THEN constituency
        WHEN trim(constituency) = ''
            THEN (SELECT json_extract(fields, '$.constituency') FROM worksheet WHERE kind = 'framework')
        ELSE constituency || char(10) || char(10) || (SELECT json_extract(fields, '$.constituency') FROM worksheet WHERE kind = 'framework')
    END,
    mission = CASE
        WHEN trim(coalesce((SELECT json_extract(fields, '$.mission') FROM worksheet WHERE kind = 'framework'), '')) IN ('', trim(mission))
            THEN mission
        WHEN trim(mission) = ''
            THEN (SELECT json_extract(fields, '$.mission') FROM worksheet WHERE kind = 'framework')
        ELSE mission || char(10) || char(10) || (SELECT json_extract(fields, '$.mission') FROM worksheet WHERE kind = 'framework')
    END
WHERE id = 1;

UPDATE worksheet SET fields = json_remove(fields, '$.constituency', '$.mission') WHERE kind = 'framework';
