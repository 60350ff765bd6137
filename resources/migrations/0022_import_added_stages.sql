-- The stages an import added to cases already in Redress (a log's stage 2 row whose stage 1
-- was logged here, or came in with an earlier import), so that undoing the import removes
-- them and puts the case back as it was: at the stage before, in the state it was in, closed
-- on the day it was closed. The case itself belongs to no import batch and stays.
CREATE TABLE import_added_stage (
    id {{id}},
    import_batch_id BIGINT NOT NULL REFERENCES import_batch (id),
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    first_stage INTEGER NOT NULL CHECK (first_stage BETWEEN 2 AND 3),
    last_stage INTEGER NOT NULL CHECK (last_stage BETWEEN 2 AND 3),
    state_before TEXT NOT NULL,
    closed_on_before {{date}},
    source_row BIGINT NOT NULL
);
CREATE INDEX import_added_stage_batch ON import_added_stage (import_batch_id);
CREATE INDEX import_added_stage_case ON import_added_stage (case_id);
