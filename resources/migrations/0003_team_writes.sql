-- Writers that never collide: the last number given out for each reference prefix and
-- financial year, taken (and so locked) inside the transaction that saves the new case.
-- Filled from the references already stored when this migration runs (DefaultData).
CREATE TABLE reference_counter (
    prefix TEXT NOT NULL,
    financial_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (prefix, financial_year)
);

-- The audit trail as a chain: each entry carries the SHA-256 of the entry before it and of its
-- own content (AuditLog), so an entry changed or removed behind Redress's back is found by
-- "redress-cli check". The entries already stored are chained when this migration runs.
ALTER TABLE audit_entry ADD COLUMN previous_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_entry ADD COLUMN entry_hash TEXT NOT NULL DEFAULT '';
