-- A stage a case went through before the log it was imported from began: a council's log of
-- one row per stage may hold a stage 2 whose stage 1 was in an earlier year's log. Such a
-- stage is kept so the case has its stages in order, but its dates are not known: they hold
-- the next stage's request date, and reports count nothing of a stage marked 1 here.
ALTER TABLE stage
    ADD COLUMN before_log SMALLINT NOT NULL DEFAULT 0 CHECK (before_log IN (0, 1));
