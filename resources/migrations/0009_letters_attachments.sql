-- Letters and documents on a case. Files are kept in the database itself, so a backup, a
-- restore and a team server carry them with the cases they belong to.

-- The largest file the team may attach (an administrator changes it); one row.
CREATE TABLE attachment_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    max_bytes BIGINT NOT NULL CHECK (max_bytes > 0)
);
INSERT INTO attachment_setting (id, max_bytes) VALUES (1, 26214400);
