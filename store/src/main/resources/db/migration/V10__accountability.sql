-- Accountability: the claim ledger, commitments with their ratings, indicators, conditions, engagements.
--
-- Machine statements get new ids when their document is extracted again, so what an analyst decides
-- about a statement is kept by its statement key ('doc:<document>:<first evidence offset>:<type>:
-- <speaker offset>:<addressee offset>'), and what a commitment, condition or engagement cites is copied
-- into evidence rows of its own (the extraction's remover deletes only the evidence its facts cite).
-- Parties are a registry actor when resolved (ON DELETE SET NULL) and always the words naming them.

CREATE TABLE proposition (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the normalised proposition of the statement that founded it; regrouping finds it again by this key
    key         text        NOT NULL UNIQUE,
    label       text        NOT NULL CHECK (length(label) > 0),
    fact_origin fact_origin NOT NULL,
    created_by  text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Which proposition each claim statement belongs to: MACHINE rows are the grouping's and replaced by
-- every regrouping; HUMAN rows follow an analyst's link (ledger_decision).
CREATE TABLE proposition_statement (
    statement_id   bigint           PRIMARY KEY REFERENCES statement (id) ON DELETE CASCADE,
    proposition_id bigint           NOT NULL REFERENCES proposition (id) ON DELETE CASCADE,
    stance         text             NOT NULL CHECK (stance IN ('FOR', 'AGAINST')),
    score          double precision NOT NULL CHECK (score >= 0 AND score <= 1),
    fact_origin    fact_origin      NOT NULL
);
CREATE INDEX proposition_statement_proposition ON proposition_statement (proposition_id);

CREATE TABLE ledger_decision (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_key  text        NOT NULL,
    proposition_id bigint      NOT NULL REFERENCES proposition (id) ON DELETE CASCADE,
    decision       text        NOT NULL CHECK (decision IN ('LINK', 'UNLINK')),
    stance         text        CHECK (stance IN ('FOR', 'AGAINST')),
    author         text        NOT NULL CHECK (length(author) > 0),
    decided_at     timestamptz NOT NULL DEFAULT now(),
    note           text
);
CREATE INDEX ledger_decision_statement ON ledger_decision (statement_key);

CREATE TABLE commitment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    obligor_id      bigint REFERENCES actor (id) ON DELETE SET NULL,
    obligor_mention text,
    obligee_id      bigint REFERENCES actor (id) ON DELETE SET NULL,
    obligee_mention text,
    owed            text        NOT NULL CHECK (length(owed) > 0),
    start_date      date,
    due_date        date,
    review          text        NOT NULL CHECK (review IN ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    fact_origin     fact_origin NOT NULL,
    -- names a suggestion across runs: suggesting again adds nothing, a rejected suggestion stays rejected
    suggestion_key  text UNIQUE,
    rule            text,
    created_by      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
    CHECK (review <> 'CONFIRMED' OR obligor_mention IS NOT NULL)
);
CREATE INDEX commitment_review ON commitment (review);

CREATE TABLE commitment_source (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commitment_id bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    statement_id  bigint REFERENCES statement (id) ON DELETE SET NULL,
    statement_key text   NOT NULL,
    evidence_id   bigint REFERENCES evidence (id) ON DELETE SET NULL
);
CREATE INDEX commitment_source_commitment ON commitment_source (commitment_id);
CREATE INDEX commitment_source_statement_key ON commitment_source (statement_key);

-- The incident reports a commitment is about (the attack whose suspects are to be handed over).
CREATE TABLE commitment_incident (
    commitment_id bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    incident_id   bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, incident_id)
);

-- Ratings: PolitiFact's scale and the Peace Accords Matrix score, from a day on, each with its evidence.
CREATE TABLE commitment_status (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commitment_id bigint      NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    status        text        NOT NULL CHECK (status IN ('NOT_YET_RATED', 'IN_THE_WORKS', 'STALLED', 'KEPT',
                                                         'COMPROMISE', 'BROKEN')),
    score         integer     CHECK (score BETWEEN 0 AND 3),
    effective     date        NOT NULL,
    author        text        NOT NULL CHECK (length(author) > 0),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    note          text
);
CREATE INDEX commitment_status_commitment ON commitment_status (commitment_id);

CREATE TABLE commitment_status_evidence (
    status_id bigint  NOT NULL REFERENCES commitment_status (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    kind      text    NOT NULL CHECK (kind IN ('DOCUMENT', 'STATEMENT', 'INCIDENT', 'INDICATOR', 'URL', 'NOTE')),
    ref       text    NOT NULL CHECK (length(ref) > 0),
    quote     text,
    PRIMARY KEY (status_id, position)
);

-- Indicators in the indicator language (README, "Indicators"), checked by the application before storing.
CREATE TABLE indicator (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z][A-Za-z0-9_-]*$'),
    expression  text        NOT NULL,
    description text,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE commitment_indicator (
    commitment_id bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    indicator_id  bigint NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, indicator_id)
);

-- Conditions: a measure (an investment tranche, talks, sanctions relief) and the rule it waits for, in
-- the condition language (README, "Conditions").
CREATE TABLE measure_condition (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text        NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z][A-Za-z0-9_-]*$'),
    measure        text        NOT NULL CHECK (length(measure) > 0),
    rule           text        NOT NULL,
    review         text        NOT NULL CHECK (review IN ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    fact_origin    fact_origin NOT NULL,
    suggestion_key text UNIQUE,
    statement_id   bigint REFERENCES statement (id) ON DELETE SET NULL,
    statement_key  text,
    evidence_id    bigint REFERENCES evidence (id) ON DELETE SET NULL,
    created_by     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0
);

CREATE TABLE engagement (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text           NOT NULL CHECK (kind IN ('DELEGATION', 'TALKS', 'CROSS_BORDER_STRIKE', 'AID',
                                                           'SANCTIONS', 'OTHER')),
    title          text           NOT NULL CHECK (length(title) > 0),
    date_earliest  date           NOT NULL,
    date_latest    date           NOT NULL,
    date_precision date_precision NOT NULL,
    review         text           NOT NULL CHECK (review IN ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    fact_origin    fact_origin    NOT NULL,
    suggestion_key text UNIQUE,
    evidence_id    bigint REFERENCES evidence (id) ON DELETE SET NULL,
    created_by     text,
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    version        integer        NOT NULL DEFAULT 0,
    CHECK (date_latest >= date_earliest)
);
CREATE INDEX engagement_date ON engagement (date_earliest);

CREATE TABLE engagement_party (
    engagement_id bigint  NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    actor_id      bigint REFERENCES actor (id) ON DELETE SET NULL,
    mention       text    NOT NULL CHECK (length(mention) > 0),
    PRIMARY KEY (engagement_id, position)
);
