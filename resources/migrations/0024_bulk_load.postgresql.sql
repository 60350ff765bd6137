-- PostgreSQL: an import or the demo generator writes thousands of cases in one transaction,
-- and the search-document (0002) and sort-column (0013) triggers rebuilt each new case's
-- document and sort names at every case and every child inserted: four statements of
-- trigger work for each row written. Disabling the triggers would lock the tables for the
-- whole team, so the insert triggers instead step aside while the writing transaction has
-- set `redress.bulk_load` to 'on' (SET LOCAL, so it ends with the transaction and cannot
-- outlive it on a pooled connection). The writer then brings its own cases up to date with
-- one statement for each (InsertTriggerSuspension). Updates and deletes are never skipped,
-- nor are the triggers on people, children, units and statuses, so a change a bulk writer
-- makes to what other cases show still reaches them.
--
-- A login that sets the flag itself skips only the derived data of the cases it inserts in
-- its own transaction: those cases are missing from the search and sort by empty names until
-- written again, which `redress-cli check` reports. It gains no sight of anything.

CREATE OR REPLACE FUNCTION redress_bulk_loading() RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('redress.bulk_load', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION redress_case_search_from_case() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND redress_bulk_loading() THEN
        RETURN NULL;
    END IF;
    PERFORM redress_case_search_refresh(NEW.id);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION redress_case_search_from_case_child() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM redress_case_search_refresh(OLD.case_id);
    ELSIF TG_OP = 'UPDATE' OR NOT redress_bulk_loading() THEN
        PERFORM redress_case_search_refresh(NEW.case_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION redress_queue_sort_from_case() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' AND redress_bulk_loading() THEN
        RETURN NULL;
    END IF;
    PERFORM redress_queue_sort_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION redress_queue_sort_from_case_child() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT redress_bulk_loading() THEN
            PERFORM redress_queue_sort_refresh(ARRAY[NEW.case_id]);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM redress_queue_sort_refresh(ARRAY[OLD.case_id]);
    ELSE
        PERFORM redress_queue_sort_refresh(ARRAY[OLD.case_id, NEW.case_id]);
    END IF;
    RETURN NULL;
END;
$$;
