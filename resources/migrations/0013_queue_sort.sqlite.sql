-- SQLite: the triggers that keep the queue's sort columns (0013_queue_sort.sql) in step.
-- Each writes only sort_* columns, which no trigger watches, so none sets off another.

-- What a team's cases show: its name and the service it belongs to.
CREATE VIEW queue_team_names (team_id, team, service_area) AS
SELECT o.id, o.name, COALESCE(CASE WHEN o.level = 'team' THEN s.name ELSE o.name END, '')
FROM org_unit o LEFT JOIN org_unit s ON s.id = o.parent_id;

-- The first child's status on each case, as its label.
CREATE VIEW queue_child_status (case_id, label) AS
SELECT cc.case_id, COALESCE(t.label, cc.status) FROM case_child cc
LEFT JOIN taxonomy_term t ON t.taxonomy = 'child_status' AND t.code = cc.status
WHERE cc.id = (SELECT MIN(f.id) FROM case_child f WHERE f.case_id = cc.case_id);

CREATE TRIGGER cases_sort_case_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET
        sort_complainant = COALESCE((SELECT p.full_name FROM person p
                                     WHERE p.id = NEW.complainant_id), ''),
        sort_team = COALESCE((SELECT n.team FROM queue_team_names n
                              WHERE n.team_id = NEW.team_id), ''),
        sort_service_area = COALESCE((SELECT n.service_area FROM queue_team_names n
                                      WHERE n.team_id = NEW.team_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER cases_sort_case_update AFTER UPDATE OF complainant_id, team_id ON cases
WHEN OLD.complainant_id IS NOT NEW.complainant_id OR OLD.team_id IS NOT NEW.team_id
BEGIN
    UPDATE cases SET
        sort_complainant = COALESCE((SELECT p.full_name FROM person p
                                     WHERE p.id = NEW.complainant_id), ''),
        sort_team = COALESCE((SELECT n.team FROM queue_team_names n
                              WHERE n.team_id = NEW.team_id), ''),
        sort_service_area = COALESCE((SELECT n.service_area FROM queue_team_names n
                                      WHERE n.team_id = NEW.team_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER cases_sort_person_update AFTER UPDATE OF full_name ON person
WHEN OLD.full_name IS NOT NEW.full_name
BEGIN
    UPDATE cases SET sort_complainant = NEW.full_name WHERE complainant_id = NEW.id;
END;

-- A unit renamed or moved: its own cases (a team's name and service) and those of the teams
-- under it (their service's name).
CREATE TRIGGER cases_sort_org_unit_update AFTER UPDATE OF name, parent_id, level ON org_unit
BEGIN
    UPDATE cases SET
        sort_team = COALESCE((SELECT n.team FROM queue_team_names n
                              WHERE n.team_id = cases.team_id), ''),
        sort_service_area = COALESCE((SELECT n.service_area FROM queue_team_names n
                                      WHERE n.team_id = cases.team_id), '')
    WHERE team_id = NEW.id OR team_id IN (SELECT u.id FROM org_unit u WHERE u.parent_id = NEW.id);
END;

CREATE TRIGGER cases_sort_child_insert AFTER INSERT ON case_child
BEGIN
    UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM queue_child_status v
                                                   WHERE v.case_id = cases.id), '')
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER cases_sort_child_update AFTER UPDATE OF case_id, status ON case_child
BEGIN
    UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM queue_child_status v
                                                   WHERE v.case_id = cases.id), '')
    WHERE id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER cases_sort_child_delete AFTER DELETE ON case_child
BEGIN
    UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM queue_child_status v
                                                   WHERE v.case_id = cases.id), '')
    WHERE id = OLD.case_id;
END;

-- A child status relabelled, or a label given to a code already in use.
CREATE TRIGGER cases_sort_status_insert AFTER INSERT ON taxonomy_term
WHEN NEW.taxonomy = 'child_status'
BEGIN
    UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM queue_child_status v
                                                   WHERE v.case_id = cases.id), '')
    WHERE id IN (SELECT k.case_id FROM case_child k WHERE k.status = NEW.code);
END;

CREATE TRIGGER cases_sort_status_update AFTER UPDATE OF taxonomy, code, label ON taxonomy_term
WHEN NEW.taxonomy = 'child_status' OR OLD.taxonomy = 'child_status'
BEGIN
    UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM queue_child_status v
                                                   WHERE v.case_id = cases.id), '')
    WHERE id IN (SELECT k.case_id FROM case_child k WHERE k.status IN (OLD.code, NEW.code));
END;
