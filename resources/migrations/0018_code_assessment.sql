-- The yearly self-assessment against the Ombudsman's Complaint Handling Code, which the
-- complaints manager keeps for each financial year (2026 = 2026/27) and the Code annual
-- report prints: one row per checklist item answered (an item with no row is not yet
-- assessed), and the governing body's response to the year's report.
CREATE TABLE code_assessment (
    financial_year INTEGER NOT NULL,
    item TEXT NOT NULL,
    compliance TEXT NOT NULL CHECK (compliance IN ('complies', 'partly', 'does_not_comply')),
    explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (financial_year, item)
);

CREATE TABLE code_assessment_response (
    financial_year INTEGER PRIMARY KEY,
    response TEXT NOT NULL DEFAULT ''
);
