-- How a procedure counts a request received on a non-working day. 0, the default for every
-- profile already stored: day 1 is the first working day after the day of receipt, whatever
-- day that was, as the regulations' "within N working days of receiving" reads. 1: the
-- request is treated as received on the next working day, as some councils practise
-- (ProcedureProfile::receivedOnNextWorkingDay).
ALTER TABLE procedure_profile
    ADD COLUMN received_on_next_working_day SMALLINT NOT NULL DEFAULT 0
    CHECK (received_on_next_working_day IN (0, 1));
