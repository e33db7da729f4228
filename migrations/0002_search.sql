-- Full-text search over the technologies. English goes through PostgreSQL's English stemmer.
-- Chinese has no spaces between words, so the application segments it (jieba) into the
-- `*_zh_words` columns, space-separated, and PostgreSQL indexes those words as they are.
-- `zh_words_version` records which segmentation made them, so that a better one can redo them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION keyword_text(keywords text[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN array_to_string(keywords, ' ');

ALTER TABLE technologies
    ADD COLUMN title_zh_words text NOT NULL DEFAULT '',
    ADD COLUMN summary_zh_words text NOT NULL DEFAULT '',
    ADD COLUMN zh_words_version smallint NOT NULL DEFAULT 0,
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title_en), 'A')
        || setweight(to_tsvector('english', title_zh_words), 'A')
        || setweight(to_tsvector('english', keyword_text(keywords)), 'A')
        || setweight(to_tsvector('english', summary_en), 'B')
        || setweight(to_tsvector('english', summary_zh_words), 'B')
        || setweight(to_tsvector('english', coalesce(description_en, '')), 'C')
    ) STORED;

CREATE INDEX technologies_search ON technologies USING gin (search);
-- Finds, at start-up, the few rows an older segmentation made, without reading the table.
CREATE INDEX technologies_zh_words_version ON technologies (zh_words_version);
-- Close matches for misspelt searches.
CREATE INDEX technologies_title_trgm ON technologies USING gin (title_en gin_trgm_ops);
CREATE INDEX technologies_published_at ON technologies (published_at DESC, ref DESC) WHERE status = 'published';
CREATE INDEX technologies_domain ON technologies (domain) WHERE status = 'published';
CREATE INDEX institutions_province ON institutions (province);
CREATE INDEX needs_published_at ON needs (published_at DESC, ref DESC) WHERE status = 'published';
