-- Lent: stands in for the migration another branch adds with this number.
SELECT 1;
