-- PostgreSQL: the triggers that keep the queue's sort columns (0013_queue_sort.sql) in step.
-- Each writes only sort_* columns, which no trigger watches, so none sets off another. The
-- functions are SECURITY DEFINER so that a change reaches every case it concerns, including
-- those restricted from the login making it (0006).

-- Recomputes the sort columns of the given cases from the tables they come from.
CREATE FUNCTION redress_queue_sort_refresh(wanted BIGINT[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE cases c SET
        sort_complainant = COALESCE((SELECT p.full_name FROM person p
                                     WHERE p.id = c.complainant_id), ''),
        sort_team = COALESCE((SELECT o.name FROM org_unit o WHERE o.id = c.team_id), ''),
        sort_service_area = COALESCE((SELECT CASE WHEN o.level = 'team' THEN s.name
                                             ELSE o.name END
                                      FROM org_unit o LEFT JOIN org_unit s ON s.id = o.parent_id
                                      WHERE o.id = c.team_id), ''),
        sort_child_status = COALESCE((SELECT COALESCE(t.label, cc.status) FROM case_child cc
                                      LEFT JOIN taxonomy_term t
                                      ON t.taxonomy = 'child_status' AND t.code = cc.status
                                      WHERE cc.case_id = c.id ORDER BY cc.id LIMIT 1), '')
    WHERE c.id = ANY (wanted)
$$;

CREATE FUNCTION redress_queue_sort_from_case() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM redress_queue_sort_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_sort_case_insert AFTER INSERT ON cases
FOR EACH ROW EXECUTE FUNCTION redress_queue_sort_from_case();

CREATE TRIGGER cases_sort_case_update AFTER UPDATE OF complainant_id, team_id ON cases
FOR EACH ROW
WHEN (OLD.complainant_id IS DISTINCT FROM NEW.complainant_id
      OR OLD.team_id IS DISTINCT FROM NEW.team_id)
EXECUTE FUNCTION redress_queue_sort_from_case();

CREATE FUNCTION redress_queue_sort_from_person() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE cases SET sort_complainant = NEW.full_name WHERE complainant_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_sort_person_update AFTER UPDATE OF full_name ON person
FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
EXECUTE FUNCTION redress_queue_sort_from_person();

-- A unit renamed or moved: its own cases (a team's name and service) and those of the teams
-- under it (their service's name).
CREATE FUNCTION redress_queue_sort_from_org_unit() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM redress_queue_sort_refresh(ARRAY(
        SELECT c.id FROM cases c WHERE c.team_id = NEW.id
        OR c.team_id IN (SELECT u.id FROM org_unit u WHERE u.parent_id = NEW.id)));
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_sort_org_unit_update AFTER UPDATE OF name, parent_id, level ON org_unit
FOR EACH ROW EXECUTE FUNCTION redress_queue_sort_from_org_unit();

CREATE FUNCTION redress_queue_sort_from_case_child() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM redress_queue_sort_refresh(ARRAY[NEW.case_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM redress_queue_sort_refresh(ARRAY[OLD.case_id]);
    ELSE
        PERFORM redress_queue_sort_refresh(ARRAY[OLD.case_id, NEW.case_id]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_sort_case_child AFTER INSERT OR UPDATE OR DELETE ON case_child
FOR EACH ROW EXECUTE FUNCTION redress_queue_sort_from_case_child();

-- A child status relabelled, or a label given to a code already in use.
CREATE FUNCTION redress_queue_sort_from_status() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.taxonomy = 'child_status' OR (TG_OP = 'UPDATE' AND OLD.taxonomy = 'child_status') THEN
        PERFORM redress_queue_sort_refresh(ARRAY(
            SELECT k.case_id FROM case_child k WHERE k.status = NEW.code
            OR (TG_OP = 'UPDATE' AND k.status = OLD.code)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_sort_status AFTER INSERT OR UPDATE OF taxonomy, code, label ON taxonomy_term
FOR EACH ROW EXECUTE FUNCTION redress_queue_sort_from_status();
