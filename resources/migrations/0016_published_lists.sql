-- What the published annual report lists beside its counts.
-- The share of the Ombudsman's detailed investigations of councils upheld nationally each
-- year, in tenths of a per cent (its annual review gives it to one decimal place), set beside
-- the council's own rate.
CREATE TABLE year_ombudsman_national (
    financial_year INTEGER PRIMARY KEY, -- 2020 means 2020/21
    uphold_permille INTEGER NOT NULL CHECK (uphold_permille BETWEEN 0 AND 1000)
);

-- The Ombudsman finds fault without injustice apart from fault causing injustice; enquiries
-- recorded before this version keep their own decision.
INSERT INTO taxonomy_term (taxonomy, code, label, sort_order)
SELECT 'lgsco_decision', 'fault_no_injustice', 'Upheld: fault, no injustice', 1
WHERE NOT EXISTS (SELECT 1 FROM taxonomy_term
                  WHERE taxonomy = 'lgsco_decision' AND code = 'fault_no_injustice');
