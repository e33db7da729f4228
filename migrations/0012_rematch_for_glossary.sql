-- Matching now reads the multilingual glossary and gives reasons that each reader's language can
-- word: every need is matched again (a job without a need means all of them).
INSERT INTO match_jobs (need_id) VALUES (NULL);
