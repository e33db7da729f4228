-- Affiliation: an institution member belongs to one institution, a firm member to one ASEAN
-- organisation, but only once alliance staff have approved the account request. The audit log
-- records who did what and when.

CREATE TABLE organisations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    country text NOT NULL REFERENCES countries (code)
        CHECK (country IN ('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN')),
    org_kind org_kind NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, country)
);

ALTER TABLE users
    ADD COLUMN institution_id bigint REFERENCES institutions (id),
    ADD COLUMN organisation_id bigint REFERENCES organisations (id),
    ADD CONSTRAINT users_affiliation_fits_role CHECK (
        (role = 'institution' AND organisation_id IS NULL)
        OR (role = 'firm' AND institution_id IS NULL)
        OR (role IN ('staff', 'admin') AND institution_id IS NULL AND organisation_id IS NULL)
    );

CREATE TYPE request_status AS ENUM ('pending', 'approved', 'rejected');

CREATE TABLE account_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- An institution member asks to join an institution of the catalogue...
    institution_id bigint REFERENCES institutions (id),
    -- ...a firm member names the organisation they work for.
    organisation_name text CHECK (char_length(organisation_name) BETWEEN 1 AND 200),
    country text REFERENCES countries (code)
        CHECK (country IN ('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN')),
    org_kind org_kind,
    message text CHECK (char_length(message) <= 2000),
    status request_status NOT NULL DEFAULT 'pending',
    reason text CHECK (char_length(reason) <= 2000),
    decided_by bigint REFERENCES users (id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((institution_id IS NULL) <> (organisation_name IS NULL)),
    CHECK ((organisation_name IS NULL) = (country IS NULL) AND (country IS NULL) = (org_kind IS NULL)),
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK (status <> 'rejected' OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX account_requests_one_pending ON account_requests (user_id) WHERE status = 'pending';
CREATE INDEX account_requests_pending ON account_requests (created_at) WHERE status = 'pending';

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id bigint REFERENCES users (id),
    action text NOT NULL,
    entity text NOT NULL,
    entity_id bigint NOT NULL,
    detail text
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
