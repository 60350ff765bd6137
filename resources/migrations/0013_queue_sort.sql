-- The names the queue sorts by, kept on the case itself so that sorting every case by one is
-- a walk along an index rather than a join and a sort of the whole table. Each holds what the
-- queue shows: the complainant's name, the team's name, the service the team belongs to and
-- the first child's status as its label, '' when there is none. Triggers keep them in step
-- with the tables they come from (0013_queue_sort.sqlite.sql / .postgresql.sql).
ALTER TABLE cases ADD COLUMN sort_complainant TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN sort_team TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN sort_service_area TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN sort_child_status TEXT NOT NULL DEFAULT '';

UPDATE cases SET
    sort_complainant = COALESCE((SELECT p.full_name FROM person p
                                 WHERE p.id = cases.complainant_id), ''),
    sort_team = COALESCE((SELECT o.name FROM org_unit o WHERE o.id = cases.team_id), ''),
    sort_service_area = COALESCE((SELECT CASE WHEN o.level = 'team' THEN s.name ELSE o.name END
                                  FROM org_unit o LEFT JOIN org_unit s ON s.id = o.parent_id
                                  WHERE o.id = cases.team_id), ''),
    sort_child_status = COALESCE((SELECT COALESCE(t.label, cc.status) FROM case_child cc
                                  LEFT JOIN taxonomy_term t
                                  ON t.taxonomy = 'child_status' AND t.code = cc.status
                                  WHERE cc.case_id = cases.id ORDER BY cc.id LIMIT 1), '');

-- Keyset paging of every case in each order the queue offers: (sort key, id) from an index,
-- read forwards or backwards.
CREATE INDEX cases_sort_complainant ON cases (sort_complainant, id);
CREATE INDEX cases_sort_team ON cases (sort_team, id);
CREATE INDEX cases_sort_service_area ON cases (sort_service_area, id);
CREATE INDEX cases_sort_child_status ON cases (sort_child_status, id);
CREATE INDEX cases_sort_kind ON cases (kind, id);
CREATE INDEX cases_sort_procedure ON cases (procedure, current_stage, id);
CREATE INDEX cases_sort_officer ON cases (officer, id);
CREATE INDEX cases_sort_state ON cases (state, id);
CREATE INDEX cases_sort_reference ON cases (reference, id);

-- "My cases" and "My team" read only the open cases of one officer or team, in due order
-- without a sort; the condition is the queue's own (CaseQuery), so both engines use them.
CREATE INDEX cases_open_officer ON cases (officer, COALESCE(due_on, '9999-12-31'), id)
WHERE state IN ('received', 'open', 'suspended', 'responded');
CREATE INDEX cases_open_team ON cases (team_id, COALESCE(due_on, '9999-12-31'), id)
WHERE state IN ('received', 'open', 'suspended', 'responded');
-- "Recently closed": the cases closed or withdrawn in a span of days.
CREATE INDEX cases_state_closed ON cases (state, closed_on);
