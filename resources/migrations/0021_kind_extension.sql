-- What an administrator sets of a council's own kind beyond migration 19 (Administration ›
-- Kinds, "redress-cli kinds set"), written by administrators only, as the rest of case_kind is.
-- extended_days: the most working days an extension allows in total, beside clock_days;
-- 0 = no extension.
-- retention_years: years its cases are kept after closure; NULL = as long as the built-in kind
-- its report group follows (other feedback: comments; enquiries: general enquiries), with
-- that kind's action (privacy/RetentionSchedule).
ALTER TABLE case_kind
    ADD COLUMN extended_days INTEGER NOT NULL DEFAULT 0
        CHECK (extended_days >= 0 AND extended_days <= 365);
ALTER TABLE case_kind
    ADD COLUMN retention_years INTEGER CHECK (retention_years BETWEEN 1 AND 100);
