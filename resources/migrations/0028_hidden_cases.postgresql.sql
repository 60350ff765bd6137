-- PostgreSQL: what a login must learn of a case restricted from it (0006) without seeing it.
--
-- Retention reaches such a case. Row-level security hid it from an administrator not named on
-- it, so the list of cases due never showed it and retention never anonymised it: a child's
-- details could stay for ever. Retention is a duty over the whole database, so an
-- administrator learns that a hidden case is due (its reference, kind and dates, nothing
-- personal) and has it anonymised or deleted by redress_retention_for_hidden_case, which runs
-- with the owner's rights, checks the caller and the schedule itself, and gives back a count.
--
-- An import says why a row's reference is refused. A reference held by a hidden case is
-- still unique, so the row was refused as "already in use" while the login saw no such case;
-- redress_reference_taken tells the import that the reference is taken, which the refused
-- insert told anyway, so it can say the case is one the login may not see.
--
-- SQLite has no row security, so there is nothing to add there.

-- The cases past retention on as_of by the schedule as RetentionSchedule::effectiveRules
-- reads it: a built-in kind's own line; a council's kind its own years, else those of the
-- built-in kind its report group follows (enquiries: general enquiries; other feedback:
-- comments), with that kind's action (anonymise when the followed kind has no line).
CREATE FUNCTION redress_retention_due(as_of DATE)
RETURNS TABLE (case_id BIGINT, action TEXT, due_on DATE)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.id, COALESCE(r.action, 'anonymise'),
           (c.closed_on + make_interval(years => COALESCE(k.retention_years, r.years)))::DATE
    FROM cases c
    LEFT JOIN case_kind k ON k.code = c.kind
    LEFT JOIN retention_rule r
           ON r.kind = CASE WHEN k.code IS NULL THEN c.kind
                            WHEN k.report_group = 'enquiry' THEN 'general_enquiry'
                            ELSE 'comment' END
    WHERE c.closed_on IS NOT NULL AND c.anonymised_on IS NULL
      AND c.state IN ('closed', 'withdrawn')
      AND COALESCE(k.retention_years, r.years) IS NOT NULL
      AND c.closed_on + make_interval(years => COALESCE(k.retention_years, r.years)) <= as_of
$$;
REVOKE ALL ON FUNCTION redress_retention_due(DATE) FROM PUBLIC;

-- Whether the login calling is an administrator, as Session decides it: a superuser, a
-- member of redress_admin, or anyone on a server never set up with the groups.
CREATE FUNCTION redress_caller_administers() RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR NOT EXISTS (SELECT 1 FROM pg_roles
                       WHERE rolname IN ('redress_officer', 'redress_lead', 'redress_admin'))
        OR COALESCE((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles
                     WHERE rolname = 'redress_admin'), false)
$$;

