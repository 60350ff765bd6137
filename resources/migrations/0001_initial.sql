-- Redress schema, version 1.
-- Runs on SQLite and PostgreSQL. The runner replaces {{id}} (an identity primary key),
-- {{date}} (a calendar date) and {{timestamp}} (an instant, UTC) with each dialect's type.
-- Flags are SMALLINT 0/1 and money is BIGINT pence on both, so reports aggregate alike.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Service areas as a hierarchy: portfolio -> service -> team.
CREATE TABLE org_unit (
    id {{id}},
    parent_id BIGINT REFERENCES org_unit (id),
    level TEXT NOT NULL CHECK (level IN ('portfolio', 'service', 'team')),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active SMALLINT NOT NULL DEFAULT 1
);

-- Every configurable list (channels, categories, outcomes, roles, child statuses, remedy
-- types, learning themes, Ombudsman decisions), dated so old codes still report.
CREATE TABLE taxonomy_term (
    id {{id}},
    taxonomy TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active SMALLINT NOT NULL DEFAULT 1,
    valid_from {{date}},
    valid_to {{date}},
    UNIQUE (taxonomy, code)
);

CREATE TABLE app_user (
    id {{id}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('officer', 'lead', 'admin')),
    team_id BIGINT REFERENCES org_unit (id),
    active SMALLINT NOT NULL DEFAULT 1
);

-- Procedure profiles (timescales) as JSON, one row per version.
CREATE TABLE procedure_profile (
    id {{id}},
    code TEXT NOT NULL,
    effective_from {{date}} NOT NULL,
    definition TEXT NOT NULL,
    UNIQUE (code, effective_from)
);

-- Changes to the working-day calendar beyond the bank-holiday rules: one-off and moved bank
-- holidays, and local closure days.
CREATE TABLE calendar_day (
    id {{id}},
    day {{date}} NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('bank_holiday_added', 'bank_holiday_removed', 'closure')),
    title TEXT NOT NULL,
    UNIQUE (day, kind)
);

-- The year's figures the report divides by, entered by an administrator.
CREATE TABLE year_context (
    financial_year INTEGER PRIMARY KEY, -- 2020 means 2020/21
    children_in_area INTEGER,
    open_cases INTEGER,
    children_in_care INTEGER
);

