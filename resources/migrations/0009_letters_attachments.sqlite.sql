-- A file linked to a case: the complainant's letter, the response sent, a letter Redress
-- produced. Its SHA-256 lets anyone show the file given out is the file stored.
CREATE TABLE attachment (
    id {{id}},
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at {{timestamp}} NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL
);
CREATE INDEX attachment_case ON attachment (case_id);

-- A letter template the team edits (OpenDocument text with merge fields). A row replaces the
-- default of the same name that ships with Redress, or adds a template of the team's own.
CREATE TABLE letter_template (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    content BLOB NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at {{timestamp}} NOT NULL
);