-- The cases hidden from the administrator asking that are past retention today: what makes
-- each due and nothing about anyone on it (no names, no summary). The documents are counted
-- only, so the administrator can say how many files go.
CREATE FUNCTION redress_hidden_cases_past_retention()
RETURNS TABLE (case_id BIGINT, reference TEXT, kind TEXT, closed_on DATE, documents BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT redress_caller_administers() THEN
        RAISE EXCEPTION 'only an administrator may review the cases past retention';
    END IF;
    RETURN QUERY
    SELECT c.id, c.reference, c.kind, c.closed_on,
           (SELECT COUNT(*) FROM attachment a WHERE a.case_id = c.id)
    FROM redress_retention_due(current_date) d JOIN cases c ON c.id = d.case_id
    WHERE c.id IN (SELECT redress_hidden_cases())
    ORDER BY c.closed_on, c.id;
END;
$$;
REVOKE ALL ON FUNCTION redress_hidden_cases_past_retention() FROM PUBLIC;

-- Anonymises or deletes one case past retention as its kind's line says, exactly as
-- RetentionErasure does for a case the login can see: removing lists every case of the run,
-- none of which keeps a shared person or child (counted over every case, as 0026 does). The
-- audit entry names the login that signed in and the case by its reference only. Gives back
-- how many documents went; a case that is not past retention by the schedule, today, is
-- refused, and no error names anything but the case's id.
CREATE FUNCTION redress_retention_for_hidden_case(wanted_case BIGINT, removing BIGINT[],
                                                  entry_detail TEXT)
RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    wanted_action TEXT;
    wanted_reference TEXT;
    complainant BIGINT;
    children BIGINT[];
    copy_id BIGINT;
    each_child BIGINT;
    documents INTEGER;
    previous TEXT;
    at_ms TIMESTAMPTZ := date_trunc('milliseconds', clock_timestamp());
    content_hash TEXT;
BEGIN
    IF NOT redress_caller_administers() THEN
        RAISE EXCEPTION 'only an administrator may apply the retention schedule';
    END IF;
    SELECT d.action INTO wanted_action FROM redress_retention_due(current_date) d
    WHERE d.case_id = wanted_case;
    IF wanted_action IS NULL THEN
        RAISE EXCEPTION 'case % is not past retention', wanted_case;
    END IF;
    PERFORM pg_advisory_xact_lock(5383678735);
    SELECT reference, complainant_id INTO wanted_reference, complainant FROM cases
    WHERE id = wanted_case;
    removing := array_append(COALESCE(removing, '{}'), wanted_case);
    DELETE FROM attachment WHERE case_id = wanted_case;
    GET DIAGNOSTICS documents = ROW_COUNT;

    IF wanted_action = 'delete' THEN
        children := ARRAY(SELECT DISTINCT k.child_id FROM case_child k
                          WHERE k.case_id = wanted_case);
        DELETE FROM cases WHERE id = wanted_case;
        DELETE FROM person p WHERE p.id = complainant
            AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.complainant_id = complainant);
        DELETE FROM child ch WHERE ch.id = ANY (children)
            AND NOT EXISTS (SELECT 1 FROM case_child k WHERE k.child_id = ch.id);
    ELSE
        IF complainant IS NOT NULL THEN
            IF NOT EXISTS (SELECT 1 FROM cases o WHERE o.complainant_id = complainant
                           AND o.anonymised_on IS NULL AND o.id <> ALL (removing)) THEN
                UPDATE person SET full_name = '', email = '', phone = '', address = '',
                                  postcode = '', version = version + 1
                WHERE id = complainant;
            ELSE
                INSERT INTO person (ward, age_band, ethnicity, disability, anonymous)
                SELECT ward, age_band, ethnicity, disability, anonymous FROM person
                WHERE id = complainant RETURNING id INTO copy_id;
                UPDATE cases SET complainant_id = copy_id WHERE id = wanted_case;
            END IF;
        END IF;
        FOR each_child IN SELECT DISTINCT k.child_id FROM case_child k
                          WHERE k.case_id = wanted_case
        LOOP
            IF NOT EXISTS (SELECT 1 FROM case_child k JOIN cases o ON o.id = k.case_id
                           WHERE k.child_id = each_child AND o.anonymised_on IS NULL
                             AND o.id <> ALL (removing)) THEN
                UPDATE child SET name = '', social_care_reference = '' WHERE id = each_child;
            ELSE
                INSERT INTO child (name, social_care_reference) VALUES ('', '')
                RETURNING id INTO copy_id;
                UPDATE case_child SET child_id = copy_id
                WHERE case_id = wanted_case AND case_child.child_id = each_child;
            END IF;
        END LOOP;
        UPDATE stage SET extension_reason = '', escalation_waiver_reason = '',
                         responding_manager = '', investigating_officer = '',
                         independent_person = '', panel_chair = ''
        WHERE case_id = wanted_case;
        UPDATE suspension SET reason = ''
        WHERE stage_id IN (SELECT id FROM stage WHERE case_id = wanted_case);
        UPDATE complaint_point SET description = '' WHERE case_id = wanted_case;
        UPDATE remedy SET description = '' WHERE case_id = wanted_case;
        UPDATE learning_action SET description = '', owner = '', not_implemented_reason = ''
        WHERE case_id = wanted_case;
        UPDATE staff_named SET name = '', job_title = '' WHERE case_id = wanted_case;
        UPDATE cost SET note = '' WHERE case_id = wanted_case;
        UPDATE reopening SET reason = '' WHERE case_id = wanted_case;
        UPDATE ombudsman_recommendation SET description = '' WHERE case_id = wanted_case;
        DELETE FROM note WHERE case_id = wanted_case;
        UPDATE cases SET summary = '', time_limit_waiver_reason = '', anonymised_on = current_date,
                         updated_at = at_ms, version = version + 1
        WHERE id = wanted_case;
    END IF;

    -- Chained as AuditLog chains an entry; no case id, so that redacting the case's entries
    -- leaves it, and every administrator can read that it was done and by whom.
    SELECT entry_hash INTO previous FROM audit_entry ORDER BY id DESC LIMIT 1;
    previous := COALESCE(previous, '');
    entry_detail := COALESCE(entry_detail, '');
    content_hash := redress_digest(
        redress_digest(previous)
        || redress_digest(to_char(at_ms AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || redress_digest(session_user) || redress_digest('0')
        || redress_digest(wanted_reference) || redress_digest('retention_restricted')
        || redress_digest(entry_detail) || redress_digest('{}') || redress_digest('{}'));
    INSERT INTO audit_entry (at, actor, case_id, case_reference, action, detail, before_state,
                             after_state, previous_hash, entry_hash, detail_digest,
                             before_digest, after_digest)
    VALUES (at_ms, session_user, NULL, wanted_reference, 'retention_restricted', entry_detail,
            '{}', '{}', previous, content_hash, redress_digest(entry_detail), redress_digest('{}'),
            redress_digest('{}'));
    RETURN documents;
END;
$$;
REVOKE ALL ON FUNCTION redress_retention_for_hidden_case(BIGINT, BIGINT[], TEXT) FROM PUBLIC;

-- Whether any case, seen or not, has the reference: all the unique index would say.
CREATE FUNCTION redress_reference_taken(wanted TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM cases WHERE reference = wanted)
$$;
