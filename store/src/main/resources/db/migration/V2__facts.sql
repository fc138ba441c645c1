-- The facts the pipeline extracts and analysts review. Every fact row says who stands behind it
-- (fact_origin): MACHINE rows are replaced when a document is extracted again; HUMAN and CORRECTED
-- rows belong to analysts and are never touched by a machine. `version` backs optimistic locking.

CREATE TYPE fact_origin AS ENUM ('MACHINE', 'HUMAN', 'CORRECTED');
CREATE TYPE review_status AS ENUM ('UNREVIEWED', 'ACCEPTED', 'REJECTED', 'EDITED');
CREATE TYPE date_precision AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR', 'APPROXIMATE');

-- A span of a document that supports a fact.
CREATE TABLE evidence (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    span_start   integer NOT NULL CHECK (span_start >= 0),
    span_end     integer NOT NULL,
    sentence     integer NOT NULL CHECK (sentence >= 0),
    quote        text    NOT NULL,
    CHECK (span_end >= span_start)
);
CREATE INDEX evidence_document ON evidence (document_id);

-- Actors: governments, agencies, security forces, armed groups, international bodies, persons.
CREATE TABLE actor (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    canonical_name text        NOT NULL,
    actor_type     text        NOT NULL,
    country        char(2),
    status         text        NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'CANDIDATE')),
    fact_origin    fact_origin NOT NULL,
    source         text,
    version        integer     NOT NULL DEFAULT 0,
    UNIQUE (canonical_name, actor_type)
);

CREATE TABLE actor_alias (
    actor_id  bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias     text   NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_alias_lower ON actor_alias (lower(alias));

-- Affiliations and roles with validity dates: "faction of", "interior minister of".
CREATE TABLE actor_affiliation (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id     bigint      NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    related_id   bigint      NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    relation     text        NOT NULL,
    role         text,
    valid_from   date,
    valid_to     date,
    source       text,
    fact_origin  fact_origin NOT NULL
);

-- Gazetteer entries and their distance to the nearest international border.
CREATE TABLE place (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    geonames_id  bigint UNIQUE,
    name         text             NOT NULL,
    country      char(2),
    admin1       text,
    admin2       text,
    latitude     double precision,
    longitude    double precision,
    feature      text,
    border_km    double precision,
    source       text
);

CREATE TABLE incident (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_type   text           NOT NULL,
    date_earliest   date,
    date_latest     date,
    date_precision  date_precision,
    place_id        bigint REFERENCES place (id),
    place_precision text,
    killed_low      integer, killed_best integer, killed_high integer,
    injured_low     integer, injured_best integer, injured_high integer,
    fact_origin     fact_origin    NOT NULL,
    extractor       text,
    review_status   review_status  NOT NULL DEFAULT 'UNREVIEWED',
    version         integer        NOT NULL DEFAULT 0,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    updated_at      timestamptz    NOT NULL DEFAULT now(),
    CHECK (killed_low IS NULL OR killed_best IS NULL OR killed_low <= killed_best),
    CHECK (killed_best IS NULL OR killed_high IS NULL OR killed_best <= killed_high)
);
CREATE INDEX incident_date ON incident (date_earliest);

-- One row per report (document) of an incident: the consolidation links reports to incidents.
CREATE TABLE incident_report (
    incident_id  bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    document_id  bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, document_id)
);

CREATE TABLE incident_perpetrator (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id        bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    actor_id           bigint REFERENCES actor (id),
    mention            text   NOT NULL,
    attribution        text   NOT NULL CHECK (attribution IN ('CLAIMED', 'ATTRIBUTED', 'SUSPECTED', 'UNKNOWN')),
    attributed_by      bigint REFERENCES actor (id),
    fact_origin        fact_origin NOT NULL
);

CREATE TABLE incident_victim (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  bigint  NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    category     text    NOT NULL,
    nationality  text,
    killed       integer,
    injured      integer,
    fact_origin  fact_origin NOT NULL
);

CREATE TABLE incident_evidence (
    incident_id  bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    evidence_id  bigint NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, evidence_id)
);

CREATE TABLE statement (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       bigint         NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    statement_type    text           NOT NULL,
    speaker_id        bigint REFERENCES actor (id),
    speaker_mention   text,
    speaker_role      text,
    addressee_id      bigint REFERENCES actor (id),
    addressee_mention text,
    proposition       text,
    quote             text,
    date_earliest     date,
    date_latest       date,
    date_precision    date_precision,
    negated           boolean        NOT NULL DEFAULT false,
    condition_text    text,
    voice             text           NOT NULL CHECK (voice IN ('REPORTED', 'AUTHOR')),
    fact_origin       fact_origin    NOT NULL,
    extractor         text,
    review_status     review_status  NOT NULL DEFAULT 'UNREVIEWED',
    version           integer        NOT NULL DEFAULT 0,
    created_at        timestamptz    NOT NULL DEFAULT now(),
    updated_at        timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX statement_document ON statement (document_id);

CREATE TABLE statement_evidence (
    statement_id bigint NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    evidence_id  bigint NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, evidence_id)
);

CREATE TABLE statement_incident (
    statement_id bigint NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    incident_id  bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, incident_id)
);

-- Every analyst change: who, when, the old and the new value.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity      text        NOT NULL,
    entity_id   bigint      NOT NULL,
    action      text        NOT NULL,
    author      text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    old_value   jsonb,
    new_value   jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
