-- The case queue at a million cases: indexes that let each page of the queue, in its usual
-- orders, be read from an index instead of sorting every case (keyset paging on the sort key
-- and id). A case without a deadline sorts last, as '9999-12-31', so its key is never null;
-- CaseQuery writes the same expression.
CREATE INDEX cases_due ON cases (COALESCE(due_on, '9999-12-31'), id);
CREATE INDEX cases_received_id ON cases (received_on, id);
CREATE INDEX cases_officer_due ON cases (officer, COALESCE(due_on, '9999-12-31'), id);
CREATE INDEX cases_closed ON cases (closed_on, id);
