-- What a notification says, as a message key and its arguments, so that each reader gets it in
-- the language of the interface; `message` keeps the English wording.
ALTER TABLE notifications ADD COLUMN text jsonb;
