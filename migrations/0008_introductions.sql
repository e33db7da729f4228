-- Introductions between a firm and the institution offering a technology, and the stages of
-- the cooperation that follows; in-app notifications.

CREATE TYPE introduction_stage AS ENUM (
    'requested', 'accepted', 'in_discussion', 'nda_signed', 'pilot', 'agreement_signed',
    'declined', 'closed'
);

CREATE TABLE introductions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    technology_id bigint NOT NULL REFERENCES technologies (id),
    -- The need it answers, when asked from a need's candidates.
    need_id bigint REFERENCES needs (id),
    -- The firm asking, and the institution offering the technology.
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    institution_id bigint NOT NULL REFERENCES institutions (id),
    requested_by bigint NOT NULL REFERENCES users (id),
    -- Alliance staff made the introduction themselves.
    brokered boolean NOT NULL DEFAULT false,
    message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 2000),
    stage introduction_stage NOT NULL DEFAULT 'requested',
    -- Why it was declined or closed.
    reason text CHECK (char_length(reason) BETWEEN 1 AND 2000),
    accepted_by bigint REFERENCES users (id),
    accepted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    stage_changed_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((stage IN ('declined', 'closed')) = (reason IS NOT NULL)),
    CHECK (CASE stage
               WHEN 'requested' THEN accepted_at IS NULL
               WHEN 'declined' THEN accepted_at IS NULL
               WHEN 'closed' THEN true
               ELSE accepted_at IS NOT NULL AND accepted_by IS NOT NULL
           END)
);
-- One open introduction per firm and technology.
CREATE UNIQUE INDEX introductions_one_open ON introductions (organisation_id, technology_id)
    WHERE stage NOT IN ('declined', 'closed', 'agreement_signed');
CREATE INDEX introductions_institution ON introductions (institution_id);
CREATE INDEX introductions_stage ON introductions (stage);

-- Every stage an introduction entered, with who and when (for the time spent in each stage).
CREATE TABLE introduction_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    introduction_id bigint NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    stage introduction_stage NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id bigint REFERENCES users (id),
    note text
);
CREATE INDEX introduction_events_introduction ON introduction_events (introduction_id, at);

CREATE TABLE notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 500),
    href text NOT NULL CHECK (href LIKE '/%'),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at timestamptz
);
CREATE INDEX notifications_unread ON notifications (user_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
