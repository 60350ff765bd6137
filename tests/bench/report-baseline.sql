-- The counts behind the annual report, written directly as GROUP BY queries for the sqlite3
-- shell: the baseline bench_reports.sh sets Redress's report against. The year is bound
-- through the shell's parameters :first, :last (this year) and :pfirst, :plast (last year).
-- Every population the report counts is here, for both years; the working-day measures,
-- which the shell cannot compute, are fetched as the rows they come from.

-- headline, history, quarterly: stages requested and other cases received
SELECT c.kind, c.procedure, s.number, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on BETWEEN :first AND :last GROUP BY 1, 2, 3;
SELECT c.kind, c.procedure, s.number, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on BETWEEN :pfirst AND :plast GROUP BY 1, 2, 3;
SELECT kind, COUNT(*) FROM cases WHERE received_on BETWEEN :first AND :last GROUP BY kind;
SELECT kind, COUNT(*) FROM cases WHERE received_on BETWEEN :pfirst AND :plast GROUP BY kind;
SELECT substr(s.requested_on, 1, 7), c.kind, s.number, COUNT(*) FROM stage s
  JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on BETWEEN date(:first, '-6 years') AND :last GROUP BY 1, 2, 3;

-- caseload: worked on, carried forward, concluded, ongoing
SELECT c.kind, s.number, COUNT(*), SUM(s.requested_on < :first),
       SUM(s.responded_on BETWEEN :first AND :last),
       SUM(s.responded_on IS NULL OR s.responded_on > :last)
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on <= :last AND (s.responded_on IS NULL OR s.responded_on >= :first)
 GROUP BY 1, 2;
SELECT c.kind, s.number, COUNT(*), SUM(s.requested_on < :pfirst),
       SUM(s.responded_on BETWEEN :pfirst AND :plast),
       SUM(s.responded_on IS NULL OR s.responded_on > :plast)
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on <= :plast AND (s.responded_on IS NULL OR s.responded_on >= :pfirst)
 GROUP BY 1, 2;

-- by channel, by complainant, by service area and team, by child's status, by category
SELECT c.channel, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1;
SELECT c.channel, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :plast GROUP BY 1;
SELECT c.complainant_role, c.advocacy_offered, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT c.complainant_role, c.advocacy_offered, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :plast GROUP BY 1, 2;
SELECT o.parent_id, o.id, COUNT(*), SUM(s.outcome = 'upheld'), SUM(s.outcome = 'partially_upheld')
  FROM stage s JOIN cases c ON c.id = s.case_id JOIN org_unit o ON o.id = c.team_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT o.parent_id, o.id, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
  JOIN org_unit o ON o.id = c.team_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :plast GROUP BY 1, 2;
SELECT cc.status, COUNT(DISTINCT c.id), COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
  JOIN case_child cc ON cc.case_id = c.id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1;
SELECT p.category, COUNT(*), COUNT(DISTINCT c.id) FROM stage s JOIN cases c ON c.id = s.case_id
  JOIN complaint_point p ON p.case_id = c.id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1;
SELECT p.category, COUNT(DISTINCT c.id) FROM stage s JOIN cases c ON c.id = s.case_id
  JOIN complaint_point p ON p.case_id = c.id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :plast GROUP BY 1;

-- outcomes by stage, escalations, Ombudsman
SELECT s.number, s.outcome, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE c.kind = 'complaint' AND s.responded_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT s.number, s.outcome, COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE c.kind = 'complaint' AND s.responded_on BETWEEN :pfirst AND :plast GROUP BY 1, 2;
SELECT s.number, COUNT(*), SUM(EXISTS (SELECT 1 FROM stage n WHERE n.case_id = s.case_id
                                        AND n.number = s.number + 1))
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE c.kind = 'complaint' AND s.responded_on BETWEEN :first AND :last GROUP BY 1;
SELECT d.decision, COUNT(*), SUM(d.fault_found), SUM(d.injustice_found) FROM ombudsman_decision d
 WHERE d.decided_on BETWEEN :first AND :last GROUP BY 1;

