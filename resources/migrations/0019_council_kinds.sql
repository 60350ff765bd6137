-- Kinds of feedback a council adds beyond the built-in ones (Administration › Kinds), such as
-- "Correspondence" or "Social Work England enquiry". A case of one stores the kind's code in
-- cases.kind, as a case of a built-in kind stores "complaint": every query that selects or
-- groups by kind takes it as it is. A kind is never deleted, only retired (not offered for
-- new cases), so its cases keep their kind.
-- reference_prefix: its cases' references (PREFIX-2020-00001); never a built-in's prefix.
-- clock_days: working days to respond, counted as every other clock is; 0 = no clock.
-- report_group: where the reports count it: its own row among the other feedback, and also
-- among the enquiries.
CREATE TABLE case_kind (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    reference_prefix TEXT NOT NULL UNIQUE,
    clock_days INTEGER NOT NULL DEFAULT 0 CHECK (clock_days >= 0 AND clock_days <= 365),
    report_group TEXT NOT NULL DEFAULT 'other_feedback'
        CHECK (report_group IN ('other_feedback', 'enquiry')),
    retired SMALLINT NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);
