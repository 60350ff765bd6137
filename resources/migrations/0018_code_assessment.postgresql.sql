-- PostgreSQL: everyone signed in reads the self-assessment; only leads and administrators
-- change it. On a server set up with Redress's groups (server setup) the grants are made
-- here as well, so that a client upgrading the schema leaves them in place.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_lead') THEN
        GRANT SELECT ON code_assessment, code_assessment_response TO redress_officer;
        GRANT INSERT, UPDATE, DELETE ON code_assessment, code_assessment_response
            TO redress_lead;
    END IF;
END
$$;
