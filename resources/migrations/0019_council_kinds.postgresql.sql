-- PostgreSQL: a case's kind is a built-in one or a council's (the column is older than the
-- kinds table, so this check stands in for a foreign key).
CREATE FUNCTION redress_case_kind_known() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind NOT IN ('complaint', 'concern', 'compliment', 'comment', 'general_enquiry',
                        'mp_enquiry', 'councillor_enquiry', 'lgsco_enquiry')
       AND NOT EXISTS (SELECT 1 FROM case_kind WHERE code = NEW.kind) THEN
        RAISE EXCEPTION 'the kind of a case must be a built-in kind or one in case_kind';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_kind_known BEFORE INSERT OR UPDATE OF kind ON cases
FOR EACH ROW EXECUTE FUNCTION redress_case_kind_known();

-- The kinds are reference data: everyone reads them, only administrators change them (as
-- "server setup" grants on the other reference tables; here too for a server upgraded by a
-- client, where setup has not run since).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_officer') THEN
        GRANT SELECT ON case_kind TO redress_officer;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_admin') THEN
        GRANT INSERT, UPDATE ON case_kind TO redress_admin;
    END IF;
END;
$$;
