-- PostgreSQL: the queue's search box. One tsvector per case (the `simple` configuration, so
-- references and names match as typed) over its reference, complainant, children (names and
-- social-care references) and summary, with a GIN index, kept in step by triggers and
-- backfilled here. Punctuation is turned into spaces first so that a reference such as
-- CP-2020-00042 splits into the same words as on SQLite.
CREATE TABLE case_search (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);

CREATE FUNCTION redress_case_search_document(target BIGINT) RETURNS TSVECTOR
LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', regexp_replace(concat_ws(' ', c.reference, p.full_name,
               (SELECT string_agg(ch.name || ' ' || ch.social_care_reference, ' ')
                FROM case_child cc JOIN child ch ON ch.id = cc.child_id
                WHERE cc.case_id = c.id),
               c.summary), '[^[:alnum:]]+', ' ', 'g'))
    FROM cases c LEFT JOIN person p ON p.id = c.complainant_id
    WHERE c.id = target
$$;

CREATE FUNCTION redress_case_search_refresh(target BIGINT) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM case_search WHERE case_id = target;
    INSERT INTO case_search (case_id, document)
    SELECT id, redress_case_search_document(id) FROM cases WHERE id = target;
END;
$$;

INSERT INTO case_search (case_id, document)
SELECT id, redress_case_search_document(id) FROM cases;

CREATE INDEX case_search_document ON case_search USING GIN (document);

CREATE FUNCTION redress_case_search_from_case() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM redress_case_search_refresh(NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
FOR EACH ROW EXECUTE FUNCTION redress_case_search_from_case();

CREATE TRIGGER case_search_case_update AFTER UPDATE OF reference, summary, complainant_id ON cases
FOR EACH ROW
WHEN (OLD.reference IS DISTINCT FROM NEW.reference OR OLD.summary IS DISTINCT FROM NEW.summary
      OR OLD.complainant_id IS DISTINCT FROM NEW.complainant_id)
EXECUTE FUNCTION redress_case_search_from_case();

CREATE FUNCTION redress_case_search_from_person() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM redress_case_search_refresh(id) FROM cases WHERE complainant_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_search_person_update AFTER UPDATE OF full_name ON person
FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
EXECUTE FUNCTION redress_case_search_from_person();

CREATE FUNCTION redress_case_search_from_case_child() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM redress_case_search_refresh(OLD.case_id);
    ELSE
        PERFORM redress_case_search_refresh(NEW.case_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_search_case_child AFTER INSERT OR UPDATE OR DELETE ON case_child
FOR EACH ROW EXECUTE FUNCTION redress_case_search_from_case_child();

CREATE FUNCTION redress_case_search_from_child() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM redress_case_search_refresh(case_id) FROM case_child WHERE child_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_search_child_rename AFTER UPDATE OF name, social_care_reference ON child
FOR EACH ROW EXECUTE FUNCTION redress_case_search_from_child();
