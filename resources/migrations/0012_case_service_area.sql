-- What a council's own log records about a case beyond Redress's first model.
-- service_area_id: the service area the case counts under. A team can serve more than one
-- service area, so it is recorded on the case rather than read from the team's parent; cases
-- already recorded take their team's parent (or the unit itself, when it is a service area).
-- previous_complaint: the complainant had complained before, as a log records it when it
-- holds no identity to match people on; reports count it beside the people matched.
-- reopened_undated: times the case was re-opened with no date known, beyond the dated rows
-- of reopening (a log often gives only a count).
ALTER TABLE cases ADD COLUMN service_area_id BIGINT REFERENCES org_unit (id);
ALTER TABLE cases
    ADD COLUMN previous_complaint SMALLINT NOT NULL DEFAULT 0 CHECK (previous_complaint IN (0, 1));
ALTER TABLE cases
    ADD COLUMN reopened_undated INTEGER NOT NULL DEFAULT 0 CHECK (reopened_undated >= 0);

UPDATE cases SET service_area_id = (
    SELECT CASE WHEN u.level = 'team' THEN u.parent_id ELSE u.id END
    FROM org_unit u WHERE u.id = cases.team_id)
WHERE team_id IS NOT NULL;
CREATE INDEX cases_service_area ON cases (service_area_id);

-- The Ombudsman's decision as the log words it ("No investigation - local remedy"), kept
-- beside the code it was mapped to.
ALTER TABLE ombudsman_decision ADD COLUMN decision_wording TEXT NOT NULL DEFAULT '';
