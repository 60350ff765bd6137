-- PostgreSQL: a bulk writer's cases brought up to date by set rather than case by case
-- (0024_bulk_load). At the end of each batch the sort columns were rewritten with
-- redress_queue_sort_refresh() and the search entries written with one call of
-- redress_case_search_document() per case; both grew faster than the batch (a parameter
-- array is searched row by row, and each call planned and ran its own look-ups).

-- The queue's sort names of a new case go in with the row, as SQLite's insert writes them,
-- so no insert has to rewrite the row it has just written, bulk or not. A new case has no
-- children yet (case_child refers to it), so its child's status starts empty, as the
-- refresh left it; cases_sort_case_child fills it when a child is added. SECURITY DEFINER,
-- as the refresh: the names are the same whoever inserts the case.
CREATE FUNCTION redress_queue_sort_names() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    SELECT COALESCE(p.full_name, ''), COALESCE(o.name, ''),
           COALESCE(CASE WHEN o.level = 'team' THEN s.name ELSE o.name END, '')
    INTO NEW.sort_complainant, NEW.sort_team, NEW.sort_service_area
    FROM (SELECT NEW.complainant_id AS complainant_id, NEW.team_id AS team_id) AS n
    LEFT JOIN person p ON p.id = n.complainant_id
    LEFT JOIN org_unit o ON o.id = n.team_id
    LEFT JOIN org_unit s ON s.id = o.parent_id;
    NEW.sort_child_status := '';
    RETURN NEW;
END;
$$;

CREATE TRIGGER cases_sort_case_names BEFORE INSERT ON cases
FOR EACH ROW EXECUTE FUNCTION redress_queue_sort_names();

DROP TRIGGER cases_sort_case_insert ON cases;

-- The child's status of the given cases that have a child, at a bulk write's end: the one
-- sort column the insert cannot know. Each case's first child is found through the children
-- of the given cases alone (case_child_case), in one pass, so a case without a child is not
-- rewritten; the refresh, asked for the first child of each case by id, walked case_child's
-- key from the start for each while the statistics said the table was nearly empty.
CREATE FUNCTION redress_queue_child_status_refresh(wanted BIGINT[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE cases c SET sort_child_status = first.status
    FROM (SELECT DISTINCT ON (cc.case_id) cc.case_id,
                 COALESCE(COALESCE(t.label, cc.status), '') AS status
          FROM (SELECT DISTINCT w.id FROM unnest(wanted) AS w (id)) AS chosen
          JOIN case_child cc ON cc.case_id = chosen.id
          LEFT JOIN taxonomy_term t ON t.taxonomy = 'child_status' AND t.code = cc.status
          ORDER BY cc.case_id, cc.id) AS first
    WHERE c.id = first.case_id
$$;

-- The search documents of the given cases, in one statement: the same document as
-- redress_case_search_document() gives each (its children in the order they were added),
-- with the caller's rights, so row-level security leaves out what it hides from them there
-- too. The children of all the cases are gathered in one pass rather than a look-up each.
CREATE FUNCTION redress_case_search_documents(wanted BIGINT[])
RETURNS TABLE (case_id BIGINT, document TSVECTOR)
LANGUAGE sql STABLE AS $$
    SELECT c.id, to_tsvector('simple', regexp_replace(concat_ws(' ', c.reference, p.full_name,
               k.children, c.summary), '[^[:alnum:]]+', ' ', 'g'))
    FROM unnest(wanted) AS w (id)
    JOIN cases c ON c.id = w.id
    LEFT JOIN person p ON p.id = c.complainant_id
    LEFT JOIN (SELECT cc.case_id,
                      string_agg(ch.name || ' ' || ch.social_care_reference, ' '
                                 ORDER BY cc.id) AS children
               FROM unnest(wanted) AS v (id)
               JOIN case_child cc ON cc.case_id = v.id
               JOIN child ch ON ch.id = cc.child_id
               GROUP BY cc.case_id) AS k ON k.case_id = c.id
$$;

-- The single case's document in the same order of children, so the two always agree.
CREATE OR REPLACE FUNCTION redress_case_search_document(target BIGINT) RETURNS TSVECTOR
LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', regexp_replace(concat_ws(' ', c.reference, p.full_name,
               (SELECT string_agg(ch.name || ' ' || ch.social_care_reference, ' '
                                  ORDER BY cc.id)
                FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                WHERE cc.case_id = c.id),
               c.summary), '[^[:alnum:]]+', ' ', 'g'))
    FROM cases c LEFT JOIN person p ON p.id = c.complainant_id
    WHERE c.id = target
$$;
