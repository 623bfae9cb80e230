-- Gallring: when a client's personal data was culled (the rows stay for the unit's statistics).
ALTER TABLE klient ADD COLUMN gallrad DATE;