-- timescales and average days: the stage dates the working-day counts are made from
SELECT s.case_id, s.number, s.requested_on, s.responded_on, s.extended_to_days, s.statement_agreed_on,
       s.panel_held_on, s.panel_report_on, c.team_id
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE c.kind = 'complaint' AND (s.responded_on BETWEEN :pfirst AND :last
                                 OR s.responded_on IS NULL AND s.requested_on <= :last);
SELECT sp.stage_id, sp.from_date, sp.until_date FROM suspension sp
  JOIN stage s ON s.id = sp.stage_id WHERE s.responded_on BETWEEN :pfirst AND :last;

-- re-opened and repeat complainants, remedies, learning, compliments, enquiries
SELECT COUNT(DISTINCT r.case_id) FROM reopening r WHERE r.reopened_on BETWEEN :first AND :last;
SELECT COUNT(*) FROM (SELECT c.complainant_id FROM cases c WHERE c.kind = 'complaint'
                       AND c.received_on BETWEEN :first AND :last AND c.complainant_id IS NOT NULL
                     GROUP BY 1 HAVING COUNT(*) > 1);
SELECT r.type, COUNT(*), COUNT(DISTINCT r.case_id), SUM(r.amount_pence) FROM remedy r
  JOIN stage s ON s.case_id = r.case_id AND s.number = r.stage_number
 WHERE s.responded_on BETWEEN :first AND :last GROUP BY 1;
SELECT l.theme, l.status, COUNT(*) FROM learning_action l JOIN cases c ON c.id = l.case_id
  JOIN stage s ON s.case_id = c.id AND s.number = c.current_stage
 WHERE s.responded_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT o.parent_id, c.complainant_role, COUNT(*) FROM cases c LEFT JOIN org_unit o ON o.id = c.team_id
 WHERE c.kind = 'compliment' AND c.received_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT kind, COUNT(*), SUM(received_on < :first), SUM(closed_on BETWEEN :first AND :last)
  FROM cases WHERE kind IN ('concern', 'general_enquiry', 'mp_enquiry', 'councillor_enquiry')
   AND received_on <= :last AND (closed_on IS NULL OR closed_on >= :first) GROUP BY kind;

-- The tables added since the list above was written, the same way: children's complaints
-- beside adults' (by outcome, category and service area), equality, advocacy over seven
-- years, staff named, compliments by theme, the Ombudsman's by receipt, remedy types and
-- recommendations, remedy combinations, the learning log, complaint points by team (the
-- portfolio tables), context by service, and the rows the working-day measures are made
-- from for the acknowledgement, overdue and enquiries' timescale columns.
SELECT s.outcome, SUM(c.complainant_role IN ('child', 'care_leaver', 'advocate')),
       SUM(c.complainant_role IN ('child', 'care_leaver', 'advocate')
           AND EXISTS (SELECT 1 FROM case_child k WHERE k.case_id = c.id AND k.status = 'child_in_care')),
       SUM(c.complainant_role <> '' AND c.complainant_role NOT IN ('child', 'care_leaver', 'advocate')),
       SUM(c.complainant_role = ''), COUNT(*)
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint'
   AND COALESCE(s.responded_on, CASE WHEN c.current_stage = s.number THEN c.closed_on END)
       BETWEEN :first AND :last GROUP BY 1;
SELECT p.category, COUNT(DISTINCT CASE WHEN c.complainant_role IN ('child', 'care_leaver', 'advocate') THEN c.id END),
       COUNT(DISTINCT CASE WHEN c.complainant_role <> '' AND c.complainant_role NOT IN ('child', 'care_leaver', 'advocate') THEN c.id END),
       COUNT(DISTINCT c.id)
  FROM stage s JOIN cases c ON c.id = s.case_id JOIN complaint_point p ON p.case_id = c.id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1;
SELECT c.team_id, c.service_area_id, SUM(c.complainant_role IN ('child', 'care_leaver', 'advocate')), COUNT(*)
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last GROUP BY 1, 2;
SELECT pe.age_band, pe.ethnicity, pe.disability, SUM(s.requested_on >= :first), SUM(s.requested_on <= :plast)
  FROM stage s JOIN cases c ON c.id = s.case_id LEFT JOIN person pe ON pe.id = c.complainant_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :last GROUP BY 1, 2, 3;