CREATE TABLE person (
    id {{id}},
    full_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    ward TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '',
    disability TEXT NOT NULL DEFAULT '',
    anonymous SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX person_name ON person (full_name);

CREATE TABLE child (
    id {{id}},
    social_care_reference TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX child_reference ON child (social_care_reference);

CREATE TABLE import_batch (
    id {{id}},
    imported_at {{timestamp}} NOT NULL,
    imported_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    undone_at {{timestamp}}
);

CREATE TABLE cases (
    id {{id}},
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    procedure TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    current_stage INTEGER NOT NULL DEFAULT 1,
    due_on {{date}},
    received_on {{date}} NOT NULL,
    matter_date {{date}},
    summary TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    team_id BIGINT REFERENCES org_unit (id),
    complainant_id BIGINT REFERENCES person (id),
    complainant_role TEXT NOT NULL DEFAULT '',
    advocacy_offered SMALLINT NOT NULL DEFAULT 0,
    advocate_provided_by TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    time_limit_waiver_reason TEXT NOT NULL DEFAULT '',
    publishable SMALLINT NOT NULL DEFAULT 0,
    source_reference TEXT NOT NULL DEFAULT '',
    import_batch_id BIGINT REFERENCES import_batch (id),
    closed_on {{date}},
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    -- optimistic locking: two officers saving one case cannot overwrite each other
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_queue ON cases (state, due_on);
CREATE INDEX cases_received ON cases (received_on);
CREATE INDEX cases_kind ON cases (kind, received_on);
CREATE INDEX cases_complainant ON cases (complainant_id);
CREATE INDEX cases_team ON cases (team_id);
CREATE INDEX cases_source_reference ON cases (source_reference);
CREATE INDEX cases_import_batch ON cases (import_batch_id);

CREATE TABLE case_child (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    child_id BIGINT NOT NULL REFERENCES child (id),
    status TEXT NOT NULL DEFAULT '',
    advocate_offered SMALLINT NOT NULL DEFAULT 0,
    advocate_provider TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_child_case ON case_child (case_id);

CREATE TABLE stage (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3),
    profile_code TEXT NOT NULL,
    profile_effective_from {{date}},
    requested_on {{date}} NOT NULL,
    acknowledged_on {{date}},
    io_appointed_on {{date}},
    ip_appointed_on {{date}},
    statement_agreed_on {{date}},
    report_received_on {{date}},
    panel_held_on {{date}},
    panel_report_on {{date}},
    responded_on {{date}},
    extended_to_days INTEGER NOT NULL DEFAULT 0,
    extension_agreed_on {{date}},
    extension_reason TEXT NOT NULL DEFAULT '',
    ombudsman_details_given SMALLINT NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    outcome_overridden SMALLINT NOT NULL DEFAULT 0,
    responding_manager TEXT NOT NULL DEFAULT '',
    investigating_officer TEXT NOT NULL DEFAULT '',
    independent_person TEXT NOT NULL DEFAULT '',
    panel_chair TEXT NOT NULL DEFAULT '',
    escalation_waiver_reason TEXT NOT NULL DEFAULT '',
    due_on {{date}},
    UNIQUE (case_id, number)
);
CREATE INDEX stage_requested ON stage (number, requested_on);
CREATE INDEX stage_responded ON stage (number, responded_on);

CREATE TABLE suspension (
    id {{id}},
    stage_id BIGINT NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
    from_date {{date}} NOT NULL,
    until_date {{date}},
    reason TEXT NOT NULL
);
CREATE INDEX suspension_stage ON suspension (stage_id);

CREATE TABLE complaint_point (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    team_id BIGINT REFERENCES org_unit (id)
);
CREATE INDEX complaint_point_case ON complaint_point (case_id);

CREATE TABLE point_finding (
    point_id BIGINT NOT NULL REFERENCES complaint_point (id) ON DELETE CASCADE,
    stage_number INTEGER NOT NULL,
    finding TEXT NOT NULL,
    PRIMARY KEY (point_id, stage_number)
);

CREATE TABLE remedy (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    stage_number INTEGER NOT NULL DEFAULT 1,
    type TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    amount_pence BIGINT NOT NULL DEFAULT 0,
    agreed_on {{date}},
    completed_on {{date}}
);
CREATE INDEX remedy_case ON remedy (case_id);

CREATE TABLE learning_action (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_on {{date}},
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'in_progress', 'implemented', 'not_implemented')),
    not_implemented_reason TEXT NOT NULL DEFAULT '',
    completed_on {{date}}
);
CREATE INDEX learning_action_case ON learning_action (case_id);

CREATE TABLE staff_named (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    job_title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_named_case ON staff_named (case_id);

CREATE TABLE cost (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    stage_number INTEGER NOT NULL DEFAULT 2,
    kind TEXT NOT NULL,
    amount_pence BIGINT NOT NULL,
    incurred_on {{date}},
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cost_case ON cost (case_id);

CREATE TABLE case_link (
    id {{id}},
    from_case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    to_case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    UNIQUE (from_case_id, to_case_id, kind)
);
CREATE INDEX case_link_to ON case_link (to_case_id);

CREATE TABLE reopening (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    reopened_on {{date}} NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX reopening_case ON reopening (case_id);

CREATE TABLE ombudsman_decision (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    lgsco_reference TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    decided_on {{date}},
    fault_found SMALLINT NOT NULL DEFAULT 0,
    injustice_found SMALLINT NOT NULL DEFAULT 0,
    remedy_already_provided SMALLINT NOT NULL DEFAULT 0
);

CREATE TABLE ombudsman_recommendation (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    amount_pence BIGINT NOT NULL DEFAULT 0,
    due_on {{date}},
    complied_on {{date}}
);
CREATE INDEX ombudsman_recommendation_case ON ombudsman_recommendation (case_id);

CREATE TABLE note (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    created_at {{timestamp}} NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX note_case ON note (case_id);

-- Append-only: who, when, what, before and after. No foreign key to cases, so the trail of a
-- case removed by undoing an import survives it. Triggers (per dialect) refuse UPDATE and
-- DELETE.
CREATE TABLE audit_entry (
    id {{id}},
    at {{timestamp}} NOT NULL,
    actor TEXT NOT NULL,
    case_id BIGINT,
    case_reference TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    before_state TEXT NOT NULL DEFAULT '{}',
    after_state TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_case ON audit_entry (case_id, id);
