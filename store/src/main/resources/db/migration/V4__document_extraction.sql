-- Which version of the rules last extracted each document, so a run can do only what is pending
-- (new documents, or documents extracted by older rules) and a second demo run starts in seconds.
CREATE TABLE document_extraction (
    document_id   bigint      PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    extractor     text        NOT NULL,
    extracted_at  timestamptz NOT NULL DEFAULT now()
);
