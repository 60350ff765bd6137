-- What a compliment was about and what kind of remedy the Ombudsman recommended, as the
-- councils publish them ("compliments by theme", "types of remedy recommended"). Both are
-- codes of open lists an administrator edits; '' means not recorded.
ALTER TABLE cases ADD COLUMN compliment_theme TEXT NOT NULL DEFAULT '';
ALTER TABLE ombudsman_recommendation ADD COLUMN remedy_type TEXT NOT NULL DEFAULT '';

-- The lists start with the values the councils' reports use; a council adds its own.
INSERT INTO taxonomy_term (taxonomy, code, label, sort_order)
SELECT v.taxonomy, v.code, v.label, v.sort_order
FROM (SELECT 'compliment_theme' AS taxonomy, 'communication' AS code,
             'Communication' AS label, 0 AS sort_order
      UNION ALL SELECT 'compliment_theme', 'worker_support', 'Support from a worker', 1
      UNION ALL SELECT 'compliment_theme', 'child_outcome', 'Outcome for the child', 2
      UNION ALL SELECT 'compliment_theme', 'timeliness', 'Timeliness', 3
      UNION ALL SELECT 'compliment_theme', 'other', 'Other', 4
      UNION ALL SELECT 'ombudsman_remedy_type', 'apology', 'Apology', 0
      UNION ALL SELECT 'ombudsman_remedy_type', 'financial', 'Financial redress', 1
      UNION ALL SELECT 'ombudsman_remedy_type', 'service_improvement', 'Service improvement', 2
      UNION ALL SELECT 'ombudsman_remedy_type', 'procedure_change',
                       'Procedure or policy change', 3
      UNION ALL SELECT 'ombudsman_remedy_type', 'staff_training', 'Staff training', 4
      UNION ALL SELECT 'ombudsman_remedy_type', 'reconsider_decision', 'Reconsider a decision', 5
      UNION ALL SELECT 'ombudsman_remedy_type', 'other', 'Other', 6) v
WHERE NOT EXISTS (SELECT 1 FROM taxonomy_term t
                  WHERE t.taxonomy = v.taxonomy AND t.code = v.code);
