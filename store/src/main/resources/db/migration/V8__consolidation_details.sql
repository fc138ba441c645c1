-- What consolidation keeps beyond V7's contract: how each consolidated incident was reconciled and
-- which reports it held at the last run, and analysts' decisions that a later decision replaced.
-- Report keys follow V7; when two reports of one document start at the same offset, the second and
-- later ones take '#2', '#3' in the extractor's order ('doc:12:40#2'), so that a key names one report.

ALTER TABLE consolidated_incident
    -- The report keys of its reports at the last run. Re-extraction gives reports new ids; their keys
    -- find their consolidated incident again, so its id (and an analyst's corrections) survive.
    ADD COLUMN report_keys    text[] NOT NULL DEFAULT '{}',
    -- How its fields were chosen: each report's killed and injured with its source, and the report
    -- its type, date and place came from. Kept current even when an analyst owns the fields.
    ADD COLUMN reconciliation jsonb,
    -- Explanations a reviewer needs: analysts' decisions that a later decision overrode, machine
    -- matches kept apart by a decision. A JSON array of strings.
    ADD COLUMN notes          jsonb NOT NULL DEFAULT '[]',
    -- A digest of what the last run wrote for it, so an incremental run rewrites only what changed.
    ADD COLUMN fingerprint    text;
CREATE INDEX consolidated_incident_report_keys ON consolidated_incident USING gin (report_keys);
CREATE INDEX consolidated_incident_report_count ON consolidated_incident (report_count);

-- A decision an analyst took back or contradicted later (merge after split, split after merge) is
-- superseded rather than deleted: the history stays, and consolidation reads only live decisions.
ALTER TABLE consolidation_decision
    ADD COLUMN superseded_by bigint REFERENCES consolidation_decision (id),
    ADD COLUMN superseded_at timestamptz;
CREATE INDEX consolidation_decision_live ON consolidation_decision (decided_at) WHERE superseded_by IS NULL;
