-- The reports read stages through report_stage (version 6): it must carry the new column.
DROP VIEW report_stage;
CREATE VIEW report_stage AS
SELECT id, case_id, number, profile_code, profile_effective_from, requested_on,
       acknowledged_on, io_appointed_on, ip_appointed_on, statement_agreed_on,
       report_received_on, panel_held_on, panel_report_on, responded_on, extended_to_days,
       extension_agreed_on, ombudsman_details_given, outcome, outcome_overridden, due_on,
       before_log
FROM stage;
