-- Freshness: technologies and needs leave the public catalogue 365 days after their owner last
-- confirmed them, with a reminder 30 days before.

ALTER TYPE entry_status ADD VALUE IF NOT EXISTS 'expired';

ALTER TABLE technologies
    ADD COLUMN confirmed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN reminded_at timestamptz;
ALTER TABLE needs
    ADD COLUMN confirmed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN reminded_at timestamptz;

CREATE INDEX technologies_confirmed_at ON technologies (confirmed_at);
CREATE INDEX needs_confirmed_at ON needs (confirmed_at);
