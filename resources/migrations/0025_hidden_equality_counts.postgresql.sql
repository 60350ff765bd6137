-- PostgreSQL: the equality table's figures for the complainants a login may not see. Row-level
-- security hides the complainant of a case restricted from the login (0006), and the report
-- read age band, ethnicity and disability from the person table, so such a login counted them
-- as not recorded while every other table, through the report_ views, counted the case as it
-- is. This counts them with the owner's rights and gives out no more than the report itself
-- does: complaints by recorded value over whole financial quarters, never a person or a case.
CREATE FUNCTION redress_hidden_equality_counts(characteristic TEXT, first_day DATE,
                                               last_day DATE, only_procedure TEXT)
RETURNS TABLE (recorded TEXT, complaints BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF characteristic IS NULL OR characteristic NOT IN ('age_band', 'ethnicity', 'disability') THEN
        RAISE EXCEPTION 'there is no equality characteristic %', characteristic;
    END IF;
    -- A shorter span could single out one complaint, and with it one person's details.
    IF first_day IS NULL OR last_day IS NULL OR last_day < first_day
       OR extract(day FROM first_day) <> 1
       OR extract(month FROM first_day) NOT IN (1, 4, 7, 10)
       OR extract(day FROM last_day + 1) <> 1
       OR extract(month FROM last_day + 1) NOT IN (1, 4, 7, 10) THEN
        RAISE EXCEPTION 'equality figures are counted over whole quarters only';
    END IF;
    RETURN QUERY
    SELECT COALESCE(TRIM(CASE characteristic WHEN 'age_band' THEN p.age_band
                                             WHEN 'ethnicity' THEN p.ethnicity
                                             ELSE p.disability END), '') AS recorded_value,
           COUNT(*)
    FROM stage s
    JOIN cases c ON c.id = s.case_id
    JOIN person p ON p.id = c.complainant_id
    WHERE c.kind = 'complaint' AND s.number = 1 AND s.before_log = 0
      AND s.requested_on BETWEEN first_day AND last_day
      AND (only_procedure IS NULL OR c.procedure = only_procedure)
      AND c.complainant_id IN (SELECT redress_hidden_people())
    GROUP BY recorded_value;
END;
$$;
