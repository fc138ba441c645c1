-- Victims who were taken rather than killed or injured: kidnapped, abducted, detained, captured.
-- Like killed and injured, the unsuffixed column is the best estimate and the others its range.
ALTER TABLE incident_victim
    ADD COLUMN captured_low integer, ADD COLUMN captured integer, ADD COLUMN captured_high integer;
