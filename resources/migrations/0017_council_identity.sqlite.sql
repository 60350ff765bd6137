ALTER TABLE report_setting ADD COLUMN council_logo BLOB;