SELECT substr(s.requested_on, 1, 7), COUNT(*), SUM(c.advocacy_offered = 1), SUM(c.advocate_provided_by <> '')
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.number = 1 AND c.kind = 'complaint' AND c.complainant_role IN ('child', 'care_leaver', 'advocate')
   AND s.requested_on BETWEEN date(:first, '-6 years') AND :last GROUP BY 1;
SELECT LOWER(TRIM(n.name)), LOWER(TRIM(n.job_title)), COUNT(DISTINCT c.id)
  FROM stage s JOIN cases c ON c.id = s.case_id JOIN staff_named n ON n.case_id = c.id
 WHERE s.number = 1 AND c.kind = 'complaint' AND s.requested_on BETWEEN :first AND :last
   AND TRIM(n.name) <> '' GROUP BY 1, 2;
SELECT compliment_theme, SUM(received_on >= :first), SUM(received_on <= :plast) FROM cases
 WHERE kind = 'compliment' AND received_on BETWEEN :pfirst AND :last GROUP BY 1;
SELECT d.decision, COUNT(*) FROM cases c LEFT JOIN ombudsman_decision d ON d.case_id = c.id
 WHERE c.kind = 'lgsco_enquiry' AND c.received_on BETWEEN :pfirst AND :last GROUP BY 1;
SELECT x.remedy_type, COUNT(*), SUM(x.amount_pence) FROM cases c
  JOIN ombudsman_decision d ON d.case_id = c.id JOIN ombudsman_recommendation x ON x.case_id = c.id
 WHERE c.kind = 'lgsco_enquiry' AND COALESCE(d.decided_on, c.closed_on) BETWEEN :pfirst AND :last GROUP BY 1;
SELECT x.complied_on IS NOT NULL AND x.complied_on <= x.due_on, COUNT(*), SUM(x.amount_pence)
  FROM ombudsman_recommendation x WHERE x.due_on BETWEEN :pfirst AND :last GROUP BY 1;
SELECT c.id, s.number, r.type FROM stage s JOIN cases c ON c.id = s.case_id
  LEFT JOIN remedy r ON r.case_id = c.id AND r.stage_number = s.number
 WHERE c.kind = 'complaint' AND s.responded_on BETWEEN :pfirst AND :last
   AND s.outcome IN ('upheld', 'partially_upheld');
SELECT c.reference, la.description, la.theme, la.owner, la.due_on, la.status FROM learning_action la
  JOIN cases c ON c.id = la.case_id JOIN stage s ON s.case_id = c.id AND s.number = c.current_stage
 WHERE s.responded_on BETWEEN :first AND :last;
SELECT c.id, p.team_id FROM complaint_point p JOIN stage s ON s.case_id = p.case_id AND s.number = 1
  JOIN cases c ON c.id = p.case_id
 WHERE c.kind = 'complaint' AND s.requested_on <= :last AND (s.responded_on IS NULL OR s.responded_on >= :pfirst);
SELECT s.case_id, s.number, s.requested_on, s.acknowledged_on, c.kind, c.procedure FROM stage s
  JOIN cases c ON c.id = s.case_id WHERE c.kind = 'complaint' AND s.requested_on BETWEEN :pfirst AND :last;
SELECT s.case_id, s.number, s.requested_on, s.acknowledged_on, s.extended_to_days, c.kind, c.team_id
  FROM stage s JOIN cases c ON c.id = s.case_id
 WHERE s.requested_on <= :last AND (s.responded_on IS NULL OR s.responded_on > :last)
   AND (c.closed_on IS NULL OR c.closed_on > :last);
SELECT c.id, c.kind, c.received_on, s.responded_on FROM cases c
  LEFT JOIN stage s ON s.case_id = c.id AND s.number = 1
 WHERE c.kind IN ('concern', 'general_enquiry', 'mp_enquiry', 'councillor_enquiry')
   AND COALESCE(s.responded_on, c.closed_on) BETWEEN :first AND :last;
