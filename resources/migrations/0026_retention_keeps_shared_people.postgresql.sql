-- PostgreSQL: retention blanks a complainant's or a child's details only when no case still
-- kept names them. Row-level security hides a case restricted from the administrator applying
-- retention (0006), so counting the kept cases through the tables missed it, and the person
-- still on that restricted case lost their name and contact details. These count with the
-- owner's rights and give out only a number, and only for a person or child the login may see
-- (0 for one hidden from them, whom they could not change anyway).
CREATE FUNCTION redress_cases_keeping_person(wanted_person BIGINT, removing BIGINT[])
RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COUNT(*) FROM cases c
    WHERE c.complainant_id = wanted_person AND c.anonymised_on IS NULL AND c.id <> ALL (removing)
      AND wanted_person NOT IN (SELECT redress_hidden_people())
$$;

CREATE FUNCTION redress_cases_keeping_child(wanted_child BIGINT, removing BIGINT[])
RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COUNT(*) FROM case_child k JOIN cases c ON c.id = k.case_id
    WHERE k.child_id = wanted_child AND c.anonymised_on IS NULL AND c.id <> ALL (removing)
      AND wanted_child NOT IN (SELECT redress_hidden_children())
$$;
