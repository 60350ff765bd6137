-- Retention: how long each kind of case is kept after it closes, and what then happens to it
-- (Retention). The shipped periods are defaults a council must confirm or change
-- (Administration > Retention); kinds with no row are kept for ever.
CREATE TABLE retention_rule (
    kind TEXT PRIMARY KEY,
    years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100),
    action TEXT NOT NULL CHECK (action IN ('anonymise', 'delete'))
);
INSERT INTO retention_rule (kind, years, action) VALUES
    ('complaint', 6, 'anonymise'),
    ('lgsco_enquiry', 6, 'anonymise'),
    ('concern', 3, 'anonymise'),
    ('mp_enquiry', 3, 'anonymise'),
    ('councillor_enquiry', 3, 'anonymise'),
    ('general_enquiry', 2, 'anonymise'),
    ('compliment', 2, 'anonymise'),
    ('comment', 2, 'anonymise');

-- The day a case's personal data was removed; it still counts in reports.
ALTER TABLE cases ADD COLUMN anonymised_on {{date}};

-- The chain hashes digests of each entry's detail, before and after (kept here) rather than
-- the text itself, so that text can be blanked when the case it names is anonymised or
-- deleted while the chain still verifies (AuditLog). redacted_at marks such an entry; the
-- entries already stored are chained again when this migration runs.
ALTER TABLE audit_entry ADD COLUMN detail_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_entry ADD COLUMN before_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_entry ADD COLUMN after_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_entry ADD COLUMN redacted_at {{timestamp}};
