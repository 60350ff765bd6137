-- Holds version 21's place until the change numbered 21 is merged.
CREATE TABLE lent_0021 (id INTEGER);
DROP TABLE lent_0021;
