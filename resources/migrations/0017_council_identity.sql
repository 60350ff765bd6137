-- The council's name and logo for the cover of a printed report, set by an administrator and
-- kept with the other report settings (admin-only writes, like 0010) so that a team sharing a
-- server prints the same cover. The logo is the picture file's bytes (at most 1 MB, checked
-- by Redress); council_logo_format says which kind it is.
ALTER TABLE report_setting ADD COLUMN council_name TEXT NOT NULL DEFAULT '';
ALTER TABLE report_setting ADD COLUMN council_logo_format TEXT NOT NULL DEFAULT ''
    CHECK (council_logo_format IN ('', 'png', 'jpeg', 'svg'));
