-- Documents and their provenance. The text is normalised (see ContentHash) and never changes once
-- stored: evidence spans point into it by character offset.
CREATE TABLE document (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256        char(64)    NOT NULL UNIQUE,
    origin        text        NOT NULL,
    url           text,
    external_id   text,
    publisher     text,
    published_on  date,
    date_source   text        NOT NULL CHECK (date_source IN ('GIVEN', 'METADATA', 'DATELINE', 'UNKNOWN')),
    title         text,
    language      text        NOT NULL,
    grade         char(1)     NOT NULL CHECK (grade BETWEEN 'A' AND 'F'),
    format        text        NOT NULL,
    text          text        NOT NULL CHECK (length(text) > 0),
    char_count    integer     NOT NULL,
    ingested_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((published_on IS NULL) = (date_source = 'UNKNOWN'))
);

CREATE INDEX document_published_on ON document (published_on);
CREATE INDEX document_ingested_at ON document (ingested_at);
