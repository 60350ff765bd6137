-- Restricted cases: a case with rows here can be seen only by the logins named (a complaint
-- about a member of the complaints team, a sensitive child-protection matter). A case with
-- no rows is seen by everyone. On SQLite the application is the only guard; on PostgreSQL
-- row-level security (0006_case_restriction.postgresql.sql) enforces it as well.
CREATE TABLE case_restriction (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    username TEXT NOT NULL,
    PRIMARY KEY (case_id, username)
);
CREATE INDEX case_restriction_user ON case_restriction (username, case_id);

-- What the report engine counts from: every case, restricted or not, but only the columns a
-- count needs, never a name, summary or free text. On PostgreSQL a view runs with its
-- owner's rights, so row-level security does not hide restricted cases from the counts.
CREATE VIEW report_cases AS
SELECT id, reference, kind, procedure, state, current_stage, due_on, received_on, matter_date,
       channel, team_id, complainant_id, complainant_role, advocacy_offered,
       advocate_provided_by, publishable, import_batch_id, closed_on
FROM cases;

CREATE VIEW report_stage AS
SELECT id, case_id, number, profile_code, profile_effective_from, requested_on,
       acknowledged_on, io_appointed_on, ip_appointed_on, statement_agreed_on,
       report_received_on, panel_held_on, panel_report_on, responded_on, extended_to_days,
       extension_agreed_on, ombudsman_details_given, outcome, outcome_overridden, due_on
FROM stage;

CREATE VIEW report_suspension AS
SELECT id, stage_id, from_date, until_date FROM suspension;

CREATE VIEW report_case_child AS
SELECT id, case_id, child_id, status, advocate_offered, advocate_provider FROM case_child;

CREATE VIEW report_complaint_point AS
SELECT id, case_id, position, category, team_id FROM complaint_point;

CREATE VIEW report_remedy AS
SELECT id, case_id, stage_number, type, amount_pence, agreed_on, completed_on FROM remedy;

CREATE VIEW report_learning_action AS
SELECT id, case_id, theme, status, due_on, completed_on FROM learning_action;

CREATE VIEW report_reopening AS
SELECT id, case_id, reopened_on FROM reopening;

CREATE VIEW report_ombudsman_decision AS
SELECT case_id, decision, decided_on, fault_found, injustice_found, remedy_already_provided
FROM ombudsman_decision;

CREATE VIEW report_ombudsman_recommendation AS
SELECT id, case_id, amount_pence, due_on, complied_on FROM ombudsman_recommendation;
