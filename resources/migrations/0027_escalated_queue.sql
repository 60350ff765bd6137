-- "Escalated" (CaseQuery) gathers the open cases past stage 1 and those linked to an open
-- Ombudsman enquiry. With only the (state, closed_on) index of 0013 the engine read every
-- open case's row to see its stage, for the page and again for the count. This index holds
-- the open cases' state, stage and id, so the gathering reads the index alone: the state
-- leads, so the queue's conditions on it and on the stage are both searched in it, and the id
-- is there for PostgreSQL's index-only scan (SQLite keeps the rowid anyway). Its own
-- condition is the queue's, written the same as the partial indexes of 0013, which the
-- engines use only when it matches.
CREATE INDEX cases_open_stage ON cases (state, current_stage, id)
WHERE state IN ('received', 'open', 'suspended', 'responded');
