-- The reports read cases through report_cases (version 6): it must carry the new columns.
DROP VIEW report_cases;
CREATE VIEW report_cases AS
SELECT id, reference, kind, procedure, state, current_stage, due_on, received_on, matter_date,
       channel, team_id, complainant_id, complainant_role, advocacy_offered,
       advocate_provided_by, publishable, import_batch_id, closed_on, service_area_id,
       previous_complaint, reopened_undated
FROM cases;
