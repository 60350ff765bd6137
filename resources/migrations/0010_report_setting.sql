-- Choices a council makes about how its reports count (an administrator changes them); one
-- row. category_basis: whether the category table counts the complaints received in the
-- period (as most councils publish it) or those responded to in it.
CREATE TABLE report_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    category_basis TEXT NOT NULL CHECK (category_basis IN ('received', 'concluded'))
);
INSERT INTO report_setting (id, category_basis) VALUES (1, 'received');
