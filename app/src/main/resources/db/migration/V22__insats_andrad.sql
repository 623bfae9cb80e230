-- An intervention can be ended or changed after it was registered: who did it last, and when.
ALTER TABLE insats ADD COLUMN andrad_av VARCHAR(64);
ALTER TABLE insats ADD COLUMN andrad TIMESTAMP(6);
