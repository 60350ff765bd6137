-- The learning log is published as a list, so the report reads each action's description,
-- owner and the reason one was not implemented. A restricted case's actions still count, but
-- the view blanks their words (it reads past row-level security on a server, so the guard is
-- here, not only in the report) and `restricted` keeps them out of every list.
DROP VIEW report_learning_action;
CREATE VIEW report_learning_action AS
SELECT a.id, a.case_id, a.theme, a.status, a.due_on, a.completed_on,
       CASE WHEN x.case_id IS NULL THEN a.description ELSE '' END AS description,
       CASE WHEN x.case_id IS NULL THEN a.owner ELSE '' END AS owner,
       CASE WHEN x.case_id IS NULL THEN a.not_implemented_reason ELSE '' END
           AS not_implemented_reason,
       CASE WHEN x.case_id IS NULL THEN 0 ELSE 1 END AS restricted
FROM learning_action a
LEFT JOIN (SELECT DISTINCT case_id FROM case_restriction) x ON x.case_id = a.case_id;

-- Compliments the sender agreed may be quoted, with their words, for the report's appendix;
-- never those of a restricted case.
CREATE VIEW report_compliment_text AS
SELECT c.id AS case_id, c.summary
FROM cases c
WHERE c.kind = 'compliment' AND c.publishable = 1
  AND NOT EXISTS (SELECT 1 FROM case_restriction r WHERE r.case_id = c.id);
