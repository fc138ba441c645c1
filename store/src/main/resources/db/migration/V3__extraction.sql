-- What the extract stage stores beyond V2: where a machine fact was read from, captured counts, the
-- words naming places, perpetrators, speakers and addressees, victim count ranges, and the indexes that
-- replacing one document's machine facts and listing facts by document need.

-- The document whose extraction produced a MACHINE incident; re-extracting that document replaces it.
-- NULL for incidents an analyst entered or a consolidation built from several reports.
ALTER TABLE incident
    ADD COLUMN document_id  bigint REFERENCES document (id) ON DELETE CASCADE,
    ADD COLUMN captured_low integer, ADD COLUMN captured_best integer, ADD COLUMN captured_high integer,
    ADD CONSTRAINT incident_injured_range
        CHECK ((injured_low IS NULL OR injured_best IS NULL OR injured_low <= injured_best)
           AND (injured_best IS NULL OR injured_high IS NULL OR injured_best <= injured_high)),
    ADD CONSTRAINT incident_captured_range
        CHECK ((captured_low IS NULL OR captured_best IS NULL OR captured_low <= captured_best)
           AND (captured_best IS NULL OR captured_high IS NULL OR captured_best <= captured_high));
-- In every *_high column NULL means open-ended ("at least 12"), not unknown, when *_best is set.
CREATE INDEX incident_document ON incident (document_id);
CREATE INDEX incident_type ON incident (incident_type);

-- Place names as the text gives them, before the gazetteer resolves them (place_id).
CREATE TABLE incident_place_mention (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint  NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    mention     text    NOT NULL,
    span_start  integer,
    span_end    integer,
    place_id    bigint REFERENCES place (id),
    CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX incident_place_mention_incident ON incident_place_mention (incident_id);

-- Where the perpetrator is named, and who attributed it when no registry actor is resolved yet.
ALTER TABLE incident_perpetrator
    ADD COLUMN span_start integer,
    ADD COLUMN span_end   integer,
    ADD COLUMN attributed_by_mention text,
    ADD CONSTRAINT incident_perpetrator_span CHECK (span_start >= 0 AND span_end >= span_start);
CREATE INDEX incident_perpetrator_incident ON incident_perpetrator (incident_id);

-- V2's killed and injured hold the best estimate; these add the range (high NULL: open-ended).
ALTER TABLE incident_victim
    ADD COLUMN killed_low integer, ADD COLUMN killed_high integer,
    ADD COLUMN injured_low integer, ADD COLUMN injured_high integer;
CREATE INDEX incident_victim_incident ON incident_victim (incident_id);

-- Where speaker and addressee are named, and the addressee's role ("the interior minister").
-- `proposition` holds the normalised proposition (lower case, no quotes or hedges), so that a claim and
-- its denial meet on equality; the index serves the claim ledger.
ALTER TABLE statement
    ADD COLUMN speaker_start   integer,
    ADD COLUMN speaker_end     integer,
    ADD COLUMN addressee_role  text,
    ADD COLUMN addressee_start integer,
    ADD COLUMN addressee_end   integer,
    ADD CONSTRAINT statement_speaker_span CHECK (speaker_start >= 0 AND speaker_end >= speaker_start),
    ADD CONSTRAINT statement_addressee_span CHECK (addressee_start >= 0 AND addressee_end >= addressee_start);
CREATE INDEX statement_proposition ON statement (proposition);
CREATE INDEX statement_type ON statement (statement_type);

-- Reverse lookups: reports by document, links and evidence by the other side.
CREATE INDEX incident_report_document ON incident_report (document_id);
CREATE INDEX statement_incident_incident ON statement_incident (incident_id);
CREATE INDEX incident_evidence_evidence ON incident_evidence (evidence_id);
CREATE INDEX statement_evidence_evidence ON statement_evidence (evidence_id);
