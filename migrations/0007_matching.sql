-- Matching: each published need's ranked candidate technologies, the queue of matching work,
-- and the staff's verdicts on candidates.

CREATE TABLE matches (
    need_id bigint NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
    technology_id bigint NOT NULL REFERENCES technologies (id) ON DELETE CASCADE,
    rank smallint NOT NULL CHECK (rank >= 1),
    score real NOT NULL CHECK (score BETWEEN 0 AND 1),
    -- [{"code": "text", "detail": "shares: drip irrigation, cassava"}, …]
    reasons jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
    computed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (need_id, technology_id)
);
CREATE INDEX matches_need_rank ON matches (need_id, rank);
CREATE INDEX matches_technology_score ON matches (technology_id, score DESC);

-- Matching work still to do: one need, or every need (need_id NULL). Workers claim a job with
-- FOR UPDATE SKIP LOCKED and delete it in the transaction that writes its matches, so a job
-- survives a crash and several portal processes can share the queue.
CREATE TABLE match_jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    need_id bigint,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A counter that moves whenever published technologies may have changed, so that a worker can
-- tell whether its in-memory index is still current.
CREATE TABLE technology_generation (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    generation bigint NOT NULL
);
INSERT INTO technology_generation VALUES (true, 1);

CREATE FUNCTION was_or_is_published(op text, old_status entry_status, new_status entry_status)
RETURNS boolean LANGUAGE sql IMMUTABLE
RETURN (op <> 'INSERT' AND old_status = 'published') OR (op <> 'DELETE' AND new_status = 'published');

-- A change to a published technology (or its deployments) asks for every need to be matched
-- again: once per transaction, however many rows it changes.
CREATE FUNCTION queue_match_all() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'technologies' THEN
        IF NOT was_or_is_published(TG_OP, OLD.status, NEW.status) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF current_setting('portal.match_all_queued', true) IS DISTINCT FROM 'yes' THEN
        UPDATE technology_generation SET generation = generation + 1;
        INSERT INTO match_jobs (need_id) VALUES (NULL);
        PERFORM set_config('portal.match_all_queued', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER technologies_match AFTER INSERT OR UPDATE OR DELETE ON technologies
    FOR EACH ROW EXECUTE FUNCTION queue_match_all();
CREATE TRIGGER technology_deployments_match AFTER INSERT OR UPDATE OR DELETE ON technology_deployments
    FOR EACH ROW EXECUTE FUNCTION queue_match_all();

-- A need published, changed or withdrawn from the board is matched again (or loses its matches).
CREATE FUNCTION queue_match_need() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF was_or_is_published(TG_OP, OLD.status, NEW.status) THEN
        INSERT INTO match_jobs (need_id) VALUES (NEW.id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER needs_match AFTER INSERT OR UPDATE ON needs
    FOR EACH ROW EXECUTE FUNCTION queue_match_need();

CREATE TYPE match_verdict AS ENUM ('confirmed', 'dismissed');
CREATE TYPE dismissal_reason AS ENUM ('not_relevant', 'trl_too_low', 'too_costly', 'ip_not_available', 'other');

-- The staff's verdict on a candidate; it outlives recomputation of the matches.
CREATE TABLE match_feedback (
    need_id bigint NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
    technology_id bigint NOT NULL REFERENCES technologies (id) ON DELETE CASCADE,
    verdict match_verdict NOT NULL,
    reason dismissal_reason,
    note text CHECK (char_length(note) BETWEEN 1 AND 2000),
    decided_by bigint NOT NULL REFERENCES users (id),
    decided_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (need_id, technology_id),
    CHECK ((verdict = 'dismissed') = (reason IS NOT NULL)),
    CHECK (reason IS DISTINCT FROM 'other' OR note IS NOT NULL)
);
CREATE INDEX match_feedback_decided_at ON match_feedback (decided_at);

-- The matches of the catalogue already published.
INSERT INTO match_jobs (need_id) VALUES (NULL);
