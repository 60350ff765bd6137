-- The trigger point for staff named in complaints: how many complaints naming one member of
-- staff in a rolling 12 months a council wants its leads to know about (an administrator sets
-- it; report_setting is already written by administrators only and every change is audited).
ALTER TABLE report_setting ADD COLUMN staff_named_threshold INTEGER NOT NULL DEFAULT 3
    CHECK (staff_named_threshold BETWEEN 1 AND 99);

-- Each service area's own figures for a year, beside year_context's for the whole council, so
-- that complaints per 1,000 can be given per service: the cases it had open and the contacts
-- (referrals) it took. Entered by an administrator; a figure not yet known is null.
CREATE TABLE service_year_context (
    financial_year INTEGER NOT NULL,
    org_unit_id BIGINT NOT NULL REFERENCES org_unit (id),
    open_cases INTEGER CHECK (open_cases >= 0),
    contacts INTEGER CHECK (contacts >= 0),
    PRIMARY KEY (financial_year, org_unit_id)
);
