-- SQLite: a case's kind is a built-in one or a council's (the column is older than the kinds
-- table, so this check stands in for a foreign key).
CREATE TRIGGER cases_kind_known_insert BEFORE INSERT ON cases
WHEN NEW.kind NOT IN ('complaint', 'concern', 'compliment', 'comment', 'general_enquiry',
                      'mp_enquiry', 'councillor_enquiry', 'lgsco_enquiry')
     AND NOT EXISTS (SELECT 1 FROM case_kind WHERE code = NEW.kind)
BEGIN
    SELECT RAISE(ABORT, 'the kind of a case must be a built-in kind or one in case_kind');
END;
CREATE TRIGGER cases_kind_known_update BEFORE UPDATE OF kind ON cases
WHEN NEW.kind NOT IN ('complaint', 'concern', 'compliment', 'comment', 'general_enquiry',
                      'mp_enquiry', 'councillor_enquiry', 'lgsco_enquiry')
     AND NOT EXISTS (SELECT 1 FROM case_kind WHERE code = NEW.kind)
BEGIN
    SELECT RAISE(ABORT, 'the kind of a case must be a built-in kind or one in case_kind');
END;
