-- The review workflow. What members write is kept as revisions: a new entry or an edit of a
-- published one, holding the entry's fields exactly as the interchange format's cells. The
-- public tables keep the last approved version until staff approve a revision, which is then
-- validated and written with the importer's own rules.

CREATE TYPE entry_kind AS ENUM ('technology', 'need');
CREATE TYPE revision_status AS ENUM (
    'draft', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'
);

CREATE TABLE revisions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind entry_kind NOT NULL,
    ref text NOT NULL CHECK (ref ~ '^[A-Z0-9-]{3,32}$'),
    -- Whether it edits an entry that was published when the revision was started.
    is_edit boolean NOT NULL,
    -- The owner: the institution offering a technology, the organisation posting a need.
    institution_id bigint REFERENCES institutions (id),
    organisation_id bigint REFERENCES organisations (id),
    -- The format's columns (but ref and the owner's) and their cells, as text.
    fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),
    status revision_status NOT NULL DEFAULT 'draft',
    author_id bigint NOT NULL REFERENCES users (id),
    -- The staff's last written reason (a change request, a rejection, an approval note).
    reason text CHECK (char_length(reason) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    submitted_at timestamptz,
    decided_at timestamptz,
    decided_by bigint REFERENCES users (id),
    CHECK ((kind = 'technology') = (institution_id IS NOT NULL)),
    CHECK ((kind = 'need') = (organisation_id IS NOT NULL)),
    CHECK (status = 'draft' OR status = 'withdrawn' OR submitted_at IS NOT NULL)
);
CREATE TRIGGER revisions_updated_at BEFORE UPDATE ON revisions
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
-- One open revision per entry.
CREATE UNIQUE INDEX revisions_one_open ON revisions (kind, ref)
    WHERE status IN ('draft', 'submitted', 'changes_requested');
-- A new entry's ref is never given out twice.
CREATE UNIQUE INDEX revisions_new_ref ON revisions (kind, ref) WHERE NOT is_edit;
CREATE INDEX revisions_queue ON revisions (submitted_at) WHERE status = 'submitted';
CREATE INDEX revisions_institution ON revisions (institution_id);
CREATE INDEX revisions_organisation ON revisions (organisation_id);

-- Refs of new entries: T-2026-0001, N-2026-0001, …
CREATE SEQUENCE entry_refs;

-- The organisation that posted a need through the portal (imported needs have none).
ALTER TABLE needs ADD COLUMN organisation_id bigint REFERENCES organisations (id);
CREATE INDEX needs_organisation_id ON needs (organisation_id);

-- The entry an audit line is about, as `technology/REF` or `need/REF`, so that the history of
-- an entry gathers the lines of all its revisions.
ALTER TABLE audit_log ADD COLUMN subject text;
CREATE INDEX audit_log_subject ON audit_log (subject, at) WHERE subject IS NOT NULL;

-- CSV files a staff member uploaded and previewed, kept until confirmed or abandoned.
CREATE TABLE staged_imports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uploaded_by bigint NOT NULL REFERENCES users (id),
    -- [{"name": "technologies.csv", "text": "…"}, …]
    files jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    imported_at timestamptz
);
