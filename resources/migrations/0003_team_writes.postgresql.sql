-- PostgreSQL: the actor of every audit entry is the login the server sees, whatever the
-- client sends, so no one can write an entry in another person's name.
ALTER TABLE audit_entry ALTER COLUMN actor SET DEFAULT session_user;

CREATE FUNCTION redress_audit_actor() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := session_user;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_entry_actor BEFORE INSERT ON audit_entry
FOR EACH ROW EXECUTE FUNCTION redress_audit_actor();
