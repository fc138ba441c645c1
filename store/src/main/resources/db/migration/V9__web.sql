-- What the web app needs beyond the facts: full-text search over documents, who last reviewed a fact,
-- and the indexes behind the API's filters and the dashboard.

-- Full text: the title weighs more than the body. Generated, so ingest stays as it is.
ALTER TABLE document
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED;
CREATE INDEX document_search ON document USING gin (search);

-- The last analyst who accepted, edited or rejected a fact, and when (the full history is in audit_log).
ALTER TABLE incident ADD COLUMN reviewed_by text, ADD COLUMN reviewed_at timestamptz;
ALTER TABLE statement ADD COLUMN reviewed_by text, ADD COLUMN reviewed_at timestamptz;
ALTER TABLE consolidated_incident ADD COLUMN reviewed_by text, ADD COLUMN reviewed_at timestamptz;

CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
-- Incidents newest first, as the list and the API page through them: the consolidated ones, and the reports
-- not (yet) in a consolidated incident, which are listed as incidents of their own. In the order the list
-- sorts by, so a page is read from the two indexes merged instead of sorting every incident.
CREATE INDEX IF NOT EXISTS consolidated_incident_newest ON consolidated_incident (date_earliest DESC NULLS LAST, id DESC);
CREATE INDEX IF NOT EXISTS incident_unconsolidated_newest ON incident (date_earliest DESC NULLS LAST, id DESC)
    WHERE consolidated_id IS NULL;
CREATE INDEX IF NOT EXISTS incident_perpetrator_actor ON incident_perpetrator (actor_id);
CREATE INDEX IF NOT EXISTS incident_perpetrator_mention ON incident_perpetrator (lower(mention));
CREATE INDEX IF NOT EXISTS statement_speaker ON statement (speaker_id);
CREATE INDEX IF NOT EXISTS statement_addressee ON statement (addressee_id);
CREATE INDEX IF NOT EXISTS statement_date ON statement (date_earliest);
CREATE INDEX IF NOT EXISTS place_country_admin1 ON place (country, admin1);
