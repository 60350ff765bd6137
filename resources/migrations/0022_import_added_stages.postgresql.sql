-- PostgreSQL: whoever may import writes these rows with the cases' own. On a server set up
-- with Redress's groups (server setup) the grants are made here as well, so that a client
-- upgrading the schema leaves them in place.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_officer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON import_added_stage TO redress_officer;
    END IF;
END
$$;
