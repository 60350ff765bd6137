-- The learning log is published as a list, so the report reads each action's description,
-- owner and the reason one was not implemented; `restricted` keeps the text of a restricted
-- case out of every list, while its counts still include it. CREATE OR REPLACE keeps the
-- view's owner (so the counts still include restricted cases) and its grants; the new
-- columns come last, as it requires.
CREATE OR REPLACE VIEW report_learning_action AS
SELECT a.id, a.case_id, a.theme, a.status, a.due_on, a.completed_on, a.description, a.owner,
       a.not_implemented_reason,
       CASE WHEN EXISTS (SELECT 1 FROM case_restriction r WHERE r.case_id = a.case_id)
            THEN 1 ELSE 0 END AS restricted
FROM learning_action a;

-- Compliments the sender agreed may be quoted, with their words, for the report's appendix;
-- never those of a restricted case.
CREATE VIEW report_compliment_text AS
SELECT c.id AS case_id, c.summary
FROM cases c
WHERE c.kind = 'compliment' AND c.publishable = 1
  AND NOT EXISTS (SELECT 1 FROM case_restriction r WHERE r.case_id = c.id);
