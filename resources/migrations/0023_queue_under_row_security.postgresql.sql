-- PostgreSQL: the queue and its search as quick for a login bound by row-level security
-- (0006) as for the owner. Under a policy the planner may use an index for a condition only
-- when every part of it is leakproof, so that a hidden row cannot be seen through an error.
-- Two parts of the queue's conditions were not, and every officer's page read every case.

-- The due-date order: COALESCE counts as leaky, the equivalent CASE does not. The queue's
-- keyset condition and order are written with the CASE on PostgreSQL (CaseQuery), so the
-- indexes on the due date (0002, 0013) are rebuilt on the same expression.
DROP INDEX cases_due;
CREATE INDEX cases_due ON cases
    ((CASE WHEN due_on IS NULL THEN DATE '9999-12-31' ELSE due_on END), id);
DROP INDEX cases_officer_due;
CREATE INDEX cases_officer_due ON cases
    (officer, (CASE WHEN due_on IS NULL THEN DATE '9999-12-31' ELSE due_on END), id);
DROP INDEX cases_open_officer;
CREATE INDEX cases_open_officer ON cases
    (officer, (CASE WHEN due_on IS NULL THEN DATE '9999-12-31' ELSE due_on END), id)
    WHERE state IN ('received', 'open', 'suspended', 'responded');
DROP INDEX cases_open_team;
CREATE INDEX cases_open_team ON cases
    (team_id, (CASE WHEN due_on IS NULL THEN DATE '9999-12-31' ELSE due_on END), id)
    WHERE state IN ('received', 'open', 'suspended', 'responded');

-- The search box: the text match (@@) is not leakproof, so under the policy on case_search
-- the text index could not be used and every case's words were matched. This function looks
-- the words up with the owner's rights, through the index, and leaves out the cases hidden
-- from the login asking exactly as the policy does; the cases' own policy still applies to
-- the rows the queue then reads.
CREATE FUNCTION redress_search_cases(words TSQUERY) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.case_id FROM case_search s
    WHERE s.document @@ words AND s.case_id NOT IN (SELECT redress_hidden_cases())
$$;

-- An import looks each row up among the cases the same file brought in before (Importer).
-- While the import runs, the statistics still say that almost no case has a batch, so the
-- planner read every case of the batch through this index for each row (24 ms a row with
-- 15,000 in the batch, so an import took time growing with the square of its rows). With the
-- columns looked up in the index too, it finds the row from the references instead.
DROP INDEX cases_import_batch;
CREATE INDEX cases_import_batch ON cases (import_batch_id, source_reference, reference);

-- The planner knows how the new index expressions spread only once the table is analysed;
-- until autovacuum came round it would sort every case for a page of the queue.
ANALYZE cases;
