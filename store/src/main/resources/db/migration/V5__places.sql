-- Resolved places: how precisely each gazetteer entry locates a place and which border is nearest,
-- and a key for entries without a GeoNames id (curated, UCDP, derived) so that placing the same
-- entry again finds its row: the name, country and coordinates rounded to 0.001 degree (~100 m).
ALTER TABLE place
    ADD COLUMN precision      text CHECK (precision IN ('TOWN', 'DISTRICT', 'PROVINCE', 'COUNTRY')),
    ADD COLUMN nearest_border text,
    ADD CONSTRAINT place_border_km CHECK (border_km IS NULL OR border_km >= 0);
CREATE UNIQUE INDEX place_without_geonames_id
    ON place (name, country, round(CAST(latitude AS numeric), 3), round(CAST(longitude AS numeric), 3))
    WHERE geonames_id IS NULL;

ALTER TABLE incident
    ADD CONSTRAINT incident_place_precision
        CHECK (place_precision IS NULL OR place_precision IN ('TOWN', 'DISTRICT', 'PROVINCE', 'COUNTRY'));
CREATE INDEX incident_place ON incident (place_id);
CREATE INDEX incident_place_mention_place ON incident_place_mention (place_id);
