-- PostgreSQL: the audit entries of a restricted case are hidden like the case itself, from
-- every login not named in case_restriction (their detail, before and after hold the case's
-- personal data). The chain still runs through them: appending reads the chain's head, and
-- checking reads every link, through the two functions below, which run with the owner's
-- rights and give out no more of a hidden entry than its hashes and whether its content
-- still matches them.

ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_not_hidden ON audit_entry FOR SELECT
USING (case_id IS NULL OR case_id NOT IN (SELECT redress_hidden_cases()));
-- Appending stays open to everyone granted INSERT; there are no UPDATE or DELETE grants.
CREATE POLICY audit_entry_append ON audit_entry FOR INSERT WITH CHECK (true);

-- The hash of the last entry, which the next one chains on from (under the chain's lock).
CREATE FUNCTION redress_audit_head() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1), '')
$$;

-- The links of the chain after after_id, in order: what each hash covers, with the content
-- replaced by whether it still matches its digests (or was blanked by a redaction).
CREATE FUNCTION redress_audit_links(after_id BIGINT, link_limit INTEGER)
RETURNS TABLE (id BIGINT, at TIMESTAMPTZ, actor TEXT, case_id BIGINT, case_reference TEXT,
               action TEXT, previous_hash TEXT, entry_hash TEXT, detail_digest TEXT,
               before_digest TEXT, after_digest TEXT, redacted BOOLEAN, content_holds BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id, a.at, a.actor, a.case_id, a.case_reference, a.action, a.previous_hash,
           a.entry_hash, a.detail_digest, a.before_digest, a.after_digest,
           a.redacted_at IS NOT NULL,
           (redress_digest(a.detail) = a.detail_digest
            OR (a.redacted_at IS NOT NULL AND a.detail = ''))
           AND (redress_digest(a.before_state) = a.before_digest
                OR (a.redacted_at IS NOT NULL AND a.before_state = '{}'))
           AND (redress_digest(a.after_state) = a.after_digest
                OR (a.redacted_at IS NOT NULL AND a.after_state = '{}'))
    FROM audit_entry a WHERE a.id > after_id ORDER BY a.id LIMIT link_limit
$$;
