-- Consolidation: the many reports of one real incident become one record.
--
-- An `incident` row is one REPORT of an incident: extracted from one document (document_id), imported
-- from an event dataset (source_dataset, source_record), or entered by an analyst. A
-- `consolidated_incident` is the real event. Once consolidation has run, every report belongs to exactly
-- one consolidated incident (a report nobody else reports is a group of one). Its fields are reconciled
-- from its reports (killed and injured as low/best/high over the reports) unless an analyst edited them.

CREATE TABLE consolidated_incident (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_type   text           NOT NULL,
    date_earliest   date,
    date_latest     date,
    date_precision  date_precision,
    place_id        bigint REFERENCES place (id),
    place_precision text CHECK (place_precision IS NULL OR place_precision IN ('TOWN', 'DISTRICT', 'PROVINCE', 'COUNTRY')),
    killed_low      integer, killed_best integer, killed_high integer,
    injured_low     integer, injured_best integer, injured_high integer,
    report_count    integer        NOT NULL DEFAULT 0 CHECK (report_count >= 0),
    -- MACHINE while consolidation owns the reconciled fields; CORRECTED once an analyst edited them.
    fact_origin     fact_origin    NOT NULL DEFAULT 'MACHINE',
    review_status   review_status  NOT NULL DEFAULT 'UNREVIEWED',
    version         integer        NOT NULL DEFAULT 0,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    updated_at      timestamptz    NOT NULL DEFAULT now(),
    CHECK (killed_low IS NULL OR killed_best IS NULL OR killed_low <= killed_best),
    CHECK (killed_best IS NULL OR killed_high IS NULL OR killed_best <= killed_high),
    CHECK (injured_low IS NULL OR injured_best IS NULL OR injured_low <= injured_best),
    CHECK (injured_best IS NULL OR injured_high IS NULL OR injured_best <= injured_high)
);
CREATE INDEX consolidated_incident_date ON consolidated_incident (date_earliest);
CREATE INDEX consolidated_incident_type ON consolidated_incident (incident_type);
CREATE INDEX consolidated_incident_place ON consolidated_incident (place_id);

-- report_key: a stable name of the report that survives re-extraction (which gives reports new ids), so
-- analysts' split and merge decisions can refer to it: 'doc:<document id>:<offset of its first evidence>'
-- for extracted reports, '<dataset>:<record id>' for imported ones, 'human:<id>' for entered ones.
ALTER TABLE incident
    ADD COLUMN consolidated_id bigint REFERENCES consolidated_incident (id) ON DELETE SET NULL,
    ADD COLUMN report_key      text,
    ADD COLUMN match_score     double precision,
    ADD COLUMN match_features  jsonb,
    ADD COLUMN source_dataset  text,
    ADD COLUMN source_record   text,
    ADD CONSTRAINT incident_source CHECK ((source_dataset IS NULL) = (source_record IS NULL));
-- match_score and match_features: how well the report matched its group when it joined (NULL for the
-- first report of a group), per feature (type, date, place, actors, counts), shown to reviewers.
CREATE INDEX incident_consolidated ON incident (consolidated_id);
CREATE INDEX incident_report_key ON incident (report_key);
CREATE UNIQUE INDEX incident_source_record ON incident (source_dataset, source_record)
    WHERE source_dataset IS NOT NULL;

-- Analysts' decisions: two reports are the SAME incident (merge) or DIFFERENT incidents (split).
-- Consolidation run again keeps every such decision.
CREATE TABLE consolidation_decision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_a    text        NOT NULL,
    report_b    text        NOT NULL,
    decision    text        NOT NULL CHECK (decision IN ('SAME', 'DIFFERENT')),
    author      text        NOT NULL,
    decided_at  timestamptz NOT NULL DEFAULT now(),
    note        text,
    CHECK (report_a <> report_b)
);
CREATE INDEX consolidation_decision_a ON consolidation_decision (report_a);
CREATE INDEX consolidation_decision_b ON consolidation_decision (report_b);
