-- The reports read cases through report_cases (version 6): it must carry the new columns.
-- CREATE OR REPLACE keeps the view's owner (the tables' owner, so restricted cases still
-- count) and its grants; the new columns come last, as it requires. The new columns are on
-- tables row-level security already guards (0006).
CREATE OR REPLACE VIEW report_cases AS
SELECT id, reference, kind, procedure, state, current_stage, due_on, received_on, matter_date,
       channel, team_id, complainant_id, complainant_role, advocacy_offered,
       advocate_provided_by, publishable, import_batch_id, closed_on, service_area_id,
       previous_complaint, reopened_undated
FROM cases;
