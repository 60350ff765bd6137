-- SQLite: the queue's search box. One FTS5 row per case (rowid = case id) over its
-- reference, complainant, children (names and social-care references) and summary, kept in
-- step by triggers, and backfilled here from the cases already stored.
CREATE VIRTUAL TABLE case_search USING fts5(
    reference, complainant, children, summary,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO case_search (rowid, reference, complainant, children, summary)
SELECT c.id, c.reference, COALESCE(p.full_name, ''),
       COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ')
                 FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                 WHERE cc.case_id = c.id), ''),
       c.summary
FROM cases c LEFT JOIN person p ON p.id = c.complainant_id;

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (rowid, reference, complainant, children, summary)
    SELECT NEW.id, NEW.reference, COALESCE((SELECT full_name FROM person WHERE id = NEW.complainant_id), ''),
           '', NEW.summary;
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF reference, summary, complainant_id ON cases
WHEN OLD.reference IS NOT NEW.reference OR OLD.summary IS NOT NEW.summary
    OR OLD.complainant_id IS NOT NEW.complainant_id
BEGIN
    UPDATE case_search
    SET reference = NEW.reference,
        complainant = COALESCE((SELECT full_name FROM person WHERE id = NEW.complainant_id), ''),
        summary = NEW.summary
    WHERE rowid = NEW.id;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER case_search_person_update AFTER UPDATE OF full_name ON person
WHEN OLD.full_name IS NOT NEW.full_name
BEGIN
    UPDATE case_search SET complainant = NEW.full_name
    WHERE rowid IN (SELECT id FROM cases WHERE complainant_id = NEW.id);
END;

CREATE TRIGGER case_search_child_insert AFTER INSERT ON case_child
BEGIN
    UPDATE case_search
    SET children = COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ')
                             FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                             WHERE cc.case_id = NEW.case_id), '')
    WHERE rowid = NEW.case_id;
END;

CREATE TRIGGER case_search_child_delete AFTER DELETE ON case_child
BEGIN
    UPDATE case_search
    SET children = COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ')
                             FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                             WHERE cc.case_id = OLD.case_id), '')
    WHERE rowid = OLD.case_id;
END;

CREATE TRIGGER case_search_child_rename AFTER UPDATE OF name, social_care_reference ON child
BEGIN
    UPDATE case_search
    SET children = COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ')
                             FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                             WHERE cc.case_id = case_search.rowid), '')
    WHERE rowid IN (SELECT case_id FROM case_child WHERE child_id = NEW.id);
END;
