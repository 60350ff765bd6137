-- PostgreSQL: the audit trail still refuses every change but one, the blanking of an entry's
-- detail, before and after by redress_redact_audit (below), which alone turns the setting on.
-- People's roles have no UPDATE on audit_entry at all, so only that function (running as the
-- owner) can make use of it.
CREATE OR REPLACE FUNCTION redress_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('redress.redacting', true) = 'on' THEN
        IF NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
           AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
           AND NEW.case_reference = OLD.case_reference AND NEW.action = OLD.action
           AND NEW.previous_hash = OLD.previous_hash AND NEW.entry_hash = OLD.entry_hash
           AND NEW.detail_digest = OLD.detail_digest AND NEW.before_digest = OLD.before_digest
           AND NEW.after_digest = OLD.after_digest AND NEW.detail = ''
           AND NEW.before_state = '{}' AND NEW.after_state = '{}'
           AND NEW.redacted_at IS NOT NULL THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

-- The SHA-256 of a text as hex, as AuditLog computes it.
CREATE FUNCTION redress_digest(content TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(content, 'UTF8')), 'hex')
$$;

-- Blanks the personal content (detail, before, after) of the audit entries of cases that have
-- been anonymised or deleted, and appends its own entry to the chain saying how many. Runs as
-- the owner role; only redress_admin may execute it (TeamServer grants it), and it refuses a
-- case that still stands with its personal data.
CREATE FUNCTION redress_redact_audit(case_ids BIGINT[], stamp TIMESTAMPTZ, reason TEXT)
RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    redacted INTEGER;
    previous TEXT;
    at_ms TIMESTAMPTZ := date_trunc('milliseconds', stamp);
    after_text TEXT;
    content_hash TEXT;
BEGIN
    IF EXISTS (SELECT 1 FROM cases WHERE id = ANY (case_ids) AND anonymised_on IS NULL) THEN
        RAISE EXCEPTION 'only the audit entries of anonymised or deleted cases can be redacted';
    END IF;
    PERFORM pg_advisory_xact_lock(5383678735);
    PERFORM set_config('redress.redacting', 'on', true);
    UPDATE audit_entry SET detail = '', before_state = '{}', after_state = '{}',
                           redacted_at = at_ms
    WHERE case_id = ANY (case_ids) AND redacted_at IS NULL;
    GET DIAGNOSTICS redacted = ROW_COUNT;
    PERFORM set_config('redress.redacting', 'off', true);
    SELECT entry_hash INTO previous FROM audit_entry ORDER BY id DESC LIMIT 1;
    previous := coalesce(previous, '');
    after_text := format('{"cases":%s,"entries":%s}', coalesce(array_length(case_ids, 1), 0),
                         redacted);
    content_hash := redress_digest(
        redress_digest(previous)
        || redress_digest(to_char(at_ms AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || redress_digest(session_user) || redress_digest('0') || redress_digest('')
        || redress_digest('redact_audit') || redress_digest(reason) || redress_digest('{}')
        || redress_digest(after_text));
    INSERT INTO audit_entry (at, actor, case_id, case_reference, action, detail, before_state,
                             after_state, previous_hash, entry_hash, detail_digest,
                             before_digest, after_digest)
    VALUES (at_ms, session_user, NULL, '', 'redact_audit', reason, '{}', after_text, previous,
            content_hash, redress_digest(reason), redress_digest('{}'),
            redress_digest(after_text));
    RETURN redacted;
END;
$$;

REVOKE ALL ON FUNCTION redress_redact_audit(BIGINT[], TIMESTAMPTZ, TEXT) FROM PUBLIC;
