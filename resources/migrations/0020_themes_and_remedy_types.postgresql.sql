-- The reports read cases and recommendations through their report_ views (0012, 0006): they
-- must carry the new columns. CREATE OR REPLACE keeps each view's owner (so restricted cases
-- still count) and its grants; the new columns come last, as it requires. Row-level security
-- already guards both tables (0006).
CREATE OR REPLACE VIEW report_cases AS
SELECT id, reference, kind, procedure, state, current_stage, due_on, received_on, matter_date,
       channel, team_id, complainant_id, complainant_role, advocacy_offered,
       advocate_provided_by, publishable, import_batch_id, closed_on, service_area_id,
       previous_complaint, reopened_undated, compliment_theme
FROM cases;

CREATE OR REPLACE VIEW report_ombudsman_recommendation AS
SELECT id, case_id, amount_pence, due_on, complied_on, remedy_type FROM ombudsman_recommendation;
