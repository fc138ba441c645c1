-- What the incident list and the dashboard read per consolidated incident without joining its reports:
-- who it is attributed to and how far from a border it happened. Kept current by the triggers below on
-- every write that can change them (consolidation and analysts' merges and splits point reports at
-- incidents; extraction replaces reports and their perpetrators; actor resolution links perpetrators to
-- the registry; a place's border distance is recomputed), so no writer has to remember them.

ALTER TABLE consolidated_incident
    -- Every perpetrator of its reports as 'a:<registry actor id>' (when resolved) and 'm:<lower-cased
    -- mention>': the actor filter is one array overlap, served by a GIN index.
    ADD COLUMN perpetrator_keys  text[] NOT NULL DEFAULT '{}',
    -- Its strongest-attributed perpetrator (claimed, then attributed, then suspected; among reports not
    -- rejected), under which the dashboard counts it: the registry actor if resolved, and the mention.
    ADD COLUMN primary_actor_id  bigint,
    ADD COLUMN primary_mention   text,
    -- Its place's distance to the nearest international border.
    ADD COLUMN border_km         double precision;

CREATE INDEX consolidated_incident_perpetrator_keys ON consolidated_incident USING gin (perpetrator_keys);
CREATE INDEX consolidated_incident_border_km ON consolidated_incident (border_km);
-- The list's other orders, read from an index with a cursor (keyset) instead of sorting everything.
CREATE INDEX consolidated_incident_killed_newest ON consolidated_incident (killed_best DESC NULLS LAST, id DESC);
CREATE INDEX consolidated_incident_reports_newest ON consolidated_incident (report_count DESC, id DESC);

-- Recomputes the perpetrator columns of the given consolidated incidents from their reports. Set-based
-- (joins grouped by incident, no per-incident subqueries), so a hundred thousand at once take seconds.
CREATE FUNCTION refresh_consolidated_perpetrators(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    WITH g AS (SELECT DISTINCT unnest(ids) AS id),
    named AS (
        SELECT r.consolidated_id AS id, array_agg(DISTINCT k.key ORDER BY k.key) AS keys
        FROM incident r JOIN incident_perpetrator p ON p.incident_id = r.id,
             LATERAL (VALUES ('m:' || lower(p.mention)), ('a:' || p.actor_id)) AS k(key)
        WHERE r.consolidated_id = ANY(ids) AND k.key IS NOT NULL
        GROUP BY r.consolidated_id),
    strongest AS (
        SELECT DISTINCT ON (r.consolidated_id) r.consolidated_id AS id, p.actor_id, p.mention
        FROM incident r JOIN incident_perpetrator p ON p.incident_id = r.id
        WHERE r.consolidated_id = ANY(ids) AND r.review_status <> 'REJECTED'
        ORDER BY r.consolidated_id, CASE p.attribution WHEN 'CLAIMED' THEN 0 WHEN 'ATTRIBUTED' THEN 1
                 WHEN 'SUSPECTED' THEN 2 ELSE 3 END, p.id)
    UPDATE consolidated_incident c
    SET perpetrator_keys = COALESCE(n.keys, '{}'), primary_actor_id = s.actor_id, primary_mention = s.mention
    FROM g LEFT JOIN named n ON n.id = g.id LEFT JOIN strongest s ON s.id = g.id
    WHERE c.id = g.id
      AND (c.perpetrator_keys IS DISTINCT FROM COALESCE(n.keys, '{}') OR c.primary_actor_id IS DISTINCT FROM s.actor_id
           OR c.primary_mention IS DISTINCT FROM s.mention);
$$;

-- Perpetrators added, changed or removed: their reports' consolidated incidents.
CREATE FUNCTION perpetrators_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM refresh_consolidated_perpetrators(ARRAY(
            SELECT r.consolidated_id FROM changed_new n JOIN incident r ON r.id = n.incident_id
            WHERE r.consolidated_id IS NOT NULL));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM refresh_consolidated_perpetrators(ARRAY(
            SELECT r.consolidated_id FROM changed_old o JOIN incident r ON r.id = o.incident_id
            WHERE r.consolidated_id IS NOT NULL));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER perpetrators_inserted AFTER INSERT ON incident_perpetrator
    REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION perpetrators_changed();
CREATE TRIGGER perpetrators_updated AFTER UPDATE ON incident_perpetrator
    REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION perpetrators_changed();
CREATE TRIGGER perpetrators_deleted AFTER DELETE ON incident_perpetrator
    REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION perpetrators_changed();

-- Reports pointed at another consolidated incident, rejected or un-rejected, added or deleted.
CREATE FUNCTION reports_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM refresh_consolidated_perpetrators(ARRAY(
            SELECT consolidated_id FROM changed_new WHERE consolidated_id IS NOT NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM refresh_consolidated_perpetrators(ARRAY(
            SELECT consolidated_id FROM changed_old WHERE consolidated_id IS NOT NULL));
    ELSE
        PERFORM refresh_consolidated_perpetrators(ARRAY(
            SELECT x.id FROM changed_old o JOIN changed_new n ON n.id = o.id,
                   LATERAL (VALUES (o.consolidated_id), (n.consolidated_id)) AS x(id)
            WHERE x.id IS NOT NULL AND (o.consolidated_id IS DISTINCT FROM n.consolidated_id
                                        OR o.review_status IS DISTINCT FROM n.review_status)));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER reports_inserted AFTER INSERT ON incident
    REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION reports_changed();
CREATE TRIGGER reports_updated AFTER UPDATE ON incident
    REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION reports_changed();
CREATE TRIGGER reports_deleted AFTER DELETE ON incident
    REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION reports_changed();

-- The border distance follows the incident's place, and the place's distance.
CREATE FUNCTION consolidated_place_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.border_km := (SELECT border_km FROM place WHERE id = NEW.place_id);
    RETURN NEW;
END $$;
CREATE TRIGGER consolidated_place_inserted BEFORE INSERT ON consolidated_incident
    FOR EACH ROW EXECUTE FUNCTION consolidated_place_set();
CREATE TRIGGER consolidated_place_updated BEFORE UPDATE OF place_id ON consolidated_incident
    FOR EACH ROW EXECUTE FUNCTION consolidated_place_set();

CREATE FUNCTION place_border_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consolidated_incident SET border_km = NEW.border_km
    WHERE place_id = NEW.id AND border_km IS DISTINCT FROM NEW.border_km;
    RETURN NULL;
END $$;
CREATE TRIGGER place_border_changed AFTER UPDATE OF border_km ON place
    FOR EACH ROW EXECUTE FUNCTION place_border_changed();

-- Incidents stored before this migration.
UPDATE consolidated_incident c SET border_km = p.border_km FROM place p WHERE p.id = c.place_id;
SELECT refresh_consolidated_perpetrators(ARRAY(SELECT id FROM consolidated_incident));
