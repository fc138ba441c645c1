-- The actor registry on top of V2's actor, actor_alias and actor_affiliation: registry ids, local names,
-- periods, unknown office holders, and every resolution of a fact's mention (how it matched, or that it is
-- a candidate) with where it was seen. V2's meaning stays: statement.speaker_id / addressee_id and
-- incident_perpetrator.actor_id / attributed_by point to actor.id; a mention the registry cannot resolve
-- points to an actor with status 'CANDIDATE' (fact_origin MACHINE, actor_type 'UNKNOWN', named by the
-- normalised mention). fact_origin of a registered actor: MACHINE = the bundled registry's, replaced when it
-- is synced again; HUMAN = imported or entered by an analyst; CORRECTED = a bundled actor an analyst edited.
-- Neither of the last two is ever overwritten by a sync.

-- slug: the registry id ('pk-gov'), the key of imports, exports and syncs; NULL only for candidates.
-- active_from/active_to: when the actor held its place in its country (a government in power); generic and
-- local names resolve to it only then.
ALTER TABLE actor
    ADD COLUMN slug        text,
    ADD COLUMN active_from date,
    ADD COLUMN active_to   date,
    ADD COLUMN created_at  timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT actor_slug_format CHECK (slug IS NULL OR slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    ADD CONSTRAINT actor_registered_slug CHECK (status = 'CANDIDATE' OR slug IS NOT NULL),
    ADD CONSTRAINT actor_period CHECK (active_from IS NULL OR active_to IS NULL OR active_from <= active_to),
    ADD CONSTRAINT actor_country_code CHECK (country IS NULL OR country ~ '^[A-Z]{2}$');
CREATE UNIQUE INDEX actor_slug ON actor (slug) WHERE slug IS NOT NULL;
CREATE INDEX actor_status ON actor (status, actor_type);

-- GLOBAL aliases name the actor in any document; LOCAL ones ("the military") only in a document of its
-- country or next to its country's name. ordinal keeps the registry's order, so exports round-trip.
ALTER TABLE actor_alias
    ADD COLUMN scope   text    NOT NULL DEFAULT 'GLOBAL' CHECK (scope IN ('GLOBAL', 'LOCAL')),
    ADD COLUMN ordinal integer NOT NULL DEFAULT 0;

-- An office whose holder the registry does not know ("the head of Nacta") has no actor_id.
ALTER TABLE actor_affiliation
    ALTER COLUMN actor_id DROP NOT NULL,
    ADD COLUMN ordinal integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT actor_affiliation_relation CHECK (relation IN ('MEMBER_OF', 'FACTION_OF', 'PART_OF', 'ROLE')),
    ADD CONSTRAINT actor_affiliation_holder CHECK (actor_id IS NOT NULL OR relation = 'ROLE'),
    ADD CONSTRAINT actor_affiliation_role CHECK (relation <> 'ROLE' OR role IS NOT NULL),
    ADD CONSTRAINT actor_affiliation_period CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to);
CREATE INDEX actor_affiliation_actor ON actor_affiliation (actor_id);
CREATE INDEX actor_affiliation_related ON actor_affiliation (related_id);

-- Each resolution of a machine fact's speaker, addressee, perpetrator or attributing speaker: the actor (a
-- registered one, or a candidate), how it matched (match_kind NULL for a candidate), the score and the
-- reason shown to reviewers. Replaced whenever the document's facts are resolved again.
CREATE TABLE actor_mention (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id       bigint           NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    document_id    bigint           NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    statement_id   bigint REFERENCES statement (id) ON DELETE CASCADE,
    perpetrator_id bigint REFERENCES incident_perpetrator (id) ON DELETE CASCADE,
    seen_as        text             NOT NULL CHECK (seen_as IN ('SPEAKER', 'ADDRESSEE', 'PERPETRATOR', 'ATTRIBUTED_BY')),
    mention        text             NOT NULL,
    role           text,
    match_kind     text,
    score          double precision CHECK (score IS NULL OR (score > 0 AND score <= 1)),
    why            text             NOT NULL,
    resolved_at    timestamptz      NOT NULL DEFAULT now(),
    CHECK ((statement_id IS NULL) <> (perpetrator_id IS NULL)),
    CHECK ((match_kind IS NULL) = (score IS NULL))
);
CREATE INDEX actor_mention_actor ON actor_mention (actor_id);
CREATE INDEX actor_mention_document ON actor_mention (document_id);
CREATE INDEX actor_mention_statement ON actor_mention (statement_id);
CREATE INDEX actor_mention_perpetrator ON actor_mention (perpetrator_id);

-- The registry version (a digest of its contents) that last resolved a document's facts: documents
-- resolved with another version are due again ("borderwatch actors resolve --pending").
CREATE TABLE actor_resolution (
    document_id      bigint      PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    registry_version text        NOT NULL,
    resolved_at      timestamptz NOT NULL DEFAULT now()
);

-- Analysts' publisher countries, on top of the bundled publishers table: whose "the government" a
-- publisher's texts mean. country NULL: an international outlet (the document's countries decide).
CREATE TABLE publisher_country (
    publisher  text        PRIMARY KEY,
    country    char(2) CHECK (country IS NULL OR country ~ '^[A-Z]{2}$'),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- What the actor views count: statements made and received, incidents attributed, attributions made.
CREATE INDEX statement_speaker ON statement (speaker_id);
CREATE INDEX statement_addressee ON statement (addressee_id);
CREATE INDEX incident_perpetrator_actor ON incident_perpetrator (actor_id);
CREATE INDEX incident_perpetrator_attributed_by ON incident_perpetrator (attributed_by);
