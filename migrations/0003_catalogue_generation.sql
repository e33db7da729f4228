-- A counter that moves whenever the public catalogue (or its needs) may have changed, so that every portal
-- process can tell whether the search results it keeps in memory are still current.

CREATE TABLE catalogue_generation (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    generation bigint NOT NULL
);
INSERT INTO catalogue_generation VALUES (true, 1);

CREATE FUNCTION bump_catalogue_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_generation SET generation = generation + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER technologies_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON technologies
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER institutions_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON institutions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER technology_deployments_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON technology_deployments
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER needs_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON needs
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
