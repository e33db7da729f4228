-- The interface language each account chose (a locale code such as `th`); NULL until it chooses.
ALTER TABLE users ADD COLUMN locale text CHECK (locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
