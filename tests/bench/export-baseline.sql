-- The rows `redress-cli export cases` writes, as the sqlite3 shell makes them with plain SQL
-- (bench_export.sh runs it with -csv): one row per case, oldest first, holding the case, its
-- complainant, the columns of stages 1 to 3, the team's code, the categories and remedies,
-- links, the Ombudsman's decision, and every collection as a JSON list, each built in bulk by
-- one GROUP BY joined on the case id. What it leaves out is only Redress's own work: mapping
-- codes and checking types cell by cell.
WITH
stage_row AS (
    SELECT case_id, number, requested_on, acknowledged_on, io_appointed_on, ip_appointed_on,
           statement_agreed_on, report_received_on, panel_held_on, panel_report_on,
           responded_on, CASE WHEN extended_to_days > 0 THEN 'Y' ELSE 'N' END AS extended,
           NULLIF(extended_to_days, 0) AS extended_to_days, extension_agreed_on,
           extension_reason, ombudsman_details_given, outcome, outcome_overridden,
           responding_manager, investigating_officer, independent_person, panel_chair,
           escalation_waiver_reason
    FROM stage),
points AS (
    SELECT p.case_id, group_concat(DISTINCT p.category) AS categories,
           json_group_array(json_object('description', p.description, 'category', p.category,
                                        'findings', (SELECT json_group_array(f.finding)
                                                     FROM point_finding f
                                                     WHERE f.point_id = p.id))) AS json
    FROM complaint_point p GROUP BY p.case_id),
children AS (
    SELECT cc.case_id, min(ch.social_care_reference) AS reference, min(cc.status) AS status,
           json_group_array(json_object('reference', ch.social_care_reference, 'name', ch.name,
                                        'status', cc.status)) AS json
    FROM case_child cc JOIN child ch ON ch.id = cc.child_id GROUP BY cc.case_id),
suspensions AS (
    SELECT st.case_id, json_group_array(json_object('stage', st.number, 'from', s.from_date,
                                                    'until', s.until_date, 'reason', s.reason)) AS json
    FROM suspension s JOIN stage st ON st.id = s.stage_id GROUP BY st.case_id),
remedies AS (
    SELECT case_id, group_concat(DISTINCT type) AS types, sum(amount_pence) / 100.0 AS pounds,
           json_group_array(json_object('stage', stage_number, 'type', type, 'description',
                                        description, 'amountPence', amount_pence, 'agreedOn',
                                        agreed_on, 'completedOn', completed_on)) AS json
    FROM remedy GROUP BY case_id),
learning AS (
    SELECT case_id, json_group_array(json_object('description', description, 'theme', theme,
                                                 'owner', owner, 'dueOn', due_on, 'status',
                                                 status, 'completedOn', completed_on)) AS json
    FROM learning_action GROUP BY case_id),
staff AS (
    SELECT case_id, json_group_array(json_object('name', name, 'jobTitle', job_title)) AS json
    FROM staff_named GROUP BY case_id),
costs AS (
    SELECT case_id, json_group_array(json_object('stage', stage_number, 'kind', kind,
                                                 'amountPence', amount_pence, 'on',
                                                 incurred_on, 'note', note)) AS json
    FROM cost GROUP BY case_id),
reopenings AS (
    SELECT case_id, json_group_array(json_object('on', reopened_on, 'reason', reason)) AS json
    FROM reopening GROUP BY case_id),
notes AS (
    SELECT case_id, json_group_array(json_object('at', created_at, 'author', author, 'text',
                                                 text)) AS json
    FROM note GROUP BY case_id),
links AS (
    SELECT l.from_case_id AS case_id, group_concat(l.kind || ':' || t.reference, '; ') AS text
    FROM case_link l JOIN cases t ON t.id = l.to_case_id GROUP BY l.from_case_id),
recommendations AS (
    SELECT case_id, json_group_array(json_object('description', description, 'amountPence',
                                                 amount_pence, 'dueOn', due_on, 'compliedOn',
                                                 complied_on)) AS json
    FROM ombudsman_recommendation GROUP BY case_id)
SELECT c.reference, c.source_reference, c.kind, c.procedure, c.state, c.received_on,
       c.matter_date, c.summary, c.channel, team.code, p.id, p.full_name, p.email, p.phone,
       p.address, p.postcode, p.ward, p.age_band, p.ethnicity, p.disability, p.anonymous,
       c.complainant_role, c.advocacy_offered, c.advocate_provided_by, c.officer,
       c.time_limit_waiver_reason, c.publishable, c.closed_on, points.categories,
       children.reference, children.status, remedies.types, remedies.pounds,
       d.lgsco_reference, d.decision, d.decided_on, d.fault_found, d.injustice_found,
       d.remedy_already_provided, links.text, s1.*, s2.*, s3.*, points.json, children.json,
       suspensions.json, remedies.json, learning.json, staff.json, costs.json,
       reopenings.json, notes.json, recommendations.json
FROM cases c
LEFT JOIN person p ON p.id = c.complainant_id
LEFT JOIN org_unit team ON team.id = c.team_id
LEFT JOIN stage_row s1 ON s1.case_id = c.id AND s1.number = 1
LEFT JOIN stage_row s2 ON s2.case_id = c.id AND s2.number = 2
LEFT JOIN stage_row s3 ON s3.case_id = c.id AND s3.number = 3
LEFT JOIN points ON points.case_id = c.id
LEFT JOIN children ON children.case_id = c.id
LEFT JOIN suspensions ON suspensions.case_id = c.id
LEFT JOIN remedies ON remedies.case_id = c.id
LEFT JOIN learning ON learning.case_id = c.id
LEFT JOIN staff ON staff.case_id = c.id
LEFT JOIN costs ON costs.case_id = c.id
LEFT JOIN reopenings ON reopenings.case_id = c.id
LEFT JOIN notes ON notes.case_id = c.id
LEFT JOIN links ON links.case_id = c.id
LEFT JOIN ombudsman_decision d ON d.case_id = c.id
LEFT JOIN recommendations ON recommendations.case_id = c.id
ORDER BY c.received_on, c.id;
