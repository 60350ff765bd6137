-- PostgreSQL: row-level security keeps a restricted case, and everything personal recorded
-- with it, from every login not named in case_restriction. The table owner (the owner role
-- on a team server, or the single login that created a database not set up as one) is not
-- bound by it, nor are the report_ views it owns, so the counts still include every case.

-- The cases hidden from the login asking: restricted, and not to them. SECURITY DEFINER so
-- that it reads every restriction, and set-returning so that a policy evaluates it once per
-- statement rather than once per row.
CREATE FUNCTION redress_hidden_cases() RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT case_id FROM case_restriction GROUP BY case_id
    HAVING NOT bool_or(username = session_user::text)
$$;

-- A complainant is hidden only when every case they are on is: someone who also complained
-- about something else stays visible on that other case.
CREATE FUNCTION redress_hidden_people() RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT c.complainant_id FROM cases c
    WHERE c.complainant_id IS NOT NULL AND c.id IN (SELECT redress_hidden_cases())
    AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.complainant_id = c.complainant_id
                    AND o.id NOT IN (SELECT redress_hidden_cases()))
$$;

-- Likewise a child: hidden when every case naming them is.
CREATE FUNCTION redress_hidden_children() RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT k.child_id FROM case_child k
    WHERE k.case_id IN (SELECT redress_hidden_cases())
    AND NOT EXISTS (SELECT 1 FROM case_child o WHERE o.child_id = k.child_id
                    AND o.case_id NOT IN (SELECT redress_hidden_cases()))
$$;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON cases USING (id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_not_hidden ON person USING (id NOT IN (SELECT redress_hidden_people()));

ALTER TABLE child ENABLE ROW LEVEL SECURITY;
CREATE POLICY child_not_hidden ON child USING (id NOT IN (SELECT redress_hidden_children()));

ALTER TABLE case_restriction ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON case_restriction
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE case_child ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON case_child USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE stage ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON stage USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE suspension ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON suspension
USING (stage_id NOT IN (SELECT s.id FROM stage s
                        WHERE s.case_id IN (SELECT redress_hidden_cases())));

ALTER TABLE complaint_point ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON complaint_point
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE remedy ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON remedy USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE learning_action ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON learning_action
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE staff_named ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON staff_named
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE cost ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON cost USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE reopening ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON reopening
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE ombudsman_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON ombudsman_decision
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE ombudsman_recommendation ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON ombudsman_recommendation
USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON note USING (case_id NOT IN (SELECT redress_hidden_cases()));

ALTER TABLE case_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_not_hidden ON case_search
USING (case_id NOT IN (SELECT redress_hidden_cases()));
